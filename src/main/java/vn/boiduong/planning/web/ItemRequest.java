package vn.boiduong.planning.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import vn.boiduong.common.InvalidInputException;
import vn.boiduong.common.TrainingCategory;
import vn.boiduong.planning.Budget;
import vn.boiduong.planning.FundingSource;
import vn.boiduong.planning.ItemKind;
import vn.boiduong.planning.PlanItemData;

/** The JSON of a plan item; codes are parsed here so an unknown one is a 400 on its field. */
record ItemRequest(String title, String category, String level,
        @Schema(allowableValues = {"HOSTED", "EXTERNAL"}) String kind, String targetLearners, Integer headcount,
        LocalDate startDate, LocalDate endDate, String location, String lecturers, String institution,
        @Schema(description = "Kinh phí (VND): a number (the total), or an object with the cost lines of Circular "
                + "36/2018/TT-BTC, whose sum is the total. An EXTERNAL item (cử đi học) costs its tuition and the "
                + "learners' travel only: it needs `institution` and `tuition` (a bare number is the tuition), and "
                + "the other lines are refused (400 on budget.<line>)", oneOf = {Long.class, BudgetLines.class})
        JsonNode budget,
        @Schema(allowableValues = {"CENTRAL", "LOCAL", "OTHER"}, defaultValue = "LOCAL") String fundingSource,
        List<Long> needIds, @Schema(description = "bồi dưỡng ở nước ngoài", defaultValue = "false") Boolean abroad) {

    /** The cost lines of Circular 36/2018/TT-BTC, in VND; any may be left out. */
    record BudgetLines(Long lecturerFees, Long materials, Long hall, Long travel, Long certificates, Long management,
            Long tuition) {
    }

    static final List<String> LINES = List.of("lecturerFees", "materials", "hall", "travel", "certificates",
            "management", "tuition");

    PlanItemData toData() {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        TrainingCategory c = null;
        if (category != null) {
            c = TrainingCategory.parse(category).orElse(null);
            if (c == null) {
                errors.add(new InvalidInputException.FieldError("category", "Lĩnh vực không hợp lệ: " + category));
            }
        }
        ItemKind k = null;
        if (kind != null) {
            try {
                k = ItemKind.valueOf(kind.strip());
            } catch (IllegalArgumentException e) {
                errors.add(new InvalidInputException.FieldError("kind", "Hình thức phải là HOSTED hoặc EXTERNAL."));
            }
        }
        FundingSource f = FundingSource.LOCAL;
        if (fundingSource != null && !fundingSource.isBlank()) {
            try {
                f = FundingSource.valueOf(fundingSource.strip());
            } catch (IllegalArgumentException e) {
                errors.add(new InvalidInputException.FieldError("fundingSource",
                        "Nguồn kinh phí phải là CENTRAL, LOCAL hoặc OTHER."));
            }
        }
        Budget b = null;
        try {
            b = budget(budget);
        } catch (IllegalArgumentException e) {
            errors.add(new InvalidInputException.FieldError("budget", e.getMessage()));
        }
        if (needIds != null && needIds.stream().anyMatch(java.util.Objects::isNull)) {
            errors.add(new InvalidInputException.FieldError("needIds", "Mã nhu cầu không hợp lệ."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors.get(0).message(), errors);
        }
        return new PlanItemData(title, c, level, k, targetLearners, headcount == null ? 0 : headcount, startDate,
                endDate, location, lecturers, institution, b, f, needIds,
                Boolean.TRUE.equals(abroad));
    }

    static Budget budget(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isNumber()) {
            if (!node.canConvertToLong() || node.isFloatingPointNumber() && node.asDouble() % 1 != 0) {
                throw new IllegalArgumentException("Kinh phí phải là số đồng nguyên.");
            }
            return Budget.totalOnly(node.asLong());
        }
        if (node.isObject()) {
            for (String name : node.propertyNames()) {
                if (!LINES.contains(name) && !"total".equals(name)) {
                    throw new IllegalArgumentException("Khoản chi không hợp lệ: " + name);
                }
            }
            Long[] v = new Long[LINES.size()];
            for (int i = 0; i < v.length; i++) {
                JsonNode line = node.get(LINES.get(i));
                if (line == null || line.isNull()) {
                    continue;
                }
                if (!line.isIntegralNumber() || !line.canConvertToLong()) {
                    throw new IllegalArgumentException("Khoản chi " + LINES.get(i) + " phải là số đồng nguyên.");
                }
                v[i] = line.asLong();
            }
            Budget b = Budget.ofLines(v[0], v[1], v[2], v[3], v[4], v[5], v[6]);
            JsonNode total = node.get("total");
            if (total != null && !total.isNull() && (!total.canConvertToLong() || total.asLong() != b.total())) {
                throw new IllegalArgumentException("Tổng kinh phí không bằng tổng các khoản chi.");
            }
            return b;
        }
        throw new IllegalArgumentException("Kinh phí phải là một số hoặc các khoản chi.");
    }
}
