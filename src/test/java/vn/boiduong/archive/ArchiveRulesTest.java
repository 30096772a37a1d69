package vn.boiduong.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.boiduong.archive.internal.ArchiveStore.RetentionRow;
import vn.boiduong.common.Actor;
import vn.boiduong.common.ForbiddenException;
import vn.boiduong.common.IllegalTransitionException;
import vn.boiduong.common.InvalidInputException;
import vn.boiduong.common.NotFoundException;
import vn.boiduong.common.Role;
import vn.boiduong.common.Verdict;

/**
 * B7's rules without Spring or a database (issue 12, "Unit tests of retention and disposal rules"):
 * how long a set is kept, when its retention ends, and the disposal "theo quy định" — who may propose,
 * appraise and decide, in which state, and that the proposer never decides.
 */
class ArchiveRulesTest {

    private static final long AGENCY = 7L;
    private static final LocalDateTime NOW = LocalDateTime.of(2040, 3, 2, 9, 30);

    private final ArchivePolicy policy = new ArchivePolicy();

    private static Actor actor(String username, Long agencyId, Role... roles) {
        return new Actor(1L, username, username, Set.of(roles), 1L, agencyId);
    }

    private final Actor specialist = actor("chuyenvien", AGENCY, Role.OFFICE_SPECIALIST);
    private final Actor chief = actor("chanhvp", AGENCY, Role.OFFICE_CHIEF);
    private final Actor director = actor("giamdoc", AGENCY, Role.DIRECTOR);

    private static RecordSet set(RecordSetStatus status, LocalDateTime closedAt) {
        return new RecordSet(11L, AGENCY, 2026, "DIGITAL|Lớp A", "Hồ sơ lớp A", "DIGITAL", 3L, status,
                LocalDateTime.of(2026, 1, 5, 8, 0), closedAt, closedAt == null ? null : "chuyenvien", 0);
    }

    private static RetentionRow rule(RecordType type, Integer years, LocalDate from) {
        return new RetentionRow(1L, type, years, "Căn cứ " + type, from, "system", LocalDateTime.of(2000, 1, 1, 0, 0));
    }

    // ---- retention as data

    @Test
    void aSetIsKeptAsLongAsItsLongestKeptDocumentAsks() {
        var rows = List.of(rule(RecordType.CLASS_LIST, 10, LocalDate.of(2000, 1, 1)),
                rule(RecordType.ATTENDANCE, 5, LocalDate.of(2000, 1, 1)));
        var r = RetentionRules.retentionOf(rows, List.of(RecordType.ATTENDANCE, RecordType.CLASS_LIST),
                LocalDate.of(2026, 6, 1));
        assertThat(r.years()).isEqualTo(10);
        assertThat(r.label()).isEqualTo("10 năm");
        assertThat(r.legalBasis()).isEqualTo("Căn cứ CLASS_LIST");
    }

    @Test
    void onePermanentDocumentMakesTheWholeSetPermanent() {
        var rows = List.of(rule(RecordType.CLASS_LIST, 10, LocalDate.of(2000, 1, 1)),
                rule(RecordType.PLAN_DECISION, null, LocalDate.of(2000, 1, 1)));
        var r = RetentionRules.retentionOf(rows, List.of(RecordType.CLASS_LIST, RecordType.PLAN_DECISION),
                LocalDate.of(2026, 6, 1));
        assertThat(r.permanent()).isTrue();
        assertThat(r.label()).isEqualTo("Vĩnh viễn");
    }

    @Test
    void aTypeWithoutARuleIsKeptForeverAndAnEmptySetToo() {
        var none = RetentionRules.retentionOf(List.of(rule(RecordType.CLASS_LIST, 10, LocalDate.of(2000, 1, 1))),
                List.of(RecordType.CLASS_LIST, RecordType.FEEDBACK), LocalDate.of(2026, 6, 1));
        assertThat(none.permanent()).isTrue();
        assertThat(none.legalBasis()).contains("Chưa có quy định").contains(RecordType.FEEDBACK.label());
        var empty = RetentionRules.retentionOf(List.of(), List.of(), LocalDate.of(2026, 6, 1));
        assertThat(empty.permanent()).isTrue();
    }

