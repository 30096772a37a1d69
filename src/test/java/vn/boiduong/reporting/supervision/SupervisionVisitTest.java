package vn.boiduong.reporting.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;
import vn.boiduong.common.Actor;
import vn.boiduong.common.ForbiddenException;
import vn.boiduong.common.IllegalTransitionException;
import vn.boiduong.common.NotFoundException;
import vn.boiduong.common.Role;
import vn.boiduong.reporting.SupervisionEvents;
import vn.boiduong.reporting.SupervisionPolicy;

/** The visit aggregate's transitions and the policy they ask, without Spring. */
class SupervisionVisitTest {

    static final long AGENCY = 7L;
    static final long UNIT_A = 71L;
    static final long UNIT_B = 72L;
    static final LocalDateTime NOW = LocalDateTime.of(2060, 5, 1, 9, 0);

    final SupervisionPolicy policy = new SupervisionPolicy();
    final Actor chief = actor("cvp", Role.OFFICE_CHIEF, 70L, AGENCY);
    final Actor specialist = actor("cv", Role.OFFICE_SPECIALIST, 70L, AGENCY);
    final Actor director = actor("gd", Role.DIRECTOR, 70L, AGENCY);
    final Actor headA = actor("tpa", Role.UNIT_HEAD, UNIT_A, AGENCY);
    final Actor headB = actor("tpb", Role.UNIT_HEAD, UNIT_B, AGENCY);
    final Actor staff = actor("nv", Role.STAFF, UNIT_A, AGENCY);
    final Actor otherChief = actor("x.cvp", Role.OFFICE_CHIEF, 90L, 9L);

    static Actor actor(String username, Role role, Long unit, Long agency) {
        return new Actor(1L, username, username, Set.of(role), unit, agency);
    }

    SupervisionVisit visit(Actor by) {
        SupervisionVisit v = SupervisionVisit.record(policy, by, new SupervisionVisit.Data(5L, null, "Lớp kỹ năng số",
                LocalDate.of(2060, 4, 30), List.of(new CriterionCheck(Criterion.CONTENT, true, null),
                        new CriterionCheck(Criterion.LEARNERS, false, "Thiếu học viên")), "Lớp đông chưa đủ",
                List.of(new SupervisionVisit.RequestData("Bổ sung học viên", UNIT_A, LocalDate.of(2060, 5, 10)),
                        new SupervisionVisit.RequestData("Nộp báo cáo", UNIT_B, null))), NOW);
        ReflectionTestUtils.setField(v, "id", 100L);
        long id = 1000;
        for (SupervisionRequest r : v.getRequests()) {
            ReflectionTestUtils.setField(r, "id", id++);
        }
        v.registerRecorded();
        return v;
    }

    @Test
    void onlyTheOfficeChiefRecordsAVisitAndItRegistersTheRecordedEvent() {
        SupervisionVisit v = visit(chief);
        assertThat(v.closed()).isFalse();
        assertThat(v.openRequests()).isEqualTo(2);
        assertThat(v.takeEvents()).singleElement().isInstanceOfSatisfying(
                SupervisionEvents.SupervisionVisitRecorded.class, e -> {
                    assertThat(e.visitId()).isEqualTo(100L);
                    assertThat(e.requestOwnerUnitIds()).containsExactly(UNIT_A, UNIT_B);
                });
        for (Actor a : List.of(specialist, director, headA, staff)) {
            assertThatThrownBy(() -> visit(a)).as(a.username()).isInstanceOf(ForbiddenException.class);
        }
    }

    @Test
    void theOwnerUnitsHeadOrTheOfficeClosesARequestAnotherUnitsHeadCannot() {
        SupervisionVisit v = visit(chief);
        v.takeEvents();
        assertThatThrownBy(() -> v.closeRequest(policy, headB, 1000L, NOW)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> v.closeRequest(policy, director, 1000L, NOW)).isInstanceOf(ForbiddenException.class);
        v.closeRequest(policy, headA, 1000L, NOW);
        assertThat(v.takeEvents()).singleElement().isInstanceOf(SupervisionEvents.RequestClosed.class);
        assertThatThrownBy(() -> v.closeRequest(policy, headA, 1000L, NOW)).isInstanceOf(IllegalTransitionException.class);
        v.closeRequest(policy, specialist, 1001L, NOW);
        assertThat(v.openRequests()).isZero();
        assertThatThrownBy(() -> v.closeRequest(policy, chief, 9999L, NOW)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aVisitClosesOnlyOnceEveryRequestIsClosedAndIsThenReadOnly() {
        SupervisionVisit v = visit(chief);
        v.takeEvents();
        assertThatThrownBy(() -> v.close(policy, chief, NOW)).isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("Còn 2 kiến nghị");
        v.closeRequest(policy, chief, 1000L, NOW);
        assertThatThrownBy(() -> v.close(policy, specialist, NOW)).isInstanceOf(ForbiddenException.class);
        v.closeRequest(policy, chief, 1001L, NOW);
        v.close(policy, chief, NOW);
        assertThat(v.closed()).isTrue();
        assertThat(v.takeEvents()).last().isInstanceOf(SupervisionEvents.VisitClosed.class);
        assertThatThrownBy(() -> v.close(policy, chief, NOW)).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void aClosedVisitRefusesClosingARequest() {
        SupervisionVisit v = SupervisionVisit.record(policy, chief, new SupervisionVisit.Data(null, UNIT_A, "Phòng A",
                LocalDate.of(2060, 4, 30), List.of(new CriterionCheck(Criterion.TIME, true, null)), "Tốt", List.of()),
                NOW);
        v.close(policy, chief, NOW);
        ReflectionTestUtils.setField(v, "requests", new java.util.ArrayList<>(List.of(
                new SupervisionRequest(v, 1, "Muộn", UNIT_A, null))));
        ReflectionTestUtils.setField(v.getRequests().get(0), "id", 5L);
        assertThatThrownBy(() -> v.closeRequest(policy, headA, 5L, NOW)).isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("Đợt kiểm tra đã kết thúc");
    }

    @Test
    void whoSeesAVisit() {
        SupervisionVisit ofClass = visit(chief);
        assertThat(policy.read(director, ofClass).isAllowed()).isTrue();
        assertThat(policy.read(headA, ofClass).isAllowed()).isTrue(); // owns a request
        assertThat(policy.read(headB, ofClass).isAllowed()).isTrue();
        assertThat(policy.read(staff, ofClass).status()).isEqualTo(403);
        assertThat(policy.read(otherChief, ofClass).status()).isEqualTo(404);
        SupervisionVisit ofUnitA = SupervisionVisit.record(policy, chief, new SupervisionVisit.Data(null, UNIT_A,
                "Phòng A", LocalDate.of(2060, 4, 30), List.of(), "Tốt", List.of()), NOW);
        assertThat(policy.read(headA, ofUnitA).isAllowed()).isTrue();
        assertThat(policy.read(headB, ofUnitA).status()).isEqualTo(404);
        assertThat(policy.readSupervision(headA).status()).isEqualTo(403);
        assertThat(policy.readSupervision(director).isAllowed()).isTrue();
    }
}
