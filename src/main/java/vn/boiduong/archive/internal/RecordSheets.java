package vn.boiduong.archive.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The class's records as the archive keeps them (danh sách học viên, bảng điểm danh, kết quả, tổng hợp
 * phiếu đánh giá): one plain workbook each, a title, the class and a table, Times New Roman. Text
 * from people is written as text cells, never as formulas.
 */
final class RecordSheets {

    private RecordSheets() {
    }

    /** A table: its heading lines above, the column names, the rows (String or Number cells). */
    record Table(String title, List<String> heading, List<String> columns, List<List<Object>> rows) {
    }

    static byte[] workbook(Table t) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Font font = wb.createFont();
            font.setFontName("Times New Roman");
            font.setFontHeightInPoints((short) 12);
            Font bold = wb.createFont();
            bold.setFontName("Times New Roman");
            bold.setFontHeightInPoints((short) 12);
            bold.setBold(true);
            CellStyle plain = wb.createCellStyle();
            plain.setFont(font);
            CellStyle head = wb.createCellStyle();
            head.setFont(bold);
            Sheet sheet = wb.createSheet("Hồ sơ");
            int r = 0;
            Row title = sheet.createRow(r++);
            title.createCell(0).setCellValue(t.title());
            title.getCell(0).setCellStyle(head);
            for (String line : t.heading()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(line);
                row.getCell(0).setCellStyle(plain);
            }
            r++;
            Row cols = sheet.createRow(r++);
            for (int c = 0; c < t.columns().size(); c++) {
                cols.createCell(c).setCellValue(t.columns().get(c));
                cols.getCell(c).setCellStyle(head);
            }
            for (List<Object> values : t.rows()) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    Object v = values.get(c);
                    var cell = row.createCell(c);
                    if (v instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else {
                        cell.setCellValue(v == null ? "" : v.toString());
                    }
                    cell.setCellStyle(plain);
                }
            }
            for (int c = 0; c < t.columns().size(); c++) {
                sheet.setColumnWidth(c, Math.min(60, Math.max(10, t.columns().get(c).length() + 4)) * 256);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
