package vn.boiduong.documents;

import java.util.List;
import java.util.Objects;

/**
 * An official form (1a, 1b, 2a, 2b, 2c) filled in, as data: its layout changes with the Ministry's
 * yearly letter, so the callers build it from a form definition and this module only draws it.
 *
 * @param sheetName     the worksheet's name ("Biểu 2a"); at most 31 characters in a workbook
 * @param formCode      printed at the top right ("Biểu số 2a"), or null
 * @param titleLines    bold and centred over the table: agency, "BÁO CÁO KẾT QUẢ … NĂM 2027"
 * @param notes         italic lines under the title: "Đơn vị tính: lượt người; kinh phí: triệu đồng"
 * @param columnNumbers adds the row "(1) (2) (3) …" under the header, as paper forms number columns
 * @param footer        the signatures, or null
 */
public record FormSheet(String sheetName, String formCode, List<String> titleLines, List<String> notes,
        Table table, boolean columnNumbers, FormFooter footer) {

    public FormSheet {
        Objects.requireNonNull(table, "table");
        sheetName = sheetName == null || sheetName.isBlank() ? "Biểu" : sheetName.strip();
        titleLines = titleLines == null ? List.of() : List.copyOf(titleLines);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    /** The same content for {@code Accept: application/json}: the rows and numbers of the file. */
    public FormView view() {
        return FormView.of(this);
    }
}
