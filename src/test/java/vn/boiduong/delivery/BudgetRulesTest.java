package vn.boiduong.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.boiduong.common.Actor;
import vn.boiduong.common.IllegalTransitionException;
import vn.boiduong.common.InvalidInputException;
import vn.boiduong.common.Role;
import vn.boiduong.delivery.internal.BudgetStore;
import vn.boiduong.planning.ItemKind;

/** The money rules of B5 and the budget verdicts of {@link ClassPolicy}, without Spring. */
class BudgetRulesTest {

    private static final Map<Long, BudgetRules.Approved> CLASSES = new LinkedHashMap<>(Map.of(
            1L, new BudgetRules.Approved("Kỹ năng số", 10_000_000), 2L, new BudgetRules.Approved("Tiếng Anh", 5_000_000)));
    private static final Set<Long> UNITS = Set.of(100L, 200L);

    @Test
    void anAllocationWithinEachItemIsAcceptedAndSummedPerClass() {
        Map<Long, Long> perClass = BudgetRules.checkAllocation(CLASSES, UNITS, 15_000_000, List.of(
                new BudgetRules.Line(1L, 100L, 6_000_000L), new BudgetRules.Line(1L, 200L, 4_000_000L),
                new BudgetRules.Line(2L, null, 3_000_000L)), false);
        assertThat(perClass).containsEntry(1L, 10_000_000L).containsEntry(2L, 3_000_000L);
    }

