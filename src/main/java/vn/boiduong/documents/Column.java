package vn.boiduong.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A column of a table or form, or a group of columns under one merged header ("Lý luận chính trị"
 * over "Cao cấp", "Trung cấp", "Sơ cấp"), to any depth. Only the leaves hold cells.
 *
 * @param width relative width in characters (an Excel column width); 0 lets the renderer choose
 *              from the content
 */
public record Column(String label, double width, List<Column> children) {

    public Column {
        Objects.requireNonNull(label, "label");
        children = children == null ? List.of() : List.copyOf(children);
        if (width < 0) {
            throw new IllegalArgumentException("width must not be negative");
        }
    }

    public static Column of(String label) {
        return new Column(label, 0, List.of());
    }

    public static Column of(String label, double width) {
        return new Column(label, width, List.of());
    }

    public static Column group(String label, Column... children) {
        if (children.length == 0) {
            throw new IllegalArgumentException("a group needs columns: " + label);
        }
        return new Column(label, 0, List.of(children));
    }

    public boolean isLeaf() {
        return children.isEmpty();
    }

    /** Levels of header rows this column needs (1 for a leaf). */
    public int depth() {
        return 1 + children.stream().mapToInt(Column::depth).max().orElse(0);
    }

    public List<Column> leaves() {
        List<Column> out = new ArrayList<>();
        collectLeaves(out);
        return out;
    }

    private void collectLeaves(List<Column> out) {
        if (isLeaf()) {
            out.add(this);
        } else {
            children.forEach(c -> c.collectLeaves(out));
        }
    }
}
