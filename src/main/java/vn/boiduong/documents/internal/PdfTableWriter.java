package vn.boiduong.documents.internal;

import java.util.ArrayList;
import java.util.List;
import vn.boiduong.documents.Cell;
import vn.boiduong.documents.Row;
import vn.boiduong.documents.Table;
import vn.boiduong.documents.internal.PdfCanvas.Align;

/**
 * Draws a table over as many pages as it needs, its (merged) header repeated at the top of each.
 * A row never splits across pages; a row taller than a whole page is cut at the page's foot.
 */
public final class PdfTableWriter {

    private static final float PAD_X = 3;
    private static final float PAD_Y = 2.5f;

    private final PdfCanvas canvas;
    private final Table table;
    private final float size;
    private final float[] x;      // left edge of each leaf column, and the right edge last
    private final HeaderGrid grid;
    private final float[] headerRowHeights;

    public PdfTableWriter(PdfCanvas canvas, Table table) {
        this.canvas = canvas;
        this.table = table;
        int leaves = table.leaves().size();
        this.size = fontSizeFor(table);
        float[] w = ColumnWidths.fit(table, canvas.width(), size, 2 * PAD_X + 1);
        this.x = new float[leaves + 1];
        x[0] = canvas.left();
        for (int i = 0; i < leaves; i++) {
            x[i + 1] = x[i] + w[i];
        }
        this.grid = HeaderGrid.of(table.columns());
        this.headerRowHeights = headerHeights();
    }

    /** Many columns need a smaller type to stay readable without overflowing the page. */
    public static float fontSizeFor(Table table) {
        int leaves = table.leaves().size();
        return leaves <= 8 ? 12 : leaves <= 14 ? 11 : 10;
    }

    public void draw() {
        float headerHeight = sum(headerRowHeights, 0, headerRowHeights.length);
        List<Row> rows = table.rows();
        float firstRow = rows.isEmpty() ? 0 : rowHeight(rows.get(0), layoutRow(rows.get(0)));
        if (!canvas.fits(headerHeight + firstRow)) {
            canvas.continueOnNewPage();
        }
        drawHeader();
        for (Row row : rows) {
            List<List<TextLayout.Line>> cells = layoutRow(row);
            float h = rowHeight(row, cells);
            if (!canvas.fits(h)) {
                canvas.continueOnNewPage();
                drawHeader();
            }
            drawRow(row, cells, Math.min(h, canvas.y() - PdfCanvas.BOTTOM));
        }
    }

    private void drawHeader() {
        float top = canvas.y();
        for (HeaderGrid.Spot s : grid.spots()) {
            float cellTop = top - sum(headerRowHeights, 0, s.row());
            float h = sum(headerRowHeights, s.row(), s.row() + s.rowSpan());
            float w = x[s.lastCol() + 1] - x[s.col()];
            canvas.rect(x[s.col()], cellTop, w, h);
            List<TextLayout.Line> lines = TextLayout.wrap(List.of(Span.bold(s.label())), size, w - 2 * PAD_X, 0);
            float textH = lines.size() * size * PdfCanvas.SINGLE;
            float lineTop = cellTop - (h - textH) / 2;
            for (TextLayout.Line l : lines) {
                canvas.drawLine(l, x[s.col()] + PAD_X, lineTop, w - 2 * PAD_X, size, Align.CENTER);
                lineTop -= size * PdfCanvas.SINGLE;
            }
        }
        canvas.down(sum(headerRowHeights, 0, headerRowHeights.length));
    }

    /** Each header row is as tall as its tallest one-row cell; a cell spanning rows grows the last. */
    private float[] headerHeights() {
        float[] h = new float[grid.depth()];
        float one = size * PdfCanvas.SINGLE + 2 * PAD_Y;
        java.util.Arrays.fill(h, one);
        List<HeaderGrid.Spot> bySpan = new ArrayList<>(grid.spots());
        bySpan.sort(java.util.Comparator.comparingInt(HeaderGrid.Spot::rowSpan));
        for (HeaderGrid.Spot s : bySpan) {
            float w = x[s.lastCol() + 1] - x[s.col()] - 2 * PAD_X;
            int lines = TextLayout.wrap(List.of(Span.bold(s.label())), size, w, 0).size();
            float need = lines * size * PdfCanvas.SINGLE + 2 * PAD_Y;
            float have = sum(h, s.row(), s.row() + s.rowSpan());
            if (need > have) {
                h[s.lastRow()] += need - have;
            }
        }
        return h;
    }

    private List<List<TextLayout.Line>> layoutRow(Row row) {
        SerifFont font = CellText.font(row.style());
        List<List<TextLayout.Line>> cells = new ArrayList<>(x.length - 1);
        for (int c = 0; c < x.length - 1; c++) {
            String text = CellText.of(row.cell(c));
            cells.add(text.isEmpty() ? List.of()
                    : TextLayout.wrap(List.of(new Span(text, font)), size, x[c + 1] - x[c] - 2 * PAD_X, 0));
        }
        return cells;
    }

    private float rowHeight(Row row, List<List<TextLayout.Line>> cells) {
        int lines = 1;
        for (List<TextLayout.Line> c : cells) {
            lines = Math.max(lines, c.size());
        }
        return lines * size * PdfCanvas.SINGLE + 2 * PAD_Y;
    }

    private void drawRow(Row row, List<List<TextLayout.Line>> cells, float h) {
        float top = canvas.y();
        for (int c = 0; c < cells.size(); c++) {
            float w = x[c + 1] - x[c];
            canvas.rect(x[c], top, w, h);
            Align align = row.cell(c) instanceof Cell.Number ? Align.RIGHT
                    : row.cell(c) instanceof Cell.Date ? Align.CENTER : Align.LEFT;
            float lineTop = top - PAD_Y;
            for (TextLayout.Line l : cells.get(c)) {
                if (lineTop - size * PdfCanvas.SINGLE < top - h - 0.01f) {
                    break;
                }
                canvas.drawLine(l, x[c] + PAD_X, lineTop, w - 2 * PAD_X, size, align);
                lineTop -= size * PdfCanvas.SINGLE;
            }
        }
        canvas.down(h);
    }

    private static float sum(float[] a, int from, int to) {
        float s = 0;
        for (int i = from; i < to; i++) {
            s += a[i];
        }
        return s;
    }
}
