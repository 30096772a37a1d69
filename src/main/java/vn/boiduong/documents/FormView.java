package vn.boiduong.documents;

import java.util.List;

/**
 * The JSON face of a {@link FormSheet}: plain records and lists that any JSON mapper writes the same
 * way. Cells are JSON strings, numbers (never text) or ISO dates; the rows and numbers are exactly
 * those of the XLSX.
 */
public record FormView(String sheetName, String formCode, List<String> titleLines, List<String> notes,
        List<ColumnView> columns, List<String> leafColumns, List<RowView> rows, FooterView footer) {

    public record ColumnView(String label, List<ColumnView> children) {
        static ColumnView of(Column c) {
            return new ColumnView(c.label(), c.children().stream().map(ColumnView::of).toList());
        }
    }

    public record RowView(RowStyle style, List<Object> cells) {
    }

    public record FooterView(String placeAndDate, String preparerTitle, String preparerName, String headTitle,
            String headName) {
    }

    static FormView of(FormSheet form) {
        Table t = form.table();
        int width = t.leaves().size();
        List<RowView> rows = t.rows().stream().map(r -> {
            List<Object> cells = new java.util.ArrayList<>(width);
            for (int c = 0; c < width; c++) {
                cells.add(r.cell(c).value());
            }
            return new RowView(r.style(), java.util.Collections.unmodifiableList(cells));
        }).toList();
        FormFooter f = form.footer();
        FooterView footer = f == null ? null
                : new FooterView(f.placeAndDateLine(), f.preparerTitle(), f.preparerName(), f.headTitle(), f.headName());
        return new FormView(form.sheetName(), form.formCode(), form.titleLines(), form.notes(),
                t.columns().stream().map(ColumnView::of).toList(), t.leaves().stream().map(Column::label).toList(),
                rows, footer);
    }
}