    @Test
    void theRuleInForceIsTheLatestNotAfterTheDay() {
        var rows = List.of(rule(RecordType.CLASS_LIST, 20, LocalDate.of(2030, 1, 1)),
                rule(RecordType.CLASS_LIST, 10, LocalDate.of(2000, 1, 1)));
        assertThat(RetentionRules.retentionOf(rows, List.of(RecordType.CLASS_LIST), LocalDate.of(2029, 12, 31))
                .years()).isEqualTo(10);
        assertThat(RetentionRules.retentionOf(rows, List.of(RecordType.CLASS_LIST), LocalDate.of(2030, 1, 1))
                .years()).isEqualTo(20);
        // a rule from a later date is not in force yet: the type has no rule, so it is kept
        assertThat(RetentionRules.retentionOf(List.of(rule(RecordType.CLASS_LIST, 5, LocalDate.of(2030, 1, 1))),
                List.of(RecordType.CLASS_LIST), LocalDate.of(2026, 1, 1)).permanent()).isTrue();
    }

    @Test
    void theYearsCountFromTheYearAfterTheSetWasClosed() {
        var tenYears = new RetentionRules.Retention(10, "10 năm", "x");
        assertThat(RetentionRules.endsOn(tenYears, LocalDateTime.of(2026, 12, 31, 23, 0)))
                .isEqualTo(LocalDate.of(2037, 1, 1));
        assertThat(RetentionRules.endsOn(tenYears, LocalDateTime.of(2026, 1, 2, 8, 0)))
                .isEqualTo(LocalDate.of(2037, 1, 1));
        assertThat(RetentionRules.endsOn(tenYears, null)).as("an open set has no end yet").isNull();
        assertThat(RetentionRules.endsOn(new RetentionRules.Retention(null, "Vĩnh viễn", "x"),
                LocalDateTime.of(2026, 12, 31, 0, 0))).as("permanent").isNull();
    }

    // ---- closing

    @Test
    void theOfficeClosesAnOpenSetOnceAndItsEventSaysWho() {
        RecordSet s = set(RecordSetStatus.OPEN, null);
        s.close(policy, specialist, NOW);
        assertThat(s.status()).isEqualTo(RecordSetStatus.CLOSED);
        assertThat(s.closedAt()).isEqualTo(NOW);
        assertThat(s.closedBy()).isEqualTo("chuyenvien");
        assertThat(s.takeEvents()).singleElement().isInstanceOfSatisfying(ArchiveEvents.RecordSetClosed.class,
                e -> assertThat(e.toString()).contains("chuyenvien"));
        assertThatThrownBy(() -> s.close(policy, specialist, NOW)).isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("Chỉ đóng được hồ sơ đang mở");
        assertThat(policy.file(specialist, s).refusal()).as("a closed set is read-only")
                .isEqualTo(Verdict.Refusal.WRONG_STATE);
    }

