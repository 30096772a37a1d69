package vn.boiduong.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.boiduong.common.InvalidInputException;
import vn.boiduong.common.TrainingCategory;

/**
 * What the Office enters for one item of the plan ({@code abroad}: bồi dưỡng ở nước ngoài, forms.md);
 * {@link #check()} applies the rules annotations cannot.
 * <p>An external registration ({@link ItemKind#EXTERNAL}, cử đi học) buys places on another
 * institution's course, so it must name that institution, and its cost is the tuition the
 * institution charges ({@code tuition}), plus the food, lodging and travel of the people sent
 * ({@code travel}: Circular 36/2018/TT-BTC lets the sending agency pay them). The organiser's lines —
 * lecturer fees, materials, hall, certificates, class management — are the institution's, covered
 * by the tuition: on an external item they are <em>refused</em> (400 on their line, e.g.
 * {@code budget.hall}), not silently dropped, so what the plan totals is always what was entered.
 * A budget given only as a total is, on an external item, its tuition.
 */
public record PlanItemData(String title, TrainingCategory category, String level, ItemKind kind,
        String targetLearners, int headcount, LocalDate startDate, LocalDate endDate, String location,
        String lecturers, String institution, Budget budget, FundingSource fundingSource, List<Long> needIds,
        boolean abroad) {

    /** The cost lines of a hosted class that an external registration does not carry (see above). */
    static final List<String> HOSTED_ONLY_LINES = List.of("lecturerFees", "materials", "hall", "certificates",
            "management");

    public PlanItemData {
        needIds = needIds == null ? List.of() : List.copyOf(needIds);
        if (kind == ItemKind.EXTERNAL && budget != null && !budget.hasLines()) {
            budget = Budget.ofLines(null, null, null, null, null, null, budget.total());
        }
    }

    /** An item at home (not abroad): what most items are. */
    public PlanItemData(String title, TrainingCategory category, String level, ItemKind kind, String targetLearners,
            int headcount, LocalDate startDate, LocalDate endDate, String location, String lecturers,
            String institution, Budget budget, FundingSource fundingSource, List<Long> needIds) {
        this(title, category, level, kind, targetLearners, headcount, startDate, endDate, location, lecturers,
                institution, budget, fundingSource, needIds, false);
    }

    public void check() {
        List<InvalidInputException.FieldError> errors = new ArrayList<>(vn.boiduong.common.InputValidator.commonRules(this));
        required(errors, "title", title, 300);
        required(errors, "targetLearners", targetLearners, 500);
        optional(errors, "location", location, 300);
        optional(errors, "lecturers", lecturers, 500);
        optional(errors, "institution", institution, 300);
        if (category == null) {
            errors.add(new InvalidInputException.FieldError("category", "Chọn lĩnh vực bồi dưỡng."));
        } else if (!category.allowsLevel(level)) {
            errors.add(new InvalidInputException.FieldError("level", "Trình độ không thuộc lĩnh vực đã chọn."));
        }
        if (kind == null) {
            errors.add(new InvalidInputException.FieldError("kind", "Chọn hình thức: tổ chức lớp hoặc cử đi học."));
        }
        if (headcount < 1 || headcount > 100_000) {
            errors.add(new InvalidInputException.FieldError("headcount", "Số người phải từ 1 đến 100.000."));
        }
        if (startDate == null) {
            errors.add(new InvalidInputException.FieldError("startDate", "Nhập ngày bắt đầu."));
        }
        if (endDate == null) {
            errors.add(new InvalidInputException.FieldError("endDate", "Nhập ngày kết thúc."));
        } else if (startDate != null && endDate.isBefore(startDate)) {
            errors.add(new InvalidInputException.FieldError("endDate", "Ngày kết thúc không được trước ngày bắt đầu."));
        }
        if (budget == null) {
            errors.add(new InvalidInputException.FieldError("budget", "Nhập kinh phí."));
        } else if (budget.total() < 0 || budget.lines().stream().anyMatch(e -> e.getValue() < 0)) {
            errors.add(new InvalidInputException.FieldError("budget", "Kinh phí không được âm."));
        }
        if (kind == ItemKind.EXTERNAL) {
            checkExternal(errors);
        }
        if (fundingSource == null) {
            errors.add(new InvalidInputException.FieldError("fundingSource", "Chọn nguồn kinh phí."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors.get(0).message(), errors);
        }
    }

    /** An external registration names its institution and costs its tuition (and travel), nothing else. */
    private void checkExternal(List<InvalidInputException.FieldError> errors) {
        if (institution == null || institution.isBlank()) {
            errors.add(new InvalidInputException.FieldError("institution",
                    "Cử đi học: nhập cơ sở đào tạo tổ chức khóa học."));
        }
        if (budget == null) {
            return;
        }
        if (budget.tuition() == null) {
            errors.add(new InvalidInputException.FieldError("budget.tuition",
                    "Cử đi học: nhập học phí của khóa học (0 nếu không thu học phí)."));
        }
        Long[] hostedOnly = {budget.lecturerFees(), budget.materials(), budget.hall(), budget.certificates(),
                budget.management()};
        for (int i = 0; i < hostedOnly.length; i++) {
            if (hostedOnly[i] != null && hostedOnly[i] != 0) {
                errors.add(new InvalidInputException.FieldError("budget." + HOSTED_ONLY_LINES.get(i),
                        "Cử đi học chỉ có học phí và chi phí ăn, ở, đi lại; khoản này do cơ sở đào tạo chi."));
            }
        }
    }

    private static void required(List<InvalidInputException.FieldError> errors, String field, String v, int max) {
        if (v == null || v.isBlank()) {
            errors.add(new InvalidInputException.FieldError(field, "Không được để trống."));
        } else {
            optional(errors, field, v, max);
        }
    }

    private static void optional(List<InvalidInputException.FieldError> errors, String field, String v, int max) {
        if (v != null && v.strip().length() > max) {
            errors.add(new InvalidInputException.FieldError(field, "Tối đa " + max + " ký tự."));
        }
    }
}
