package vn.boiduong.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.boiduong.common.Actor;
import vn.boiduong.common.Role;
import vn.boiduong.common.Verdict;
import vn.boiduong.planning.ItemKind;

/** ClassPolicy's learner section: who reads a training record, who answers and reads the feedback. */
class LearnerPolicyTest {

    private final ClassPolicy policy = new ClassPolicy();

    private static Actor actor(Role role, Long unitId, Long agencyId) {
        return new Actor(1L, "u", "U", Set.of(role), unitId, agencyId);
    }

    private static ClassPolicy.Subject cls(ClassStatus status) {
        return new ClassPolicy.Subject() {
            public Long agencyId() { return 7L; }
            public ClassStatus status() { return status; }
            public ItemKind kind() { return ItemKind.HOSTED; }
        };
    }

    @Test
    void theTrainingRecordIsReadByTheOfficeTheDirectorTheOwnHeadAndThePerson() {
        assertThat(policy.readTrainingRecord(actor(Role.OFFICE_CHIEF, 1L, 7L), 7L, 2L, false).isAllowed()).isTrue();
        assertThat(policy.readTrainingRecord(actor(Role.OFFICE_SPECIALIST, 1L, 7L), 7L, 2L, false).isAllowed()).isTrue();
        assertThat(policy.readTrainingRecord(actor(Role.DIRECTOR, 1L, 7L), 7L, 2L, false).isAllowed()).isTrue();
        assertThat(policy.readTrainingRecord(actor(Role.UNIT_HEAD, 2L, 7L), 7L, 2L, false).isAllowed()).isTrue();
        assertThat(policy.readTrainingRecord(actor(Role.STAFF, 2L, 7L), 7L, 2L, true).isAllowed()).isTrue();
        assertThat(policy.readTrainingRecord(actor(Role.UNIT_HEAD, 3L, 7L), 7L, 2L, false).refusal())
                .isEqualTo(Verdict.Refusal.OUT_OF_SCOPE);
        assertThat(policy.readTrainingRecord(actor(Role.OFFICE_CHIEF, 1L, 8L), 7L, 2L, false).refusal())
                .isEqualTo(Verdict.Refusal.OUT_OF_SCOPE);
        assertThat(policy.readTrainingRecord(actor(Role.STAFF, 2L, 7L), 7L, 2L, false).refusal())
                .isEqualTo(Verdict.Refusal.NO_RIGHT);
        assertThat(policy.readTrainingRecord(actor(Role.ADMIN, null, 7L), 7L, 2L, false).refusal())
                .isEqualTo(Verdict.Refusal.NO_RIGHT);
    }

    @Test
    void feedbackOnceFromSomeoneWhoCameAfterTheClassFinished() {
        assertThat(policy.answerFeedback(cls(ClassStatus.FINISHED), 1, false).isAllowed()).isTrue();
        assertThat(policy.answerFeedback(cls(ClassStatus.CLOSED), 3, false).isAllowed()).isTrue();
        Verdict early = policy.answerFeedback(cls(ClassStatus.IN_PROGRESS), 3, false);
        assertThat(early.refusal()).isEqualTo(Verdict.Refusal.WRONG_STATE);
        assertThat(early.reason()).contains("kết thúc");
        Verdict never = policy.answerFeedback(cls(ClassStatus.FINISHED), 0, false);
        assertThat(never.refusal()).isEqualTo(Verdict.Refusal.WRONG_STATE);
        assertThat(never.reason()).contains("tham dự");
        assertThat(policy.answerFeedback(cls(ClassStatus.FINISHED), 2, true).reason()).contains("đã gửi");
    }

    @Test
    void theFeedbackResultsAreTheOfficesAndTheDirectors() {
        assertThat(policy.readFeedback(actor(Role.OFFICE_SPECIALIST, 1L, 7L), cls(ClassStatus.FINISHED)).isAllowed()).isTrue();
        assertThat(policy.readFeedback(actor(Role.DIRECTOR, 1L, 7L), cls(ClassStatus.FINISHED)).isAllowed()).isTrue();
        assertThat(policy.readFeedback(actor(Role.UNIT_HEAD, 2L, 7L), cls(ClassStatus.FINISHED)).refusal())
                .isEqualTo(Verdict.Refusal.NO_RIGHT);
        assertThat(policy.readFeedback(actor(Role.OFFICE_CHIEF, 1L, 8L), cls(ClassStatus.FINISHED)).refusal())
                .isEqualTo(Verdict.Refusal.OUT_OF_SCOPE);
    }
}
