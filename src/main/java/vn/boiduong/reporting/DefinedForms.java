package vn.boiduong.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;
import vn.boiduong.documents.Cell;
import vn.boiduong.documents.Column;
import vn.boiduong.documents.FormFooter;
import vn.boiduong.documents.FormSheet;
import vn.boiduong.documents.Row;
import vn.boiduong.documents.RowStyle;
import vn.boiduong.documents.Table;
import vn.boiduong.reporting.FormDefinition.ColumnRule;
import vn.boiduong.reporting.FormDefinition.Measure;
import vn.boiduong.reporting.FormDefinition.RowRule;

/**
 * Fills a {@link FormDefinition} in: facts counted into a COUNT form, records listed in a LIST form.
 * Totals are the sums of the rows printed above them (after rounding), so a reader who adds up a
 * column in Excel finds the total the form shows.
 */
@Component
public class DefinedForms {

    /** The title and notes with {agency}, {AGENCY} and {year} replaced. */
    public record Heading(String agencyName, int year) {
        String fill(String text) {
            return text.replace("{AGENCY}", agencyName.toUpperCase(java.util.Locale.forLanguageTag("vi")))
                    .replace("{agency}", agencyName).replace("{year}", String.valueOf(year));
        }
    }

    public FormSheet count(FormDefinition def, Heading heading, List<FormFact> facts, FormFooter footer) {
        requireKind(def, FormDefinition.Kind.COUNT);
        List<ColumnRule> leaves = def.leaves();
        Map<String, List<FormFact>> byUnit = new LinkedHashMap<>();
        for (FormFact f : aggregate(facts)) {
            if (def.people().contains(f.staffCategory())) {
                byUnit.computeIfAbsent(f.unitKey(), k -> new ArrayList<>()).add(f);
            }
        }
        List<Row> rows = new ArrayList<>();
        List<List<Row>> blocks = new ArrayList<>();
        int n = 0;
        for (List<FormFact> unitFacts : byUnit.values()) {
            List<Row> block = block(def, leaves, ++n, unitFacts.get(0).unitName(), unitFacts, RowStyle.NORMAL);
            blocks.add(block);
            rows.addAll(block);
        }
        rows.addAll(totalBlock(def, leaves, blocks));
        return sheet(def, heading, leaves, rows, footer);
    }

    /**
     * Facts that differ only in their figures merged into one (headcount and money added up), in the
     * order first met: every cell then adds up a few aggregated facts, not one per plan item or
     * result. Callers that can let the database group (the results of a year) hand over facts that
     * are aggregated already; this costs them one pass.
     */
    static List<FormFact> aggregate(List<FormFact> facts) {
        Map<FormFact, long[]> sums = new LinkedHashMap<>();
        for (FormFact f : facts) {
            FormFact key = new FormFact(f.unitKey(), f.unitName(), f.staffCategory(), f.leader(), f.category(),
                    f.level(), f.abroad(), f.funding(), 0, 0);
            long[] s = sums.computeIfAbsent(key, k -> new long[2]);
            s[0] += f.headcount();
            s[1] += f.budget();
        }
        List<FormFact> out = new ArrayList<>(sums.size());
        sums.forEach((k, s) -> out.add(new FormFact(k.unitKey(), k.unitName(), k.staffCategory(), k.leader(),
                k.category(), k.level(), k.abroad(), k.funding(), s[0], s[1])));
        return out;
    }

    public FormSheet list(FormDefinition def, Heading heading, List<Map<String, Object>> records, FormFooter footer) {
        requireKind(def, FormDefinition.Kind.LIST);
        List<ColumnRule> leaves = def.leaves();
        List<Row> rows = new ArrayList<>();
        int n = 0;
        for (Map<String, Object> r : records) {
            n++;
            List<Object> cells = new ArrayList<>(leaves.size());
            for (ColumnRule c : leaves) {
                cells.add("seq".equals(c.field()) ? (Object) n : c.field() == null ? "" : value(r.get(c.field())));
            }
            rows.add(Row.of(cells.toArray()));
        }
        List<Object> total = new ArrayList<>(leaves.size());
        boolean labelled = false;
        for (int k = 0; k < leaves.size(); k++) {
            ColumnRule c = leaves.get(k);
            if (Boolean.TRUE.equals(c.sum())) {
                total.add(sum(rows, k));
            } else if (!labelled && c.field() != null && !"seq".equals(c.field())) {
                total.add("Tổng cộng");
                labelled = true;
            } else {
                total.add("");
            }
        }
        rows.add(Row.styled(RowStyle.TOTAL, total.toArray()));
        return sheet(def, heading, leaves, rows, footer);
    }

