package vn.boiduong.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;
import vn.boiduong.documents.internal.ColumnWidths;
import vn.boiduong.documents.internal.HeaderGrid;
import vn.boiduong.documents.internal.NumberText;

/**
 * Writes forms ({@link FormSheet}) as XLSX like the paper form: title, merged header cells, borders,
 * Times New Roman; numbers as numeric cells and dates as date cells (never text); totals as the
 * values the caller computed; text as text, even when it begins with "=", "+", "-" or "@" (it is
 * also marked quote-prefixed, so editing the cell in Excel keeps it text). Frozen under the header,
 * printed A4 landscape one page wide with the header repeated. Thread-safe; one workbook per call.
 */
@Component
public class XlsxFormRenderer {

    static final String FONT = "Times New Roman";
    private static final short SIZE = 12;
    private static final float LINE_POINTS = 15.75f;

    public byte[] render(FormSheet form) {
        return render(List.of(form));
    }

    /** One workbook, one sheet per form (2a, 2b and 2c together, say). */
    public byte[] render(List<FormSheet> forms) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        render(forms, out);
        return out.toByteArray();
    }

    public void render(List<FormSheet> forms, OutputStream out) {
        // Streaming: rows go to the file as they are made instead of into an XML object tree, which
        // makes a 2,000-row form several times faster. Rows are only ever written in order here.
        SXSSFWorkbook wb = new SXSSFWorkbook(200);
        try (wb) {
            // The workbook's default font is every empty cell's font: make it the form's.
            Font base = wb.getFontAt(0);
            base.setFontName(FONT);
            base.setFontHeightInPoints(SIZE);
            Styles styles = new Styles(wb);
            for (FormSheet form : forms) {
                new SheetWriter(wb, styles, form).write();
            }
            wb.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the XLSX", e);
        } finally {
            wb.dispose(); // its temporary files
        }
    }

    private static final class SheetWriter {
        private final Sheet sheet;
        private final Styles styles;
        private final FormSheet form;
        private final int width;
        private final double[] chars;
        private int r;

        SheetWriter(Workbook wb, Styles styles, FormSheet form) {
            this.sheet = wb.createSheet(uniqueName(wb, form.sheetName()));
            this.styles = styles;
            this.form = form;
            this.width = form.table().leaves().size();
            this.chars = ColumnWidths.of(form.table());
        }

        void write() {
            for (int c = 0; c < width; c++) {
                // Excel's unit is a 1/256 of a character of the default font; Times New Roman 12 is a
                // little wider than the width estimate assumes.
                sheet.setColumnWidth(c, (int) Math.min(255 * 256, Math.round(chars[c] * 1.15 * 256)));
            }
            if (form.formCode() != null && !form.formCode().isBlank()) {
                org.apache.poi.ss.usermodel.Row row = sheet.createRow(r++);
                put(row, width - 1, form.formCode(), styles.get("code"));
            }
            for (String t : form.titleLines()) {
                line(t, "title");
            }
            for (String n : form.notes()) {
                line(n, "note");
            }
            r++;
            int headerStart = r;
            header();
            int firstData = r;
            for (Row row : form.table().rows()) {
                dataRow(row);
            }
            if (form.footer() != null) {
                footer(form.footer());
            }
            sheet.createFreezePane(0, firstData);
            sheet.setRepeatingRows(new CellRangeAddress(headerStart, firstData - 1, -1, -1));
            PrintSetup print = sheet.getPrintSetup();
            print.setPaperSize(PrintSetup.A4_PAPERSIZE);
            print.setLandscape(true);
            print.setFitWidth((short) 1);
            print.setFitHeight((short) 0);
            sheet.setFitToPage(true);
            sheet.setAutobreaks(true);
            sheet.setMargin(org.apache.poi.ss.usermodel.Sheet.LeftMargin, 0.6);
            sheet.setMargin(org.apache.poi.ss.usermodel.Sheet.RightMargin, 0.4);
            sheet.setMargin(org.apache.poi.ss.usermodel.Sheet.TopMargin, 0.6);
            sheet.setMargin(org.apache.poi.ss.usermodel.Sheet.BottomMargin, 0.6);
        }

        /** A line over the whole width of the table, merged. */
        private void line(String text, String style) {
            org.apache.poi.ss.usermodel.Row row = sheet.createRow(r);
            put(row, 0, text, styles.get(style));
            if (width > 1) {
                sheet.addMergedRegion(new CellRangeAddress(r, r, 0, width - 1));
            }
            r++;
        }

        private void header() {
            HeaderGrid grid = HeaderGrid.of(form.table().columns());
            CellStyle style = styles.get("header");
            float[] heights = new float[grid.depth()];
            java.util.Arrays.fill(heights, LINE_POINTS + 4);
            org.apache.poi.ss.usermodel.Row[] rows = new org.apache.poi.ss.usermodel.Row[grid.depth()];
            for (int i = 0; i < rows.length; i++) {
                rows[i] = sheet.createRow(r + i);
                // Every cell of a merged block carries the borders, or Excel draws gaps in them.
                for (int c = 0; c < width; c++) {
                    rows[i].createCell(c).setCellStyle(style);
                }
            }
            for (HeaderGrid.Spot s : grid.spots()) {
                rows[s.row()].getCell(s.col()).setCellValue(s.label());
                if (s.rowSpan() > 1 || s.colSpan() > 1) {
                    sheet.addMergedRegion(new CellRangeAddress(r + s.row(), r + s.lastRow(), s.col(), s.lastCol()));
                }
                double room = 0;
                for (int c = s.col(); c <= s.lastCol(); c++) {
                    room += chars[c];
                }
                float need = lines(s.label(), room) * LINE_POINTS + 4;
                float have = 0;
                for (int i = s.row(); i <= s.lastRow(); i++) {
                    have += heights[i];
                }
                if (need > have) {
                    heights[s.lastRow()] += need - have;
                }
            }
            for (int i = 0; i < rows.length; i++) {
                rows[i].setHeightInPoints(heights[i]);
            }
            r += grid.depth();
            if (form.columnNumbers()) {
                org.apache.poi.ss.usermodel.Row row = sheet.createRow(r++);
                for (int c = 0; c < width; c++) {
                    put(row, c, "(" + (c + 1) + ")", styles.get("number-row"));
                }
            }
        }

        private void dataRow(Row data) {
            org.apache.poi.ss.usermodel.Row row = sheet.createRow(r++);
            String kind = data.style().name();
            int lines = 1;
            for (int c = 0; c < width; c++) {
                Cell cell = data.cell(c);
                org.apache.poi.ss.usermodel.Cell x = row.createCell(c);
                if (cell instanceof Cell.Number n) {
                    x.setCellValue(n.number().doubleValue());
                    x.setCellStyle(styles.get(kind + "-n" + NumberText.decimals(n.number())));
                } else if (cell instanceof Cell.Date d) {
                    x.setCellValue(d.date());
                    x.setCellStyle(styles.get(kind + "-date"));
                } else if (cell instanceof Cell.Text t) {
                    // setCellValue(String) never makes a formula; the quote prefix also keeps Excel
                    // from turning "=…" into one when someone edits the cell.
                    x.setCellValue(t.text());
                    x.setCellStyle(styles.get(kind + (looksLikeFormula(t.text()) ? "-quoted" : "-text")));
                    lines = Math.max(lines, lines(t.text(), chars[c]));
                } else {
                    x.setCellStyle(styles.get(kind + "-text"));
                }
            }
            if (lines > 1) {
                // Excel does not fit the height of wrapped rows on opening; LibreOffice does.
                row.setHeightInPoints(lines * LINE_POINTS + 2);
            }
        }

        private void footer(FormFooter f) {
            r++;
            int half = Math.max(1, width / 2);
            boolean split = width >= 2;
            String[][] left = {{"", "sign-date"}, {f.preparerTitle(), "sign-title"}, {"(Ký, ghi rõ họ tên)", "sign-note"}};
            String[][] right = {{f.placeAndDateLine(), "sign-date"}, {f.headTitle(), "sign-title"},
                    {"(Ký tên, đóng dấu)", "sign-note"}};
            for (int i = 0; i < left.length; i++) {
                org.apache.poi.ss.usermodel.Row row = sheet.createRow(r);
                if (split) {
                    block(row, 0, half - 1, left[i][0], left[i][1]);
                    block(row, half, width - 1, right[i][0], right[i][1]);
                } else {
                    put(row, 0, (left[i][0] + " " + right[i][0]).strip(), styles.get(right[i][1]));
                }
                r++;
            }
            r += 3;
            org.apache.poi.ss.usermodel.Row names = sheet.createRow(r++);
            if (split) {
                block(names, 0, half - 1, f.preparerName(), "sign-name");
                block(names, half, width - 1, f.headName(), "sign-name");
            } else {
                put(names, 0, f.headName(), styles.get("sign-name"));
            }
        }

        private void block(org.apache.poi.ss.usermodel.Row row, int from, int to, String text, String style) {
            put(row, from, text, styles.get(style));
            if (to > from) {
                sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), from, to));
            }
        }

        private static void put(org.apache.poi.ss.usermodel.Row row, int c, String text, CellStyle style) {
            org.apache.poi.ss.usermodel.Cell cell = row.createCell(c);
            cell.setCellValue(text);
            cell.setCellStyle(style);
        }

        private static int lines(String text, double chars) {
            if (chars <= 0) {
                return 1;
            }
            return Math.max(1, (int) Math.ceil(text.length() / Math.max(1, chars - 1)));
        }

        private static String uniqueName(Workbook wb, String wanted) {
            String name = WorkbookUtil.createSafeSheetName(wanted);
            String candidate = name;
            for (int i = 2; wb.getSheet(candidate) != null; i++) {
                String suffix = " (" + i + ")";
                candidate = name.substring(0, Math.min(name.length(), 31 - suffix.length())) + suffix;
            }
            return candidate;
        }
    }

    /** Text a spreadsheet would take for a formula if it were typed in. */
    static boolean looksLikeFormula(String text) {
        return !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0;
    }

    /** The workbook's styles, made once each: a workbook holds at most 64,000. */
    private static final class Styles {
        private final Workbook wb;
        private final Map<String, CellStyle> cache = new HashMap<>();
        private final Map<String, Font> fonts = new HashMap<>();

        Styles(Workbook wb) {
            this.wb = wb;
        }

        CellStyle get(String name) {
            return cache.computeIfAbsent(name, this::make);
        }

        private CellStyle make(String name) {
            CellStyle s = wb.createCellStyle();
            s.setVerticalAlignment(VerticalAlignment.CENTER);
            switch (name) {
                case "code" -> {
                    s.setFont(font(true, true, SIZE));
                    s.setAlignment(HorizontalAlignment.RIGHT);
                }
                case "title" -> {
                    s.setFont(font(true, false, (short) 13));
                    s.setAlignment(HorizontalAlignment.CENTER);
                }
                case "note", "sign-date", "sign-note" -> {
                    s.setFont(font(false, true, SIZE));
                    s.setAlignment(HorizontalAlignment.CENTER);
                }
                case "sign-title", "sign-name" -> {
                    s.setFont(font(true, false, SIZE));
                    s.setAlignment(HorizontalAlignment.CENTER);
                }
                case "header" -> {
                    s.setFont(font(true, false, SIZE));
                    s.setAlignment(HorizontalAlignment.CENTER);
                    s.setWrapText(true);
                    borders(s);
                }
                case "number-row" -> {
                    s.setFont(font(false, true, (short) 11));
                    s.setAlignment(HorizontalAlignment.CENTER);
                    borders(s);
                }
                default -> body(s, name);
            }
            return s;
        }

        /** Body cells: "TOTAL-n2" is a total with two decimals, "DETAIL-quoted" italic quoted text. */
        private void body(CellStyle s, String name) {
            RowStyle row = RowStyle.valueOf(name.substring(0, name.indexOf('-')));
            String kind = name.substring(name.indexOf('-') + 1);
            boolean bold = row == RowStyle.TOTAL || row == RowStyle.GROUP;
            s.setFont(font(bold, row == RowStyle.DETAIL, SIZE));
            borders(s);
            if (kind.startsWith("n")) {
                int decimals = Integer.parseInt(kind.substring(1));
                s.setDataFormat(wb.createDataFormat().getFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals)));
                s.setAlignment(HorizontalAlignment.RIGHT);
            } else if (kind.equals("date")) {
                s.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
                s.setAlignment(HorizontalAlignment.CENTER);
            } else {
                s.setWrapText(true);
                s.setAlignment(HorizontalAlignment.LEFT);
                s.setQuotePrefixed(kind.equals("quoted"));
            }
        }

        private Font font(boolean bold, boolean italic, short size) {
            return fonts.computeIfAbsent(bold + "/" + italic + "/" + size, k -> {
                Font f = wb.createFont();
                f.setFontName(FONT);
                f.setFontHeightInPoints(size);
                f.setBold(bold);
                f.setItalic(italic);
                return f;
            });
        }

        private static void borders(CellStyle s) {
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
        }
    }
}