    @Test
    void aClassOverItsApprovedItemIsABadInputNamingTheLine() {
        assertThatThrownBy(() -> BudgetRules.checkAllocation(CLASSES, UNITS, 15_000_000, List.of(
                new BudgetRules.Line(1L, 100L, 6_000_000L), new BudgetRules.Line(1L, 200L, 4_000_001L)), false))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.errors()).extracting(InvalidInputException.FieldError::field).contains("lines[0].amount");
                    assertThat(e.errors().get(0).message()).contains("Kỹ năng số", "10.000.001 đ", "10.000.000 đ");
                });
    }

    @Test
    void anAdjustmentMayMoveMoneyBetweenClassesButNeverPassThePlanTotal() {
        // after the announcement: class 1 takes 2.000.000 đ of class 2's share
        assertThat(BudgetRules.checkAllocation(CLASSES, UNITS, 15_000_000, List.of(
                new BudgetRules.Line(1L, 100L, 12_000_000L), new BudgetRules.Line(2L, null, 3_000_000L)), true))
                .containsEntry(1L, 12_000_000L);
        assertThatThrownBy(() -> BudgetRules.checkAllocation(CLASSES, UNITS, 15_000_000, List.of(
                new BudgetRules.Line(1L, 100L, 12_000_000L), new BudgetRules.Line(2L, null, 3_000_001L)), true))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("15.000.001 đ")
                .hasMessageContaining("15.000.000 đ");
    }

    @Test
    void unknownClassesUnitsRepeatsAndNegativeAmountsAreRefusedTogether() {
        assertThatThrownBy(() -> BudgetRules.checkAllocation(CLASSES, UNITS, 15_000_000, List.of(
                new BudgetRules.Line(9L, 100L, 1L), new BudgetRules.Line(1L, 999L, 1L),
                new BudgetRules.Line(1L, 100L, 1L), new BudgetRules.Line(1L, 100L, 1L),
                new BudgetRules.Line(2L, 100L, -5L)), false))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(InvalidInputException.FieldError::field)
                        .containsExactly("lines[0].classId", "lines[1].unitId", "lines[3].unitId", "lines[4].amount"));
    }

    @Test
    void spendingStaysWithinTheClassAndTheUnitShare() {
        BudgetRules.checkSpending("Kỹ năng số", 10_000_000, 9_000_000, null, null, 0, 1_000_000);
        assertThatThrownBy(() -> BudgetRules.checkSpending("Kỹ năng số", 10_000_000, 9_000_000, null, null, 0, 1_000_001))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("1.000.000 đ")
                .hasMessageContaining("điều chỉnh phân bổ");
        assertThatThrownBy(() -> BudgetRules.checkSpending("Kỹ năng số", 10_000_000, 0, "Phòng A", 4_000_000L, 3_500_000,
                600_000)).isInstanceOf(IllegalTransitionException.class).hasMessageContaining("Phòng A")
                .hasMessageContaining("500.000 đ");
    }

    @Test
    void theFeeNormInForceIsTheLatestTakingEffectOnOrBeforeTheSessionDate() {
        List<BudgetStore.FeeNorm> norms = List.of(
                new BudgetStore.FeeNorm("GROUP_4", LocalDate.of(2018, 5, 15), 600_000, "Thông tư 36/2018/TT-BTC"),
                new BudgetStore.FeeNorm("GROUP_4", LocalDate.of(2023, 3, 24), 1_000_000, "Thông tư 06/2023/TT-BTC"),
                new BudgetStore.FeeNorm("GROUP_1", LocalDate.of(2023, 3, 24), 3_000_000, "Thông tư 06/2023/TT-BTC"));
        assertThat(BudgetService.normOn(norms, LecturerRank.GROUP_4, LocalDate.of(2023, 3, 23))).get()
                .extracting(BudgetStore.FeeNorm::amount).isEqualTo(600_000L);
        assertThat(BudgetService.normOn(norms, LecturerRank.GROUP_4, LocalDate.of(2023, 3, 24))).get()
                .extracting(BudgetStore.FeeNorm::amount).isEqualTo(1_000_000L);
        assertThat(BudgetService.normOn(norms, LecturerRank.GROUP_1, LocalDate.of(2020, 1, 1))).isEmpty();
    }

    @Test
    void announcementNumbersAreReadFromTheirLeadingSequence() {
        assertThat(BudgetService.sequenceOf("05")).isEqualTo(5);
        assertThat(BudgetService.sequenceOf(" 12/TB-SNV")).isEqualTo(12);
        assertThat(BudgetService.sequenceOf("0")).isNull();
        assertThat(BudgetService.sequenceOf("TB-12")).isNull();
        assertThat(BudgetService.sequenceOf(null)).isNull();
    }

    private static final ClassPolicy POLICY = new ClassPolicy();
    private static final Actor CHIEF = actor(Role.OFFICE_CHIEF, 1L);
    private static final Actor SPECIALIST = actor(Role.OFFICE_SPECIALIST, 1L);
    private static final Actor DIRECTOR = actor(Role.DIRECTOR, 1L);
    private static final Actor HEAD = new Actor(9L, "tp", "Trưởng phòng", Set.of(Role.UNIT_HEAD), 7L, 1L);
    private static final Actor OTHER_CHIEF = actor(Role.OFFICE_CHIEF, 2L);

    private static Actor actor(Role role, Long agencyId) {
        return new Actor(1L, role.name(), "Người " + role.name(), Set.of(role), 3L, agencyId);
    }

    @Test
    void theOfficeAllocatesTheChiefAloneAdjustsAndAnnouncesTheDirectorReads() {
        assertThat(POLICY.readBudget(DIRECTOR, 1L).isAllowed()).isTrue();
        assertThat(POLICY.readBudget(HEAD, 1L).status()).isEqualTo(403);
        assertThat(POLICY.readBudget(OTHER_CHIEF, 1L).status()).isEqualTo(404);
        assertThat(POLICY.allocate(SPECIALIST, 1L, true, false).isAllowed()).isTrue();
        assertThat(POLICY.allocate(SPECIALIST, 1L, true, true).status()).isEqualTo(403);
        assertThat(POLICY.allocate(CHIEF, 1L, true, true).isAllowed()).isTrue();
        assertThat(POLICY.allocate(DIRECTOR, 1L, true, false).status()).isEqualTo(403);
        assertThat(POLICY.allocate(CHIEF, 1L, false, false).status()).isEqualTo(409);
        assertThat(POLICY.announce(SPECIALIST, 1L, true, false).status()).isEqualTo(403);
        assertThat(POLICY.announce(CHIEF, 1L, true, false).isAllowed()).isTrue();
        assertThat(POLICY.announce(CHIEF, 1L, true, true).status()).isEqualTo(409);
        assertThat(POLICY.announce(OTHER_CHIEF, 1L, true, false).status()).isEqualTo(404);
    }

    private record C(Long agencyId, ClassStatus status, ItemKind kind) implements ClassPolicy.Subject {
    }

    @Test
    void spendingUntilClosedAndTheSendDecisionForExternalCoursesOnly() {
        assertThat(POLICY.spend(SPECIALIST, new C(1L, ClassStatus.FINISHED, ItemKind.HOSTED)).isAllowed()).isTrue();
        assertThat(POLICY.spend(SPECIALIST, new C(1L, ClassStatus.CLOSED, ItemKind.HOSTED)).status()).isEqualTo(409);
        assertThat(POLICY.spend(DIRECTOR, new C(1L, ClassStatus.OPEN, ItemKind.HOSTED)).status()).isEqualTo(403);
        assertThat(POLICY.recordSendDecision(CHIEF, new C(1L, ClassStatus.OPEN, ItemKind.EXTERNAL)).isAllowed()).isTrue();
        assertThat(POLICY.recordSendDecision(CHIEF, new C(1L, ClassStatus.OPEN, ItemKind.HOSTED)).status()).isEqualTo(409);
        assertThat(POLICY.recordSendDecision(SPECIALIST, new C(1L, ClassStatus.OPEN, ItemKind.EXTERNAL)).status())
                .isEqualTo(403);
    }
}
