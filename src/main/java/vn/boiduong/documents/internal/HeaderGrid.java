package vn.boiduong.documents.internal;

import java.util.ArrayList;
import java.util.List;
import vn.boiduong.documents.Column;

/**
 * Where each header cell of a column tree sits, as on a paper form: a group spans its leaves across,
 * a leaf spans down to the last header row. All three renderers merge exactly these cells.
 */
public record HeaderGrid(int depth, int width, List<Spot> spots) {

    /** A header cell at (row, col) of the header, spanning rowSpan rows and colSpan leaf columns. */
    public record Spot(String label, int row, int col, int rowSpan, int colSpan) {
        public int lastRow() { return row + rowSpan - 1; }
        public int lastCol() { return col + colSpan - 1; }
    }

    public static HeaderGrid of(List<Column> columns) {
        int depth = columns.stream().mapToInt(Column::depth).max().orElse(1);
        List<Spot> spots = new ArrayList<>();
        int col = 0;
        for (Column c : columns) {
            col = place(c, 0, col, depth, spots);
        }
        return new HeaderGrid(depth, col, List.copyOf(spots));
    }

    private static int place(Column c, int row, int col, int depth, List<Spot> spots) {
        if (c.isLeaf()) {
            spots.add(new Spot(c.label(), row, col, depth - row, 1));
            return col + 1;
        }
        int width = c.leaves().size();
        spots.add(new Spot(c.label(), row, col, 1, width));
        int next = col;
        for (Column child : c.children()) {
            next = place(child, row + 1, next, depth, spots);
        }
        return next;
    }
}
