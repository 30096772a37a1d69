package vn.boiduong.documents;

import java.util.List;
import java.util.Objects;

/** Columns (possibly grouped under merged headers) and rows: the body of an annex or a form. */
public record Table(List<Column> columns, List<Row> rows) {

    public Table {
        columns = List.copyOf(Objects.requireNonNull(columns, "columns"));
        rows = List.copyOf(Objects.requireNonNull(rows, "rows"));
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a table needs columns");
        }
        int leaves = columns.stream().mapToInt(c -> c.leaves().size()).sum();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).cells().size() > leaves) {
                throw new IllegalArgumentException("row " + (i + 1) + " has " + rows.get(i).cells().size()
                        + " cells for " + leaves + " columns");
            }
        }
    }

    public List<Column> leaves() {
        return columns.stream().flatMap(c -> c.leaves().stream()).toList();
    }

    /** Rows of header the column tree needs. */
    public int headerDepth() {
        return columns.stream().mapToInt(Column::depth).max().orElse(1);
    }
}
