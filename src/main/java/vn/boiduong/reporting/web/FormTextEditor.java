package vn.boiduong.reporting.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.boiduong.common.TrainingCategory;
import vn.boiduong.organization.StaffCategory;
import vn.boiduong.reporting.FormDefinition;
import vn.boiduong.reporting.FormDefinition.ColumnRule;
import vn.boiduong.reporting.FormDefinition.RowRule;

/**
 * The administrator's form over a form definition: the texts and column widths she may change
 * without touching the structure, each row and leaf column explained in words instead of the JSON
 * codes (HEADCOUNT, STATE_MANAGEMENT, CC). Columns are numbered in the order they are met going
 * down the tree, so a posted "label-3" is the fourth column whatever its depth.
 */
@Component
class FormTextEditor {

    /** What the page shows; texts and widths as typed when the form is shown again with errors. */
    record View(String sheetName, String formCode, String title, String notes, String people, List<RowLine> rows,
            List<ColumnLine> columns) {
    }

    record RowLine(int index, String label, String meaning) {
    }

    record ColumnLine(int index, int depth, boolean group, String label, String width, String meaning) {
    }

    /** The definition built from the form, or why it could not be built (widths that are not numbers). */
    record Edited(FormDefinition definition, List<String> problems) {
    }

    private final MessageSource messages;

    FormTextEditor(MessageSource messages) {
        this.messages = messages;
    }

    View view(FormDefinition def) {
        return view(def, Map.of());
    }

    /** The page's form for {@code def}, with what the administrator typed over it where she typed. */
    View view(FormDefinition def, Map<String, String> typed) {
        List<RowLine> rows = new ArrayList<>();
        for (int i = 0; i < def.rows().size(); i++) {
            RowRule r = def.rows().get(i);
            rows.add(new RowLine(i, typed.getOrDefault("row-" + i, r.label()), rowMeaning(def, r)));
        }
        List<ColumnLine> columns = new ArrayList<>();
        flatten(def.columns(), 0, (c, depth) -> {
            int i = columns.size();
            columns.add(new ColumnLine(i, depth, c.isGroup(), typed.getOrDefault("label-" + i, c.label()),
                    typed.getOrDefault("width-" + i, width(c.width())), c.isGroup() ? "" : columnMeaning(c)));
        });
        return new View(typed.getOrDefault("sheetName", def.sheetName()),
                typed.getOrDefault("formCode", nullToEmpty(def.formCode())),
                typed.getOrDefault("title", String.join("\n", def.title())),
                typed.getOrDefault("notes", String.join("\n", def.notes())),
                people(def.people()), rows, columns);
    }

    /**
     * The stored definition with the texts and widths of the form: same kind, people, row rules and
     * column tree. A field left out of the post keeps its stored value.
     */
    Edited apply(FormDefinition def, Map<String, String> typed) {
        List<String> problems = new ArrayList<>();
        List<RowRule> rows = new ArrayList<>();
        for (int i = 0; i < def.rows().size(); i++) {
            RowRule r = def.rows().get(i);
            rows.add(new RowRule(typed.getOrDefault("row-" + i, r.label()).strip(), r.people(), r.leader()));
        }
        int[] next = {0};
        List<ColumnRule> columns = rebuild(def.columns(), typed, next, problems);
        FormDefinition edited = new FormDefinition(def.code(), def.kind(),
                typed.getOrDefault("sheetName", def.sheetName()).strip(),
                blankToNull(typed.getOrDefault("formCode", def.formCode())),
                lines(typed.get("title"), def.title()), lines(typed.get("notes"), def.notes()), def.people(), rows,
                columns);
        return new Edited(edited, problems);
    }