    private List<Row> block(FormDefinition def, List<ColumnRule> leaves, Integer seq, String unitName,
            List<FormFact> facts, RowStyle style) {
        List<Row> block = new ArrayList<>();
        block.add(countRow(leaves, seq, unitName, facts, f -> true, style));
        for (RowRule r : def.rows()) {
            Predicate<FormFact> who = f -> (r.people().isEmpty() || r.people().contains(f.staffCategory()))
                    && (r.leader() == null || r.leader() == f.leader());
            block.add(countRow(leaves, null, r.label(), facts, who, RowStyle.DETAIL));
        }
        return block;
    }

    /** The agency's block: each of its rows is the sum of the same row of every unit's block. */
    private List<Row> totalBlock(FormDefinition def, List<ColumnRule> leaves, List<List<Row>> blocks) {
        List<Row> out = new ArrayList<>();
        int size = 1 + def.rows().size();
        for (int i = 0; i < size; i++) {
            List<Row> same = new ArrayList<>();
            for (List<Row> b : blocks) {
                same.add(b.get(i));
            }
            String label = i == 0 ? "Tổng cộng" : def.rows().get(i - 1).label();
            List<Object> cells = new ArrayList<>(leaves.size());
            for (int k = 0; k < leaves.size(); k++) {
                ColumnRule c = leaves.get(k);
                cells.add("unit".equals(c.field()) ? label : c.measure() != null ? sum(same, k) : "");
            }
            out.add(Row.styled(i == 0 ? RowStyle.TOTAL : RowStyle.DETAIL, cells.toArray()));
        }
        return out;
    }

    private static Row countRow(List<ColumnRule> leaves, Integer seq, String label, List<FormFact> facts,
            Predicate<FormFact> who, RowStyle style) {
        List<Object> cells = new ArrayList<>(leaves.size());
        for (ColumnRule c : leaves) {
            if ("seq".equals(c.field())) {
                cells.add(seq == null ? "" : seq);
            } else if ("unit".equals(c.field())) {
                cells.add(label);
            } else if (c.measure() != null) {
                long total = 0;
                for (FormFact f : facts) {
                    if (who.test(f) && c.matches(f)) {
                        total += c.measure() == Measure.HEADCOUNT ? f.headcount() : f.budget();
                    }
                }
                cells.add(c.measure() == Measure.BUDGET_MILLIONS
                        ? BigDecimal.valueOf(total).movePointLeft(6).setScale(3, RoundingMode.HALF_UP)
                        : (Object) total);
            } else {
                cells.add("");
            }
        }
        return Row.styled(style, cells.toArray());
    }

    private static BigDecimal sum(List<Row> rows, int column) {
        BigDecimal s = BigDecimal.ZERO;
        for (Row r : rows) {
            if (r.cell(column) instanceof Cell.Number n) {
                s = s.add(n.number());
            }
        }
        return s;
    }

    private static Object value(Object v) {
        return v == null ? "" : v;
    }

    private static FormSheet sheet(FormDefinition def, Heading heading, List<ColumnRule> leaves, List<Row> rows,
            FormFooter footer) {
        List<Column> columns = def.columns().stream().map(DefinedForms::column).toList();
        return new FormSheet(heading.fill(def.sheetName()), def.formCode() == null ? null : heading.fill(def.formCode()),
                def.title().stream().map(heading::fill).toList(),
                def.notes().stream().filter(n -> !isEditorNote(n)).map(heading::fill).toList(),
                new Table(columns, rows), true, footer);
    }

    /**
     * "Mẫu mặc định — có thể điều chỉnh" tells the administrator on /admin/forms that a layout may be
     * edited; it is no part of an official form. The shipped definitions no longer carry it, but
     * copies an administrator saved before do, so it is left out when a form is drawn.
     */
    static boolean isEditorNote(String note) {
        return note != null && note.strip().startsWith(EDITOR_NOTE);
    }

    static final String EDITOR_NOTE = "Mẫu mặc định";

    private static Column column(ColumnRule c) {
        if (c.isGroup()) {
            return Column.group(c.label(), c.columns().stream().map(DefinedForms::column).toArray(Column[]::new));
        }
        return Column.of(c.label(), c.width() == null ? 0 : c.width());
    }

    private static void requireKind(FormDefinition def, FormDefinition.Kind kind) {
        if (def.kind() != kind) {
            throw new IllegalArgumentException("form " + def.code() + " is " + def.kind() + ", not " + kind);
        }
    }
}
