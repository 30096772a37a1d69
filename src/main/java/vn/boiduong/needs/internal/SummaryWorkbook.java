package vn.boiduong.needs.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.boiduong.needs.NeedSummary;

/**
 * The B2 summary as a workbook laid out like a paper form: Times New Roman, a merged title row,
 * bold headers, numbers as numbers, money with "#,##0". Text typed by users is always a string
 * cell, and one that starts like a formula (= + - @) is also marked as quoted text, so that Excel
 * never turns it into a formula, not even when someone edits the cell.
 */
public final class SummaryWorkbook {

    static final String FONT = "Times New Roman";
    static final String[] HEADERS = {"STT", "Nội dung đào tạo, bồi dưỡng", "Loại", "Trình độ, hạng", "Số người",
            "Số đơn vị", "Đơn vị đề xuất", "Kinh phí dự kiến (đồng)", "Thời gian dự kiến", "Ghi chú"};
    static final int[] WIDTHS = {6, 45, 30, 16, 10, 10, 45, 20, 16, 24};

    private SummaryWorkbook() {
    }

    public static byte[] write(String agencyName, NeedSummary summary) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles st = new Styles(wb);
            Sheet sheet = wb.createSheet("Tổng hợp nhu cầu " + summary.year());
            int last = HEADERS.length - 1;
            for (int i = 0; i < WIDTHS.length; i++) {
                sheet.setColumnWidth(i, WIDTHS[i] * 256);
            }
            Row agency = sheet.createRow(0);
            text(agency, 0, agencyName == null ? "" : agencyName.toUpperCase(java.util.Locale.ROOT), st.boldLeft, st);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 3));
            Row title = sheet.createRow(1);
            title.setHeightInPoints(24);
            text(title, 0, "TỔNG HỢP NHU CẦU ĐÀO TẠO, BỒI DƯỠNG NĂM " + summary.year(), st.title, st);
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, last));
            Row sub = sheet.createRow(2);
            text(sub, 0, "(Các nhu cầu đã được Văn phòng tiếp nhận; đơn vị tính: người, đồng)", st.italicCenter, st);
            sheet.addMergedRegion(new CellRangeAddress(2, 2, 0, last));

            Row header = sheet.createRow(4);
            for (int i = 0; i < HEADERS.length; i++) {
                text(header, i, HEADERS[i], st.header, st);
            }
            int r = 5;
            int stt = 1;
            for (NeedSummary.Line l : summary.items()) {
                Row row = sheet.createRow(r++);
                number(row, 0, stt++, st.integer);
                text(row, 1, l.title(), st.text, st);
                text(row, 2, l.categoryLabel(), st.text, st);
                text(row, 3, l.levelLabel(), st.text, st);
                number(row, 4, l.headcount(), st.integer);
                number(row, 5, l.unitCount(), st.integer);
                text(row, 6, String.join("; ", l.unitNames()), st.text, st);
                number(row, 7, l.estimatedCost(), st.money);
                text(row, 8, l.quarterText(), st.text, st);
                text(row, 9, l.merged() ? "Gộp từ " + l.needs().size() + " nhu cầu" : "", st.text, st);
            }
            Row total = sheet.createRow(r);
            text(total, 0, "", st.boldText, st);
            text(total, 1, "Tổng cộng", st.boldText, st);
            for (int c = 2; c < HEADERS.length; c++) {
                text(total, c, "", st.boldText, st);
            }
            number(total, 4, summary.totalHeadcount(), st.boldInteger);
            number(total, 7, summary.totalEstimatedCost(), st.boldMoney);
            sheet.createFreezePane(0, 5);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a spreadsheet would read this text as a formula. */
    public static boolean looksLikeFormula(String s) {
        return s != null && !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0;
    }

    private static void text(Row row, int col, String value, CellStyle style, Styles st) {
        Cell c = row.createCell(col);
        String v = value == null ? "" : value;
        c.setCellValue(v);
        c.setCellStyle(looksLikeFormula(v) ? st.quoted(style) : style);
    }

    private static void number(Row row, int col, long value, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellValue((double) value);
        c.setCellStyle(style);
    }

    /** The few styles of the sheet, made once (a workbook holds a limited number). */
    private static final class Styles {
        final XSSFWorkbook wb;
        final CellStyle title;
        final CellStyle boldLeft;
        final CellStyle italicCenter;
        final CellStyle header;
        final CellStyle text;
        final CellStyle boldText;
        final CellStyle integer;
        final CellStyle boldInteger;
        final CellStyle money;
        final CellStyle boldMoney;
        private final java.util.Map<CellStyle, CellStyle> quoted = new java.util.HashMap<>();

        Styles(XSSFWorkbook wb) {
            this.wb = wb;
            wb.getFontAt(0).setFontName(FONT); // the workbook's default font, for empty cells too
            Font normal = font(false, false, 12);
            Font bold = font(true, false, 12);
            title = style(font(true, false, 14), HorizontalAlignment.CENTER, false);
            boldLeft = style(bold, HorizontalAlignment.LEFT, false);
            italicCenter = style(font(false, true, 12), HorizontalAlignment.CENTER, false);
            header = bordered(style(bold, HorizontalAlignment.CENTER, true));
            text = bordered(style(normal, HorizontalAlignment.LEFT, true));
            boldText = bordered(style(bold, HorizontalAlignment.LEFT, true));
            integer = bordered(style(normal, HorizontalAlignment.RIGHT, false));
            boldInteger = bordered(style(bold, HorizontalAlignment.RIGHT, false));
            short fmt = wb.createDataFormat().getFormat("#,##0");
            money = bordered(style(normal, HorizontalAlignment.RIGHT, false));
            money.setDataFormat(fmt);
            boldMoney = bordered(style(bold, HorizontalAlignment.RIGHT, false));
            boldMoney.setDataFormat(fmt);
        }

        CellStyle quoted(CellStyle base) {
            return quoted.computeIfAbsent(base, b -> {
                CellStyle q = wb.createCellStyle();
                q.cloneStyleFrom(b);
                q.setQuotePrefixed(true);
                return q;
            });
        }

        private Font font(boolean bold, boolean italic, int points) {
            Font f = wb.createFont();
            f.setFontName(FONT);
            f.setBold(bold);
            f.setItalic(italic);
            f.setFontHeightInPoints((short) points);
            return f;
        }

        private CellStyle style(Font font, HorizontalAlignment align, boolean wrap) {
            CellStyle s = wb.createCellStyle();
            s.setFont(font);
            s.setAlignment(align);
            s.setVerticalAlignment(VerticalAlignment.CENTER);
            s.setWrapText(wrap);
            return s;
        }

        private static CellStyle bordered(CellStyle s) {
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
            return s;
        }
    }
}
