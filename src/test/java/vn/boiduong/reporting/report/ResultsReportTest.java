package vn.boiduong.reporting.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.boiduong.common.Actor;
import vn.boiduong.common.ForbiddenException;
import vn.boiduong.common.IllegalTransitionException;
import vn.boiduong.common.InvalidInputException;
import vn.boiduong.common.NotFoundException;
import vn.boiduong.common.Role;
import vn.boiduong.reporting.ResultsReportAcknowledged;
import vn.boiduong.reporting.ResultsReportReturned;
import vn.boiduong.reporting.ResultsReportSubmitted;

/** The report's transitions and its policy, without Spring. */
class ResultsReportTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2066, 12, 10, 9, 0);
    private final ReportPolicy policy = new ReportPolicy();
    private final Actor chief = actor("cvp", Role.OFFICE_CHIEF, 1L);
    private final Actor specialist = actor("cv", Role.OFFICE_SPECIALIST, 1L);
    private final Actor director = actor("gd", Role.DIRECTOR, 1L);
    private final Actor head = actor("tp", Role.UNIT_HEAD, 1L);
    private final Actor staff = actor("nv", Role.STAFF, 1L);
    private final Actor otherDirector = actor("gd2", Role.DIRECTOR, 2L);
    private final Actor admin = actor("qt", Role.ADMIN, 1L);

    private static Actor actor(String name, Role role, Long agency) {
        return new Actor(1L, name, name, Set.of(role), null, agency);
    }

    private ResultsReport written() {
        ResultsReport r = ResultsReport.draft(policy, chief, 1L, 2066, false, NOW);
        r.edit(policy, chief, new ResultsReport.Narrative("Chung", "Đạt", "Hạn chế", "Kiến nghị"));
        return r;
    }

    @Test
    void onlyTheOfficeChiefDraftsAndOnlyOncePerYear() {
        assertThatThrownBy(() -> ResultsReport.draft(policy, director, 1L, 2066, false, NOW))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> ResultsReport.draft(policy, specialist, 1L, 2066, false, NOW))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> ResultsReport.draft(policy, chief, 1L, 2066, true, NOW))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("2066");
        ResultsReport r = ResultsReport.draft(policy, chief, 1L, 2066, false, NOW);
        assertThat(r.status()).isEqualTo(ReportStatus.DRAFT);
    }

    @Test
    void submitNeedsEverySectionAndRegistersTheEvent() {
        ResultsReport r = ResultsReport.draft(policy, chief, 1L, 2066, false, NOW);
        r.edit(policy, chief, new ResultsReport.Narrative("Chung", null, "  ", null));
        assertThatThrownBy(() -> r.submit(policy, chief, NOW)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors()).extracting("field")
                        .containsExactly("achievements", "shortcomings", "proposals"));
        r.edit(policy, chief, new ResultsReport.Narrative(null, "Đạt", "Hạn chế", "Kiến nghị"));
        assertThat(r.getGeneralAssessment()).isEqualTo("Chung");
        r.submit(policy, chief, NOW);
        assertThat(r.status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(r.takeEvents()).singleElement().isInstanceOf(ResultsReportSubmitted.class);
    }

    @Test
    void theDirectorReturnsWithAReasonAndTheChiefSubmitsAgain() {
        ResultsReport r = written();
        r.submit(policy, chief, NOW);
        r.takeEvents();
        assertThatThrownBy(() -> r.returnIt(policy, chief, "x", NOW)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> r.returnIt(policy, director, " ", NOW)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> r.edit(policy, chief, new ResultsReport.Narrative("Mới", null, null, null)))
                .isInstanceOf(IllegalTransitionException.class);
        r.returnIt(policy, director, "Bổ sung số liệu", NOW);
        assertThat(r.status()).isEqualTo(ReportStatus.RETURNED);
        assertThat(r.getReturnReason()).isEqualTo("Bổ sung số liệu");
        assertThat(r.takeEvents()).singleElement().isInstanceOf(ResultsReportReturned.class);
        r.edit(policy, chief, new ResultsReport.Narrative("Chung, đã bổ sung", null, null, null));
        r.submit(policy, chief, NOW);
        assertThat(r.status()).isEqualTo(ReportStatus.SUBMITTED);
    }

    @Test
    void acknowledgedReportIsFrozen() {
        ResultsReport r = written();
        assertThatThrownBy(() -> r.acknowledge(policy, director, "Đồng ý", 1, "01/BC-X", "{}", NOW))
                .isInstanceOf(IllegalTransitionException.class);
        r.submit(policy, chief, NOW);
        r.takeEvents();
        assertThatThrownBy(() -> r.acknowledge(policy, director, "", 1, "01/BC-X", "{}", NOW))
                .isInstanceOf(InvalidInputException.class);
        r.acknowledge(policy, director, "Đồng ý", 1, "01/BC-X", "{}", NOW);
        assertThat(r.status()).isEqualTo(ReportStatus.ACKNOWLEDGED);
        assertThat(r.getNumberText()).isEqualTo("01/BC-X");
        assertThat(r.takeEvents()).singleElement().isInstanceOf(ResultsReportAcknowledged.class);
        assertThatThrownBy(() -> r.edit(policy, chief, new ResultsReport.Narrative("Sửa", null, null, null)))
                .isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> r.submit(policy, chief, NOW)).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> r.returnIt(policy, director, "Sai", NOW)).isInstanceOf(IllegalTransitionException.class);
        assertThat(policy.allowed(chief, r)).isEqualTo(new ReportPolicy.Allowed(false, false, false, false, true));
    }

    @Test
    void policyScopesAndButtons() {
        ResultsReport r = written();
        assertThat(policy.read(specialist, r).isAllowed()).isTrue();
        assertThat(policy.read(director, r).isAllowed()).isTrue();
        assertThat(policy.read(head, r).status()).isEqualTo(403);
        assertThat(policy.read(staff, r).status()).isEqualTo(403);
        assertThat(policy.read(admin, r).status()).isEqualTo(403);
        assertThat(policy.read(otherDirector, r).status()).isEqualTo(404);
        assertThatThrownBy(() -> policy.read(otherDirector, r).orThrow()).isInstanceOf(NotFoundException.class);
        assertThat(policy.allowed(chief, r)).isEqualTo(new ReportPolicy.Allowed(true, true, false, false, false));
        assertThat(policy.allowed(specialist, r)).isEqualTo(new ReportPolicy.Allowed(false, false, false, false, false));
        r.submit(policy, chief, NOW);
        assertThat(policy.allowed(director, r)).isEqualTo(new ReportPolicy.Allowed(false, false, true, true, false));
        assertThat(policy.allowed(chief, r)).isEqualTo(new ReportPolicy.Allowed(false, false, false, false, false));
        assertThat(policy.dashboard(head).isAllowed()).isTrue();
        assertThat(policy.dashboard(staff).status()).isEqualTo(403);
    }

    @Test
    void sectionsAreCleanAndBounded() {
        ResultsReport r = ResultsReport.draft(policy, chief, 1L, 2066, false, NOW);
        assertThatThrownBy(() -> r.edit(policy, chief, new ResultsReport.Narrative("a\u202Eb", "x".repeat(4001), null,
                null))).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors()).extracting("field")
                        .containsExactly("generalAssessment", "achievements"));
        r.edit(policy, chief, new ResultsReport.Narrative("  Dòng 1\r\nDòng 2  ", "x".repeat(4000), null, null));
        assertThat(r.getGeneralAssessment()).isEqualTo("Dòng 1\nDòng 2");
    }
}
