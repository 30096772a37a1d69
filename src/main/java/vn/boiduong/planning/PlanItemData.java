package vn.boiduong.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.boiduong.common.InvalidInputException;
import vn.boiduong.common.TrainingCategory;

/**
 * What the Office enters for one item of the plan ({@code abroad}: bồi dưỡng ở nước ngoài, forms.md);
 * {@link #check()} applies the rules annotations cannot.
 */
public record PlanItemData(String title, TrainingCategory category, String level, ItemKind kind,
        String targetLearners, int headcount, LocalDate startDate, LocalDate endDate, String location,
        String lecturers, String institution, Budget budget, FundingSource fundingSource, List<Long> needIds,
        boolean abroad) {

    public PlanItemData {
        needIds = needIds == null ? List.of() : List.copyOf(needIds);
    }

    /** An item at home (not abroad): what most items are. */
    public PlanItemData(String title, TrainingCategory category, String level, ItemKind kind, String targetLearners,
            int headcount, LocalDate startDate, LocalDate endDate, String location, String lecturers,
            String institution, Budget budget, FundingSource fundingSource, List<Long> needIds) {
        this(title, category, level, kind, targetLearners, headcount, startDate, endDate, location, lecturers,
                institution, budget, fundingSource, needIds, false);
    }

    public void check() {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
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
        if (fundingSource == null) {
            errors.add(new InvalidInputException.FieldError("fundingSource", "Chọn nguồn kinh phí."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors.get(0).message(), errors);
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
