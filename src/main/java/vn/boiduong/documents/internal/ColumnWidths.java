package vn.boiduong.documents.internal;

import java.util.List;
import vn.boiduong.documents.Cell;
import vn.boiduong.documents.Column;
import vn.boiduong.documents.Row;
import vn.boiduong.documents.Table;

/**
 * Width of each leaf column in characters: the caller's width when given, else enough for the
 * content (long text wraps, so it is capped) and for the longest word of the header.
 */
public final class ColumnWidths {

    static final double MIN = 4;
    static final double MAX_TEXT = 40;

    private ColumnWidths() {
    }

    public static double[] of(Table table) {
        List<Column> leaves = table.leaves();
        double[] widths = new double[leaves.size()];
        for (int c = 0; c < widths.length; c++) {
            Column leaf = leaves.get(c);
            // A header word never breaks inside itself ("ST/T"), whatever width the caller asked for.
            double w = longestWord(leaf.label()) + 2;
            if (leaf.width() > 0) {
                widths[c] = Math.max(leaf.width(), w);
                continue;
            }
            w = Math.max(w, Math.min(leaf.label().length() / 3.0, MAX_TEXT));
            // Looking at the first thousand rows is enough to size a column and keeps big forms fast.
            List<Row> rows = table.rows().size() > 1000 ? table.rows().subList(0, 1000) : table.rows();
            for (Row r : rows) {
                w = Math.max(w, contentWidth(r.cell(c)));
            }
            widths[c] = Math.max(MIN, Math.min(w, MAX_TEXT));
        }
        return widths;
    }

    /**
     * Widths in points for a table of the given total width: in proportion to {@link #of}, then a
     * column too narrow for the longest word of its header ("STT" must not print "ST/T") or for its
     * numbers and dates (which never break) is widened, taking the room from columns that have more.
     *
     * @param padding the cell's inner margins, left and right together
     */
    public static float[] fit(Table table, float total, float size, float padding) {
        double[] chars = of(table);
        double sum = 0;
        for (double c : chars) {
            sum += c;
        }
        float[] w = new float[chars.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = (float) (total * chars[i] / sum);
        }
        List<Column> leaves = table.leaves();
        List<Row> sample = table.rows().size() > 1000 ? table.rows().subList(0, 1000) : table.rows();
        float[] min = new float[w.length];
        float deficit = 0;
        float slack = 0;
        for (int i = 0; i < w.length; i++) {
            for (String word : leaves.get(i).label().split("\\s+")) {
                min[i] = Math.max(min[i], SerifFont.BOLD.width(word, size) + padding);
            }
            for (Row r : sample) {
                Cell cell = r.cell(i);
                if (cell instanceof Cell.Number || cell instanceof Cell.Date) {
                    min[i] = Math.max(min[i], CellText.font(r.style()).width(CellText.of(cell), size) + padding);
                }
            }
            deficit += Math.max(0, min[i] - w[i]);
            slack += Math.max(0, w[i] - min[i]);
        }
        if (deficit <= 0 || slack <= deficit) {
            return w;
        }
        float share = deficit / slack;
        for (int i = 0; i < w.length; i++) {
            w[i] = w[i] < min[i] ? min[i] : w[i] - (w[i] - min[i]) * share;
        }
        return w;
    }

    private static double contentWidth(Cell cell) {
        if (cell instanceof Cell.Text t) {
            return Math.min(t.text().length() + 1, MAX_TEXT);
        }
        if (cell instanceof Cell.Number n) {
            return NumberText.format(n.number()).length() + 2;
        }
        if (cell instanceof Cell.Date) {
            return 11;
        }
        return 0;
    }

    private static int longestWord(String s) {
        int best = 0;
        for (String w : s.split("\\s+")) {
            best = Math.max(best, w.length());
        }
        return best;
    }
}
