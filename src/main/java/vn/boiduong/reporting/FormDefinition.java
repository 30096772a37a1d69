package vn.boiduong.reporting;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.boiduong.common.TrainingCategory;

/**
 * An official form as data (forms.md): its title, its rows and its columns, and for each column the
 * rule that fills it. The Ministry's yearly letter changes the layouts, so an administrator edits
 * this (as JSON, on /admin/forms) and no release is needed; {@link DefinedForms} draws a form from it.
 *
 * <p>Two kinds. A {@code COUNT} form (1a, 1b, 2a, 2b) has a block per unit — the unit's row, then a
 * row for each {@link RowRule} (cán bộ, công chức, of which leaders) — and the same block for the
 * agency's total; a leaf column with a {@code measure} counts the facts that pass its filters. A
 * {@code LIST} form (2c) has one row per record, each leaf column showing one {@code field}.
 *
 * @param title  lines over the table; {@code {agency}}, {@code {AGENCY}} (upper case) and
 *               {@code {year}} are replaced
 * @param people for COUNT forms: the staff categories the form counts (CB, CC, VC, NLĐ)
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record FormDefinition(String code, Kind kind, String sheetName, String formCode, List<String> title,
        List<String> notes, List<String> people, List<RowRule> rows, List<ColumnRule> columns) {

    public enum Kind { COUNT, LIST }

    /** What a counting column adds up. */
    public enum Measure {
        /** people (lượt người) */
        HEADCOUNT,
        /** money in đồng */
        BUDGET,
        /** money in millions of đồng, three decimals, as the Ministry's forms count */
        BUDGET_MILLIONS
    }

    /** A row under each unit: the people it counts (empty: all of the form's) and whether only leaders. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record RowRule(String label, List<String> people, Boolean leader) {
        public RowRule {
            people = people == null ? List.of() : List.copyOf(people);
        }
    }

    /**
     * A column, or a group of columns when {@code columns} is not empty. A leaf shows a record's
     * {@code field} (LIST forms; in COUNT forms only {@code seq} and {@code unit}) or counts a
     * {@code measure} over the facts whose category, level, abroad flag and funding source match.
     * {@code sum} adds a LIST form's column up in its total row.
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record ColumnRule(String label, Double width, List<ColumnRule> columns, String field, Measure measure,
            String category, String level, Boolean abroad, String funding, Boolean sum) {
        public ColumnRule {
            columns = columns == null ? List.of() : List.copyOf(columns);
        }

        @JsonIgnore
        public boolean isGroup() {
            return !columns.isEmpty();
        }

        void collectLeaves(List<ColumnRule> out) {
            if (isGroup()) {
                columns.forEach(c -> c.collectLeaves(out));
            } else {
                out.add(this);
            }
        }

        int depth() {
            return 1 + columns.stream().mapToInt(ColumnRule::depth).max().orElse(0);
        }

        /** Does a fact count in this column? Filters left empty let everything through. */
        boolean matches(FormFact f) {
            return (category == null || category.equals(f.category()))
                    && (level == null || level.equals(f.level()))
                    && (abroad == null || abroad == f.abroad())
                    && (funding == null || funding.equals(f.funding()));
        }
    }

    public FormDefinition {
        title = title == null ? List.of() : List.copyOf(title);
        notes = notes == null ? List.of() : List.copyOf(notes);
        people = people == null ? List.of() : List.copyOf(people);
        rows = rows == null ? List.of() : List.copyOf(rows);
        columns = columns == null ? List.of() : List.copyOf(columns);
    }

    @JsonIgnore
    public List<ColumnRule> leaves() {
        List<ColumnRule> out = new ArrayList<>();
        columns.forEach(c -> c.collectLeaves(out));
        return out;
    }

    static final Set<String> STAFF_CATEGORIES = Set.of("CB", "CC", "VC", "NLĐ");
    static final Set<String> FUNDING_SOURCES = Set.of("CENTRAL", "LOCAL", "OTHER");
    static final Set<String> COUNT_FIELDS = Set.of("seq", "unit");
    static final int MAX_LEAVES = 80;
    static final int MAX_LABEL = 300;

    /**
     * What is wrong with this definition, in Vietnamese, for the administrator who typed it; empty
     * when it can be drawn. {@code like} is the shipped definition of the same form: the kind may
     * not change, and a LIST form may only show the fields the shipped one knows.
     */
    public List<String> problems(FormDefinition like) {
        List<String> out = new ArrayList<>();
        if (kind == null) {
            out.add("Thiếu loại biểu (kind: COUNT hoặc LIST).");
        } else if (like != null && kind != like.kind()) {
            out.add("Không được đổi loại biểu " + like.code() + " (phải là " + like.kind() + ").");
        }
        if (sheetName == null || sheetName.isBlank() || sheetName.length() > 31
                || sheetName.matches(".*[\\[\\]:*?/\\\\].*")) {
            out.add("Tên trang tính (sheetName) phải có 1–31 ký tự và không chứa [ ] : * ? / \\.");
        }
        if (title.isEmpty()) {
            out.add("Biểu cần ít nhất một dòng tiêu đề (title).");
        }
        title.forEach(t -> label(out, t, "Dòng tiêu đề"));
        notes.forEach(t -> label(out, t, "Dòng ghi chú"));
        if (formCode != null && formCode.length() > 50) {
            out.add("Số hiệu biểu (formCode) tối đa 50 ký tự.");
        }
        if (columns.isEmpty()) {
            out.add("Biểu cần ít nhất một cột (columns).");
        }
        List<ColumnRule> leaves = leaves();
        if (leaves.size() > MAX_LEAVES) {
            out.add("Biểu có quá nhiều cột (tối đa " + MAX_LEAVES + ").");
        }
        if (columns.stream().anyMatch(c -> c.depth() > 3)) {
            out.add("Tiêu đề cột lồng nhau tối đa 3 tầng.");
        }
        people.forEach(p -> staffCategory(out, p));
        for (RowRule r : rows) {
            label(out, r.label(), "Tên dòng");
            r.people().forEach(p -> staffCategory(out, p));
        }
        if (kind == Kind.LIST && !rows.isEmpty()) {
            out.add("Biểu danh sách (LIST) không có dòng chia nhóm (rows).");
        }
        if (kind == Kind.COUNT && people.isEmpty()) {
            out.add("Biểu đếm (COUNT) cần nêu đối tượng (people: CB, CC, VC, NLĐ).");
        }
        Set<String> fields = kind == Kind.LIST && like != null ? listFields(like) : COUNT_FIELDS;
        checkColumns(out, columns, fields);
        return out;
    }

    private void checkColumns(List<String> out, List<ColumnRule> cols, Set<String> fields) {
        for (ColumnRule c : cols) {
            label(out, c.label(), "Tên cột");
            // a column 0 wide hides its heading and figures from the official form
            if (c.width() != null && (c.width() <= 0 || c.width() > 100)) {
                out.add("Cột \"" + c.label() + "\": độ rộng phải lớn hơn 0 và tối đa 100.");
            }
            if (c.isGroup()) {
                if (c.field() != null || c.measure() != null) {
                    out.add("Nhóm cột \"" + c.label() + "\" không có field hay measure; chỉ các cột con có.");
                }
                checkColumns(out, c.columns(), fields);
                continue;
            }
            if (c.field() != null && c.measure() != null) {
                out.add("Cột \"" + c.label() + "\": chỉ một trong hai, field hoặc measure.");
            }
            if (c.field() != null && !fields.contains(c.field())) {
                out.add("Cột \"" + c.label() + "\": trường \"" + c.field() + "\" không có; dùng một trong "
                        + String.join(", ", new java.util.TreeSet<>(fields)) + ".");
            }
            if (c.measure() != null && kind == Kind.LIST) {
                out.add("Cột \"" + c.label() + "\": biểu danh sách không đếm (measure); dùng field.");
            }
            if (c.category() != null) {
                TrainingCategory category = TrainingCategory.parse(c.category()).orElse(null);
                if (category == null) {
                    out.add("Cột \"" + c.label() + "\": loại đào tạo \"" + c.category() + "\" không có.");
                } else if (c.level() != null && !category.allowsLevel(c.level())) {
                    out.add("Cột \"" + c.label() + "\": trình độ \"" + c.level() + "\" không thuộc loại "
                            + category.label() + ".");
                }
            } else if (c.level() != null) {
                out.add("Cột \"" + c.label() + "\": có trình độ (level) thì phải có loại đào tạo (category).");
            }
            if (c.funding() != null && !FUNDING_SOURCES.contains(c.funding())) {
                out.add("Cột \"" + c.label() + "\": nguồn kinh phí là CENTRAL, LOCAL hoặc OTHER.");
            }
        }
    }

    private static Set<String> listFields(FormDefinition like) {
        Set<String> out = new java.util.HashSet<>();
        like.leaves().forEach(c -> {
            if (c.field() != null) {
                out.add(c.field());
            }
        });
        return out;
    }

    private static void label(List<String> out, String text, String what) {
        if (text == null || text.isBlank()) {
            out.add(what + " không được để trống.");
        } else if (text.length() > MAX_LABEL) {
            out.add(what + " tối đa " + MAX_LABEL + " ký tự: \"" + text.substring(0, 40) + "…\".");
        }
    }

    private static void staffCategory(List<String> out, String p) {
        if (!STAFF_CATEGORIES.contains(p)) {
            out.add("Đối tượng \"" + p + "\" không có; dùng CB, CC, VC hoặc NLĐ.");
        }
    }
}
