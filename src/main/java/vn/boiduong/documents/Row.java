package vn.boiduong.documents;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** One row of a table or form: a cell for each leaf column, and how it prints. */
public record Row(List<Cell> cells, RowStyle style) {

    public Row {
        cells = List.copyOf(Objects.requireNonNull(cells, "cells"));
        style = style == null ? RowStyle.NORMAL : style;
    }

    /** A normal row from plain values (see {@link Cell#of}). */
    public static Row of(Object... values) {
        return new Row(Arrays.stream(values).map(Cell::of).toList(), RowStyle.NORMAL);
    }

    public static Row styled(RowStyle style, Object... values) {
        return new Row(Arrays.stream(values).map(Cell::of).toList(), style);
    }

    public Cell cell(int index) {
        return index < cells.size() ? cells.get(index) : Cell.EMPTY;
    }

    /**
     * A total row whose numbers are the sums of the given rows, column by column: the leading values
     * (say "", "Tổng cộng") fill the first columns, every later column where some row has a number
     * gets the sum, and the others stay empty. Totals are values, not formulas, so the JSON face and
     * every file format show the same figures.
     */
    public static Row totalOf(List<Row> rows, Object... leading) {
        int width = Math.max(leading.length, rows.stream().mapToInt(r -> r.cells().size()).max().orElse(0));
        List<Cell> cells = new ArrayList<>(width);
        for (int c = 0; c < width; c++) {
            if (c < leading.length) {
                cells.add(Cell.of(leading[c]));
                continue;
            }
            BigDecimal sum = null;
            for (Row row : rows) {
                if (row.cell(c) instanceof Cell.Number n) {
                    sum = sum == null ? n.number() : sum.add(n.number());
                }
            }
            cells.add(Cell.number(sum));
        }
        return new Row(cells, RowStyle.TOTAL);
    }
}
