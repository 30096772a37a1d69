package vn.boiduong.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.boiduong.common.InvalidInputException;
import vn.boiduong.common.Role;

/** The procedure module's rules without Spring: document validation, the current step, providers. */
class ProcedureRulesTest {

    static ProcedureDocumentData valid(Integer register, Integer approve) {
        return new ProcedureDocumentData("Quy trình thực hiện đào tạo, bồi dưỡng", "01", LocalDate.of(2021, 6, 29),
                "Quyết định số 3334/QĐ-SNV ngày 29/6/2021", "Nguyễn Đức Trung", "Chuyên viên", "Đỗ Ánh Sáng",
                "Chánh Văn phòng", "Vũ Mạnh Hùng", "Giám đốc", register, approve);
    }

    static List<String> fieldsOf(Runnable r) {
        try {
            r.run();
            return List.of();
        } catch (InvalidInputException e) {
            return e.errors().stream().map(InvalidInputException.FieldError::field).toList();
        }
    }

    @Test
    void validMetadataPasses() {
        assertThat(fieldsOf(() -> valid(3, 1).check())).isEmpty();
        assertThat(fieldsOf(() -> valid(2, 2).check())).isEmpty();
    }

    @Test
    void offsetsMustBeZeroToSixtyAndPresent() {
        assertThat(fieldsOf(() -> valid(-5, 1).check())).containsExactly("registerOffsetDays");
        assertThat(fieldsOf(() -> valid(61, 1).check())).containsExactly("registerOffsetDays");
        assertThat(fieldsOf(() -> valid(3, null).check())).containsExactly("approveOffsetDays");
    }

    @Test
    void planCannotBeDueForApprovalBeforeItIsDueForRegistration() {
        assertThatThrownBy(() -> valid(1, 3).check()).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("không hợp lệ");
        assertThat(fieldsOf(() -> valid(1, 3).check())).containsExactly("approveOffsetDays");
    }

    @Test
    void namesAndTitlesAreRequiredAndBounded() {
        ProcedureDocumentData d = new ProcedureDocumentData(" ", "01234567890", null, "", null, "Chuyên viên",
                "Đỗ Ánh Sáng", "x".repeat(101), "Vũ Mạnh Hùng", "Giám đốc", 3, 1);
        assertThat(fieldsOf(d::check)).containsExactlyInAnyOrder("title", "issueNumber", "issueDate",
                "issuingDecision", "draftedByName", "reviewedByTitle");
    }

    @Test
    void revisionNeedsEveryColumnOfTheTable() {
        assertThat(fieldsOf(() -> new ProcedureRevisionData("", "5.1", "mô tả", "01/01", null).check()))
                .containsExactlyInAnyOrder("request", "revisionDate");
        assertThat(fieldsOf(() -> new ProcedureRevisionData("Sửa B3", "5.1", "mô tả", "01/01",
                LocalDate.of(2025, 1, 1)).check())).isEmpty();
    }

    static List<ProcedureStep> sevenSteps() {
        return List.of(new ProcedureStep("B1", 1, "Xác định nhu cầu", Role.UNIT_HEAD, null),
                new ProcedureStep("B2", 2, "Tổng hợp", Role.OFFICE_SPECIALIST, null),
                new ProcedureStep("B3", 3, "Đăng ký", Role.OFFICE_CHIEF, "Trước 3 ngày"),
                new ProcedureStep("B4", 4, "Phê duyệt", Role.DIRECTOR, "Trước 1 ngày"),
                new ProcedureStep("B5", 5, "Tổ chức thực hiện", Role.OFFICE_SPECIALIST, "Theo kế hoạch"),
                new ProcedureStep("B6", 6, "Báo cáo", Role.OFFICE_CHIEF, null),
                new ProcedureStep("B7", 7, "Lưu trữ", Role.OFFICE_SPECIALIST, null));
    }

    @Test
    void withNoProgressKnownEveryStepIsNotStartedAndB1IsCurrent() {
        YearProgress p = YearProgress.compute(2026, sevenSteps(), code -> StepState.NOT_STARTED, null);
        assertThat(p.steps()).hasSize(7).allMatch(l -> l.state().status() == StepStatus.NOT_STARTED);
        assertThat(p.current().getCode()).isEqualTo("B1");
        assertThat(p.steps().stream().filter(YearProgress.Line::current).count()).isEqualTo(1);
        assertThat(p.percentDone()).isZero();
    }

    @Test
    void currentStepIsTheFirstNotDone() {
        Map<String, StepState> known = Map.of("B1", StepState.done(null), "B2", StepState.done(null),
                "B3", StepState.inProgress("đang soạn"), "B5", StepState.inProgress(null));
        YearProgress p = YearProgress.compute(2026, sevenSteps(),
                code -> known.getOrDefault(code, StepState.NOT_STARTED), null);
        assertThat(p.current().getCode()).isEqualTo("B3");
        assertThat(p.doneCount()).isEqualTo(2);
        assertThat(p.percentDone()).isEqualTo(28);
    }

    @Test
    void aDoneStepClosesTheEarlierStepsItsModuleStillCountsOpen() {
        // the plan approved (B4) while the needs module still counts units that never sent anything (B1)
        Map<String, StepState> known = Map.of("B1", StepState.inProgress("6/8 đơn vị đã gửi nhu cầu"),
                "B2", StepState.inProgress(null), "B3", StepState.done(null), "B4", StepState.done("Quyết định số 1"),
                "B5", StepState.inProgress("2 lớp"));
        YearProgress p = YearProgress.compute(2026, sevenSteps(),
                code -> known.getOrDefault(code, StepState.NOT_STARTED), null);
        assertThat(p.steps()).extracting(l -> l.state().status()).containsExactly(StepStatus.DONE, StepStatus.DONE,
                StepStatus.DONE, StepStatus.DONE, StepStatus.IN_PROGRESS, StepStatus.NOT_STARTED,
                StepStatus.NOT_STARTED);
        assertThat(p.steps().get(0).state().detail()).isEqualTo("6/8 đơn vị đã gửi nhu cầu — "
                + YearProgress.CLOSED_BY_LATER_STEP);
        assertThat(p.current().getCode()).isEqualTo("B5");
        assertThat(p.doneCount()).isEqualTo(4);
    }

    @Test
    void whenAllStepsAreDoneThereIsNoCurrentStep() {
        YearProgress p = YearProgress.compute(2026, sevenSteps(), code -> StepState.done(null), null);
        assertThat(p.current()).isNull();
        assertThat(p.percentDone()).isEqualTo(100);
    }

    interface Provider {
        Optional<String> answer();
    }

    @Test
    void firstProviderThatAnswersWinsAndAFailingOneCountsAsUnknown() {
        Provider failing = () -> {
            throw new IllegalStateException("boom");
        };
        Provider silent = Optional::empty;
        Provider nulls = () -> null;
        Provider planning = () -> Optional.of("planning");
        Provider later = () -> Optional.of("later");
        assertThat(ProcedureProgress.firstAnswer(Stream.of(failing, silent, nulls, planning, later), Provider::answer))
                .contains("planning");
        assertThat(ProcedureProgress.firstAnswer(Stream.of(failing, silent), Provider::answer)).isEmpty();
    }
}
