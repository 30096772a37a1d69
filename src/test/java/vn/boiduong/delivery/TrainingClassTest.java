package vn.boiduong.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;
import vn.boiduong.common.Actor;
import vn.boiduong.common.ForbiddenException;
import vn.boiduong.common.IllegalTransitionException;
import vn.boiduong.common.InvalidInputException;
import vn.boiduong.common.NotFoundException;
import vn.boiduong.common.Role;
import vn.boiduong.common.TrainingCategory;
import vn.boiduong.planning.FundingSource;
import vn.boiduong.planning.ItemKind;
import vn.boiduong.planning.PlanApproved;

/** The class's transitions and the policy's answers, without Spring: every state × every act. */
class TrainingClassTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2031, 3, 1, 8, 0);
    private final ClassPolicy policy = new ClassPolicy();
    private final Actor specialist = actor(Role.OFFICE_SPECIALIST, 1L, 10L);
    private final Actor chief = actor(Role.OFFICE_CHIEF, 1L, 10L);
    private final Actor director = actor(Role.DIRECTOR, 1L, 10L);
    private final Actor head = actor(Role.UNIT_HEAD, 1L, 11L);
    private final Actor otherAgency = actor(Role.OFFICE_SPECIALIST, 2L, 20L);

    private static Actor actor(Role role, Long agencyId, Long unitId) {
        return new Actor(1L, role.name().toLowerCase(), "Người dùng", Set.of(role), unitId, agencyId);
    }

    private static TrainingClass planned(ItemKind kind) {
        PlanApproved.Item item = new PlanApproved.Item(7L, kind, "Lớp", TrainingCategory.DIGITAL, null, 2,
                LocalDate.of(2031, 3, 2), LocalDate.of(2031, 3, 6), "Hội trường", "Trường", 1_000_000L,
                FundingSource.LOCAL, List.of(3L));
        TrainingClass c = new TrainingClass(new PlanApproved(5L, 1L, 2031, "1/QĐ-SNV", LocalDate.of(2031, 1, 20),
                List.of(item), List.of(3L), "gd"), item, NOW);
        ReflectionTestUtils.setField(c, "id", 99L);
        return c;
    }

    @Test
    void theHappyPathRegistersOneEventPerTransition() {
        TrainingClass c = planned(ItemKind.HOSTED);
        assertThat(c.getNeedIds()).containsExactly(3L);
        c.open(policy, specialist, NOW);
        c.start(policy, specialist, 1, NOW);
        c.finish(policy, chief, NOW);
        c.close(policy, specialist, 0, NOW);
        assertThat(c.getStatus()).isEqualTo(ClassStatus.CLOSED);
        assertThat(c.takeEvents()).extracting(e -> e.getClass().getSimpleName())
                .containsExactly("ClassOpened", "ClassStarted", "ClassFinished", "ClassClosed");
        assertThat(c.takeEvents()).isEmpty();
    }

    @Test
    void eachActIsRefusedInTheWrongStateAndForTheWrongPerson() {
        TrainingClass c = planned(ItemKind.HOSTED);
        assertThatThrownBy(() -> c.start(policy, specialist, 1, NOW)).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> c.finish(policy, specialist, NOW)).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> c.close(policy, specialist, 0, NOW)).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> c.open(policy, director, NOW)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> c.open(policy, head, NOW)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> c.open(policy, otherAgency, NOW)).isInstanceOf(ForbiddenException.class);
        assertThat(policy.read(otherAgency, c).status()).isEqualTo(404);
        assertThat(policy.read(director, c).isAllowed()).isTrue();
        c.open(policy, specialist, NOW);
        assertThatThrownBy(() -> c.start(policy, specialist, 0, NOW)).isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("chưa có học viên");
        c.start(policy, specialist, 2, NOW);
        c.finish(policy, specialist, NOW);
        assertThatThrownBy(() -> c.close(policy, specialist, 2, NOW)).hasMessageContaining("2 học viên");
        assertThatThrownBy(() -> c.cancel(policy, specialist, "muộn", List.of(), NOW))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void cancelChecksTheReasonFirstAndNamesTheLearners() {
        TrainingClass c = planned(ItemKind.HOSTED);
        assertThatThrownBy(() -> c.cancel(policy, specialist, "  ", List.of(), NOW))
                .isInstanceOf(InvalidInputException.class);
        c.cancel(policy, specialist, " Không đủ học viên ", List.of(4L, 5L), NOW);
        assertThat(c.getCancelReason()).isEqualTo("Không đủ học viên");
        ClassEvents.ClassCancelled e = (ClassEvents.ClassCancelled) c.takeEvents().get(0);
        assertThat(e.learnerStaffIds()).containsExactly(4L, 5L);
        assertThat(e.reason()).isEqualTo("Không đủ học viên");
    }

    @Test
    void onlyTheChiefChangesTheCapacityAndNeverBelowTheEnrolled() {
        TrainingClass c = planned(ItemKind.HOSTED);
        assertThatThrownBy(() -> c.changeCapacity(policy, specialist, 5, 0)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> c.changeCapacity(policy, chief, 1, 2)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> c.changeCapacity(policy, chief, 0, 0)).isInstanceOf(InvalidInputException.class);
        c.changeCapacity(policy, chief, 40, 2);
        assertThat(c.getHeadcount()).isEqualTo(40);
    }

    @Test
    void anExternalCourseHasNoScheduleHere() {
        TrainingClass c = planned(ItemKind.EXTERNAL);
        assertThat(policy.editSchedule(specialist, c).status()).isEqualTo(409);
        assertThat(policy.editSchedule(specialist, planned(ItemKind.HOSTED)).isAllowed()).isTrue();
    }

    @Test
    void aUnitHeadNominatesOnlyTheOwnUnitsActivePeopleWhileEnrolmentIsOpen() {
        TrainingClass c = planned(ItemKind.HOSTED);
        assertThat(policy.nominate(head, c).status()).isEqualTo(409);
        c.open(policy, specialist, NOW);
        assertThat(policy.nominate(head, c).isAllowed()).isTrue();
        assertThat(policy.nominate(specialist, c).status()).isEqualTo(403);
        assertThat(policy.nominatePerson(head, 1L, 11L, true, "A").isAllowed()).isTrue();
        assertThat(policy.nominatePerson(head, 1L, 12L, true, "B").status()).isEqualTo(404);
        assertThat(policy.nominatePerson(head, 2L, 11L, true, "C").status()).isEqualTo(404);
        assertThat(policy.nominatePerson(head, 1L, 11L, false, "Dương").reason()).contains("Dương");
        assertThat(policy.enrolPerson(c, 2L, true, "E").status()).isEqualTo(404);
    }

    @Test
    void anEnrolmentIsNominatedThenConfirmedOrRefusedWithAReason() {
        TrainingClass c = planned(ItemKind.HOSTED);
        c.open(policy, specialist, NOW);
        Enrolment e = Enrolment.nominate(policy, head, c, 11L, 4L, NOW);
        assertThat(e.getStatus()).isEqualTo(EnrolmentStatus.NOMINATED);
        assertThatThrownBy(() -> e.refuse(policy, specialist, c, "", NOW)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> e.confirm(policy, head, c, NOW)).isInstanceOf(ForbiddenException.class);
        e.refuse(policy, specialist, c, "Trùng lịch công tác", NOW);
        assertThat(e.getStatus()).isEqualTo(EnrolmentStatus.REFUSED);
        e.renominate(policy, head, c, NOW);
        e.confirm(policy, specialist, c, NOW);
        assertThat(e.getStatus()).isEqualTo(EnrolmentStatus.ENROLLED);
        assertThatThrownBy(() -> e.confirm(policy, specialist, c, NOW)).isInstanceOf(IllegalTransitionException.class);
        assertThat(EnumSet.allOf(ClassStatus.class)).allMatch(s -> !s.label().isBlank());
    }

    @Test
    void aSessionKnowsItsHoursAndItsOverlaps() {
        ClassSession s1 = new ClassSession(1L, new SessionData(LocalDate.of(2031, 3, 2), java.time.LocalTime.of(7, 30),
                java.time.LocalTime.of(11, 0), null, "A", null));
        ClassSession s2 = new ClassSession(2L, new SessionData(LocalDate.of(2031, 3, 2), java.time.LocalTime.of(11, 0),
                java.time.LocalTime.of(12, 0), null, "B", null));
        ClassSession s3 = new ClassSession(3L, new SessionData(LocalDate.of(2031, 3, 2), java.time.LocalTime.of(10, 0),
                java.time.LocalTime.of(12, 0), null, "C", null));
        assertThat(s1.hours()).isEqualTo(3.5);
        assertThat(s1.overlaps(s2)).isFalse();
        assertThat(s1.overlaps(s3)).isTrue();
        assertThatThrownBy(() -> new SessionData(null, null, null, null, null, null)
                .validate(LocalDate.of(2031, 3, 2), LocalDate.of(2031, 3, 6)))
                .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors())
                        .extracting(InvalidInputException.FieldError::field)
                        .containsExactly("date", "startTime", "endTime", "topic"));
        assertThat(new NotFoundException("lớp học").getMessage()).contains("lớp học");
    }
}