    @Test
    void onlyTheOfficeOfTheOwnAgencyClosesAndFiles() {
        RecordSet s = set(RecordSetStatus.OPEN, null);
        assertThatThrownBy(() -> s.close(policy, director, NOW)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> s.close(policy, actor("tp.cchc", AGENCY, Role.UNIT_HEAD), NOW))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> s.close(policy, actor("khac", 8L, Role.OFFICE_CHIEF), NOW))
                .isInstanceOf(NotFoundException.class);
        assertThat(policy.read(actor("nhanvien", AGENCY, Role.STAFF)).refusal()).isEqualTo(Verdict.Refusal.NO_RIGHT);
        assertThat(policy.read(director, s).isAllowed()).isTrue();
        assertThat(s.status()).isEqualTo(RecordSetStatus.OPEN);
    }

    // ---- disposal "theo quy định"

    @Test
    void onlyAClosedSetWhoseRetentionHasEndedMayBeProposed() {
        LocalDate ended = LocalDate.of(2037, 1, 1);
        LocalDate today = NOW.toLocalDate();
        RecordSet closed = set(RecordSetStatus.CLOSED, LocalDateTime.of(2026, 12, 31, 10, 0));
        assertThat(policy.proposeDisposal(specialist, closed, ended, false, today).isAllowed()).isTrue();
        assertThat(policy.proposeDisposal(specialist, set(RecordSetStatus.OPEN, null), ended, false, today).reason())
                .contains("đã đóng");
        assertThat(policy.proposeDisposal(specialist, closed, null, false, today).reason())
                .isEqualTo("Hồ sơ bảo quản vĩnh viễn, không bao giờ được hủy.");
        assertThat(policy.proposeDisposal(specialist, closed, ended, false, LocalDate.of(2036, 12, 31)).reason())
                .contains("chưa hết thời hạn bảo quản").contains("01/01/2037");
        assertThat(policy.proposeDisposal(specialist, closed, ended, true, today).reason())
                .contains("đang chờ xử lý");
        assertThat(policy.proposeDisposal(director, closed, ended, false, today).refusal())
                .as("the Director decides, the Office proposes").isEqualTo(Verdict.Refusal.NO_RIGHT);
        assertThat(policy.proposeDisposal(actor("khac", 8L, Role.OFFICE_SPECIALIST), closed, ended, false, today)
                .refusal()).isEqualTo(Verdict.Refusal.OUT_OF_SCOPE);
    }

    @Test
    void aPermanentSetCanNeverBeProposedWhateverItsAge() {
        RecordSet closed = set(RecordSetStatus.CLOSED, LocalDateTime.of(1990, 12, 31, 10, 0));
        assertThatThrownBy(() -> Disposal.propose(policy, chief, closed, null, false, "Hết giá trị",
                "Ông A, Bà B", NOW)).isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("vĩnh viễn");
    }

    @Test
    void proposedThenAppraisedThenApprovedErasesTheSetAndKeepsTheRecord() {
        RecordSet s = set(RecordSetStatus.CLOSED, LocalDateTime.of(2026, 12, 31, 10, 0));
        Disposal d = Disposal.propose(policy, specialist, s, LocalDate.of(2037, 1, 1), false, " Hết thời hạn ",
                "Ông Nguyễn Văn A; Bà Trần Thị B", NOW);
        assertThat(d.status()).isEqualTo(DisposalStatus.PROPOSED);
        assertThat(d.reason()).isEqualTo("Hết thời hạn");
        assertThat(d.proposedBy()).isEqualTo("chuyenvien");

        // the Director cannot decide before the council has spoken
        assertThatThrownBy(() -> d.approve(policy, director, s, "5/QĐ-SNV", NOW.toLocalDate(), "[]", 3, NOW))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("Hội đồng thẩm định chưa");
        // the council's opinion is the Office chief's to record
        assertThatThrownBy(() -> d.appraise(policy, specialist, s, "Đồng ý", NOW)).isInstanceOf(ForbiddenException.class);
        d.appraise(policy, chief, s, "Đồng ý hủy", NOW);
        assertThat(d.status()).isEqualTo(DisposalStatus.APPRAISED);
        assertThat(d.opinionBy()).isEqualTo("chanhvp");
        assertThatThrownBy(() -> d.appraise(policy, chief, s, "Lần nữa", NOW))
                .isInstanceOf(IllegalTransitionException.class);

        d.approve(policy, director, s, " 5/QĐ-SNV ", NOW.toLocalDate(), "[\"a.pdf\"]", 3, NOW);
        assertThat(d.status()).isEqualTo(DisposalStatus.APPROVED);
        assertThat(d.decisionNumber()).isEqualTo("5/QĐ-SNV");
        assertThat(d.decidedBy()).isEqualTo("giamdoc");
        assertThat(d.filesErased()).isEqualTo(3);
        assertThat(d.documentsList()).isEqualTo("[\"a.pdf\"]");
        assertThat(s.status()).isEqualTo(RecordSetStatus.DISPOSED);
        assertThat(d.takeEvents()).singleElement().isInstanceOf(ArchiveEvents.DisposalApproved.class);
        assertThatThrownBy(() -> d.reject(policy, director, s, "Đổi ý", NOW))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("đã được quyết định");
        assertThat(policy.export(specialist, s).refusal()).as("nothing left to export")
                .isEqualTo(Verdict.Refusal.WRONG_STATE);
    }

    @Test
    void theProposerNeverDecidesEvenWithTheDirectorsRole() {
        Actor both = actor("kiemnhiem", AGENCY, Role.OFFICE_CHIEF, Role.DIRECTOR);
        RecordSet s = set(RecordSetStatus.CLOSED, LocalDateTime.of(2026, 12, 31, 10, 0));
        Disposal d = Disposal.propose(policy, both, s, LocalDate.of(2037, 1, 1), false, "Hết thời hạn", "Hội đồng",
                NOW);
        d.appraise(policy, both, s, "Đồng ý", NOW);
        assertThatThrownBy(() -> d.approve(policy, both, s, "5/QĐ-SNV", NOW.toLocalDate(), "[]", 1, NOW))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessage("Người đề nghị hủy không được tự quyết định hủy.");
        assertThatThrownBy(() -> d.reject(policy, both, s, "Giữ lại", NOW))
                .isInstanceOf(IllegalTransitionException.class);
        assertThat(s.status()).isEqualTo(RecordSetStatus.CLOSED);
        assertThat(d.status()).isEqualTo(DisposalStatus.APPRAISED);
    }

    @Test
    void theDecisionNeedsANumberAndADateBetweenTheProposalAndToday() {
        RecordSet s = set(RecordSetStatus.CLOSED, LocalDateTime.of(2026, 12, 31, 10, 0));
        Disposal d = Disposal.propose(policy, specialist, s, LocalDate.of(2037, 1, 1), false, "Hết thời hạn",
                "Hội đồng", NOW);
        d.appraise(policy, chief, s, "Đồng ý", NOW);
        assertThatThrownBy(() -> d.approve(policy, director, s, " ", NOW.toLocalDate().plusDays(1), "[]", 1, NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.toFieldMap())
                        .containsEntry("decisionNumber", "Cần ghi số quyết định hủy.")
                        .containsEntry("decisionDate", "Ngày quyết định phải từ ngày đề nghị hủy đến hôm nay."));
        assertThatThrownBy(() -> d.approve(policy, director, s, "5/QĐ-SNV", NOW.toLocalDate().minusDays(1), "[]", 1,
                NOW)).isInstanceOf(InvalidInputException.class);
        assertThat(s.status()).as("nothing changed by a refused decision").isEqualTo(RecordSetStatus.CLOSED);
        assertThat(d.status()).isEqualTo(DisposalStatus.APPRAISED);

        assertThatThrownBy(() -> d.reject(policy, director, s, "  ", NOW)).isInstanceOf(InvalidInputException.class);
        d.reject(policy, director, s, "Còn giá trị tra cứu", NOW);
        assertThat(d.status()).isEqualTo(DisposalStatus.REJECTED);
        assertThat(d.rejectionReason()).isEqualTo("Còn giá trị tra cứu");
        assertThat(s.status()).as("a rejected disposal keeps the set").isEqualTo(RecordSetStatus.CLOSED);
        assertThat(d.takeEvents()).isEmpty();
    }

    @Test
    void aBlankReasonOrCouncilIsAFieldErrorBeforeTheState() {
        RecordSet open = set(RecordSetStatus.OPEN, null);
        assertThatThrownBy(() -> Disposal.propose(policy, specialist, open, null, false, "", "Hội đồng", NOW))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.toFieldMap()).containsKey("reason"));
        assertThatThrownBy(() -> Disposal.propose(policy, specialist, open, null, false, "Lý do", null, NOW))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.toFieldMap()).containsKey("councilMembers"));
        assertThatThrownBy(() -> Disposal.propose(policy, specialist, open, null, false, "Lý do", "Hội đồng", NOW))
                .isInstanceOf(IllegalTransitionException.class);
    }
}
