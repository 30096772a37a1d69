package vn.boiduong.documents;

/** How a row of a table or form prints. */
public enum RowStyle {
    /** An ordinary row. */
    NORMAL,
    /** A heading row over the rows that follow ("I. Cán bộ"): bold. */
    GROUP,
    /** A split under a row ("Trong đó: lãnh đạo, quản lý"): italic. */
    DETAIL,
    /** A total: bold, its numbers computed by the caller (see {@link Row#totalOf}). */
    TOTAL
}
