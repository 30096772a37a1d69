package vn.boiduong.organization.importing;

/**
 * One non-blank data row as read from the sheet: its Excel row number (the header is row 1) and its
 * cell texts in {@link StaffColumn} order (null where empty or where the file lacks the column).
 */
record SheetRow(int rowNo, String[] cells) {

    String get(StaffColumn column) {
        return cells[column.ordinal()];
    }
}