    private List<ColumnRule> rebuild(List<ColumnRule> cols, Map<String, String> typed, int[] next,
            List<String> problems) {
        List<ColumnRule> out = new ArrayList<>();
        for (ColumnRule c : cols) {
            int i = next[0]++;
            String label = typed.getOrDefault("label-" + i, c.label()).strip();
            Double width = c.width();
            String w = typed.get("width-" + i);
            if (w != null && !c.isGroup()) {
                String t = w.strip();
                if (t.isEmpty()) {
                    width = null;
                } else if (t.matches("\\d{1,6}([.,]\\d{1,3})?")) {
                    width = Double.valueOf(t.replace(',', '.'));
                } else {
                    problems.add("Cột \"" + label + "\": độ rộng \"" + t
                            + "\" không phải là số; nhập một số lớn hơn 0, ví dụ 8 hoặc 12,5.");
                }
            }
            List<ColumnRule> children = rebuild(c.columns(), typed, next, problems);
            out.add(new ColumnRule(label, width, children, c.field(), c.measure(), c.category(), c.level(),
                    c.abroad(), c.funding(), c.sum()));
        }
        return out;
    }

    private static List<String> lines(String typed, List<String> stored) {
        if (typed == null) {
            return stored;
        }
        return typed.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private interface ColumnVisitor {
        void visit(ColumnRule column, int depth);
    }

    private static void flatten(List<ColumnRule> cols, int depth, ColumnVisitor visitor) {
        for (ColumnRule c : cols) {
            visitor.visit(c, depth);
            flatten(c.columns(), depth + 1, visitor);
        }
    }

    private String rowMeaning(FormDefinition def, RowRule r) {
        String who = r.people().isEmpty() ? "Mọi đối tượng của biểu (" + people(def.people()) + ")" : people(r.people());
        return Boolean.TRUE.equals(r.leader()) ? who + " — chỉ người giữ chức vụ lãnh đạo, quản lý" : who;
    }

    private String people(List<String> codes) {
        List<String> names = new ArrayList<>();
        for (String code : codes) {
            StaffCategory c = StaffCategory.fromShortCode(code);
            names.add(c == null ? code
                    : messages.getMessage("category." + c.name(), null, code, LocaleContextHolder.getLocale()));
        }
        return String.join(", ", names);
    }

    private static String columnMeaning(ColumnRule c) {
        List<String> parts = new ArrayList<>();
        if (c.field() != null) {
            parts.add("Hiện " + FIELDS.getOrDefault(c.field(), "một trường của danh sách"));
        }
        if (c.measure() != null) {
            parts.add(switch (c.measure()) {
                case HEADCOUNT -> "Đếm lượt người";
                case BUDGET -> "Cộng kinh phí (đồng)";
                case BUDGET_MILLIONS -> "Cộng kinh phí (triệu đồng)";
            });
            List<String> filters = new ArrayList<>();
            if (c.category() != null) {
                filters.add(TrainingCategory.parse(c.category()).map(t -> t.describe(c.level()))
                        .orElse("loại đào tạo không xác định"));
            }
            if (c.abroad() != null) {
                filters.add(c.abroad() ? "ở nước ngoài" : "trong nước");
            }
            if (c.funding() != null) {
                filters.add(FUNDING.getOrDefault(c.funding(), "nguồn kinh phí khác"));
            }
            parts.add(filters.isEmpty() ? "mọi loại đào tạo" : String.join(", ", filters));
        }
        if (Boolean.TRUE.equals(c.sum())) {
            parts.add("có cộng ở dòng tổng");
        }
        return parts.isEmpty() ? "Để trống" : String.join(" — ", parts);
    }

    private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("seq", "số thứ tự"),
            Map.entry("unit", "tên đơn vị và dòng đối tượng"), Map.entry("title", "tên lớp / nội dung"),
            Map.entry("category", "loại đào tạo"), Map.entry("targetLearners", "đối tượng học"),
            Map.entry("headcount", "số người học"), Map.entry("period", "thời gian học"),
            Map.entry("location", "địa điểm"), Map.entry("institution", "cơ sở đào tạo"),
            Map.entry("lecturers", "giảng viên"), Map.entry("budget", "kinh phí dự kiến (đồng)"),
            Map.entry("funding", "nguồn kinh phí"), Map.entry("units", "đơn vị đề xuất"),
            Map.entry("kind", "hình thức tổ chức"));

    private static final Map<String, String> FUNDING = Map.of("CENTRAL", "nguồn Trung ương", "LOCAL",
            "nguồn địa phương", "OTHER", "nguồn khác");

    private static String width(Double w) {
        if (w == null) {
            return "";
        }
        return w == Math.rint(w) ? String.valueOf(w.longValue()) : String.valueOf(w).replace('.', ',');
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
