package vn.boiduong.organization.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.boiduong.organization.Unit;

/**
 * The .xlsx template people fill in: sheet "Danh sách cán bộ" with the header row only (every
 * column formatted as text, so "01.003" stays "01.003" and dates typed dd/MM/yyyy stay as typed), drop-down
 * lists where the values are fixed, and sheet "Hướng dẫn" explaining each column, a sample row and the
 * unit codes of the agency. Times New Roman throughout, as the agency's documents.
 */
final class StaffImportTemplate {

    static final String DATA_SHEET = "Danh sách cán bộ";
    static final String GUIDE_SHEET = "Hướng dẫn";
    private static final String FONT = "Times New Roman";
    /** Drop-downs cover as many rows as an import accepts. */
    private static final int LAST_ROW = StaffSheetReader.MAX_ROWS;

    private StaffImportTemplate() {
    }

    static byte[] build(List<Unit> units) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(wb);
            dataSheet(wb, styles);
            guideSheet(wb, styles, units);
            wb.setActiveSheet(0);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void dataSheet(XSSFWorkbook wb, Styles styles) {
        Sheet sheet = wb.createSheet(DATA_SHEET);
        Row header = sheet.createRow(0);
        header.setHeightInPoints(33);
        for (StaffColumn c : StaffColumn.values()) {
            int i = c.ordinal();
            header.createCell(i).setCellValue(c.header());
            header.getCell(i).setCellStyle(styles.header);
            sheet.setDefaultColumnStyle(i, styles.text);
            sheet.setColumnWidth(i, width(c));
        }
        sheet.createFreezePane(0, 1);
        DataValidationHelper dv = sheet.getDataValidationHelper();
        list(sheet, dv, StaffColumn.CATEGORY, "CB", "CC", "VC", "NLĐ");
        list(sheet, dv, StaffColumn.GENDER, "Nam", "Nữ");
        list(sheet, dv, StaffColumn.ETHNIC_MINORITY, "Có", "Không");
        list(sheet, dv, StaffColumn.GRADE_CODE, "01.001", "01.002", "01.003", "01.004", "01.005");
        list(sheet, dv, StaffColumn.TITLE_RANK, "I", "II", "III", "IV");
        list(sheet, dv, StaffColumn.LEADER, "Có", "Không");
    }

    private static void list(Sheet sheet, DataValidationHelper dv, StaffColumn column, String... values) {
        DataValidation v = dv.createValidation(dv.createExplicitListConstraint(values),
                new CellRangeAddressList(1, LAST_ROW, column.ordinal(), column.ordinal()));
        v.setShowErrorBox(true);
        v.createErrorBox(column.header(), column.guide());
        v.setShowPromptBox(false);
        sheet.addValidationData(v);
    }

    private static void guideSheet(XSSFWorkbook wb, Styles styles, List<Unit> units) {
        Sheet sheet = wb.createSheet(GUIDE_SHEET);
        int r = 0;
        cell(sheet, r++, 0, "HƯỚNG DẪN NHẬP DANH SÁCH CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC", styles.title);
        String[] notes = {
            "1. Nhập ở trang \"" + DATA_SHEET + "\", mỗi cán bộ một dòng, bắt đầu từ dòng 2; giữ nguyên dòng tiêu đề.",
            "2. Hệ thống kiểm tra mọi dòng trước khi lưu: chỉ khi tất cả các dòng đều hợp lệ mới lưu; nếu có dòng "
                + "lỗi thì không lưu dòng nào và liệt kê từng dòng lỗi kèm lý do để sửa rồi tải lên lại cả tệp.",
            "3. Chỉ thêm cán bộ mới: mã cán bộ đã có trong hệ thống sẽ bị báo lỗi.",
            "4. Tệp .xlsx, tối đa 10 MB và 100.000 dòng dữ liệu."};
        for (String n : notes) {
            cell(sheet, r++, 0, n, styles.plain);
        }
        r++;
        String[] heads = {"Cột", "Tiêu đề cột", "Bắt buộc", "Cách nhập"};
        for (int i = 0; i < heads.length; i++) {
            cell(sheet, r, i, heads[i], styles.header);
        }
        r++;
        for (StaffColumn c : StaffColumn.values()) {
            cell(sheet, r, 0, org.apache.poi.ss.util.CellReference.convertNumToColString(c.ordinal()), styles.boxed);
            cell(sheet, r, 1, c.header(), styles.boxed);
            cell(sheet, r, 2, c.required() ? "Có" : "Không", styles.boxed);
            cell(sheet, r, 3, c.guide(), styles.boxed);
            r++;
        }
        r++;
        cell(sheet, r++, 0, "Dòng mẫu (chỉ để tham khảo, không nhập dòng này):", styles.bold);
        for (StaffColumn c : StaffColumn.values()) {
            cell(sheet, r, c.ordinal(), c.header(), styles.header);
            String sample = c == StaffColumn.UNIT_CODE && !units.isEmpty() ? officeCode(units) : c.sample();
            cell(sheet, r + 1, c.ordinal(), sample, styles.boxed);
        }
        r += 3;
        if (!units.isEmpty()) {
            cell(sheet, r++, 0, "Mã đơn vị của cơ quan:", styles.bold);
            cell(sheet, r, 0, "Mã đơn vị", styles.header);
            cell(sheet, r++, 1, "Tên đơn vị", styles.header);
            for (Unit u : units) {
                cell(sheet, r, 0, u.getCode(), styles.boxed);
                cell(sheet, r++, 1, u.getName() + (u.isActive() ? "" : " (ngừng hoạt động)"), styles.boxed);
            }
        }
        sheet.setColumnWidth(0, 14 * 256);
        sheet.setColumnWidth(1, 30 * 256);
        sheet.setColumnWidth(2, 14 * 256);
        sheet.setColumnWidth(3, 90 * 256);
        for (int i = 4; i < StaffColumn.values().length; i++) {
            sheet.setColumnWidth(i, width(StaffColumn.values()[i]));
        }
    }

    private static String officeCode(List<Unit> units) {
        return units.stream().filter(Unit::isOffice).findFirst().orElse(units.get(0)).getCode();
    }

    private static void cell(Sheet sheet, int row, int col, String value, CellStyle style) {
        Row r = sheet.getRow(row) != null ? sheet.getRow(row) : sheet.createRow(row);
        r.createCell(col).setCellValue(value);
        r.getCell(col).setCellStyle(style);
    }

    private static int width(StaffColumn c) {
        int chars = switch (c) {
            case FULL_NAME, PROFESSIONAL_TITLE, DEGREE, IT_LEVEL -> 26;
            case POSITION, FOREIGN_LANGUAGE, POLITICAL_THEORY, STATE_MANAGEMENT -> 18;
            default -> 13;
        };
        return chars * 256;
    }

    /** The few styles of the template, all in Times New Roman. */
    private static final class Styles {
        final CellStyle header;
        final CellStyle text;
        final CellStyle plain;
        final CellStyle boxed;
        final CellStyle bold;
        final CellStyle title;

        Styles(XSSFWorkbook wb) {
            // the workbook's default font is what every unstyled cell (and Excel's own input) uses
            XSSFFont base = wb.getFontAt(0);
            base.setFontName(FONT);
            base.setFontHeightInPoints((short) 12);
            XSSFFont boldFont = font(wb, true, 12);
            short textFormat = wb.createDataFormat().getFormat("@");

            text = wb.createCellStyle();
            text.setFont(base);
            text.setDataFormat(textFormat);

            plain = wb.createCellStyle();
            plain.setFont(base);

            bold = wb.createCellStyle();
            bold.setFont(boldFont);

            title = wb.createCellStyle();
            title.setFont(font(wb, true, 14));

            header = wb.createCellStyle();
            header.setFont(boldFont);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setWrapText(true);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            border(header);
            header.setDataFormat(textFormat);

            boxed = wb.createCellStyle();
            boxed.setFont(base);
            boxed.setWrapText(true);
            boxed.setVerticalAlignment(VerticalAlignment.TOP);
            boxed.setDataFormat(textFormat);
            border(boxed);
        }

        private static XSSFFont font(XSSFWorkbook wb, boolean bold, int points) {
            XSSFFont f = wb.createFont();
            f.setFontName(FONT);
            f.setBold(bold);
            f.setFontHeightInPoints((short) points);
            return f;
        }

        private static void border(CellStyle s) {
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
        }
    }
}
