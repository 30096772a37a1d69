package vn.boiduong.documents.internal;

import java.math.BigInteger;
import java.util.List;
import javax.xml.namespace.QName;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;
import vn.boiduong.documents.Cell;
import vn.boiduong.documents.Row;
import vn.boiduong.documents.Table;

/**
 * Writes a {@link Table} into a DOCX at a given place: fixed column widths, thin borders, the header
 * merged like the paper form (gridSpan across, vMerge down) and marked to repeat on every page, and
 * rows that do not split across pages. Built on the XML, as POI's table API assumes square tables.
 */
public final class DocxTableWriter {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final int TWIPS_PER_POINT = 20;
    private static final int PADDING = 2 * 108; // Word's default cell margins, left and right

    private final XWPFDocument doc;
    private final Table table;
    private final float size;
    private final int[] widths;

    public DocxTableWriter(XWPFDocument doc, Table table, int textWidthTwips) {
        this.doc = doc;
        this.table = table;
        this.size = PdfTableWriter.fontSizeFor(table);
        float[] points = ColumnWidths.fit(table, textWidthTwips / (float) TWIPS_PER_POINT, size,
                PADDING / (float) TWIPS_PER_POINT + 1);
        this.widths = new int[points.length];
        for (int i = 0; i < points.length; i++) {
            widths[i] = Math.round(points[i] * TWIPS_PER_POINT);
        }
    }

    /** Inserts the table just before the given paragraph. */
    public void insertBefore(XWPFParagraph anchor) {
        // On the XML: POI's insertNewTbl consults its element lists, which the template filling has
        // already made stale.
        XmlCursor cursor = anchor.getCTP().newCursor();
        CTTbl tbl;
        try {
            cursor.beginElement(new QName(W, "tbl"));
            cursor.toParent();
            tbl = (CTTbl) cursor.getObject();
        } finally {
            cursor.dispose();
        }
        tbl.addNewTblPr();
        tbl.addNewTblGrid();
        properties(tbl);
        header(tbl);
        for (Row row : table.rows()) {
            dataRow(tbl, row);
        }
    }

    private void properties(CTTbl tbl) {
        CTTblPr pr = tbl.getTblPr() != null ? tbl.getTblPr() : tbl.addNewTblPr();
        int total = 0;
        for (int w : widths) {
            total += w;
        }
        (pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW()).setW(BigInteger.valueOf(total));
        pr.getTblW().setType(STTblWidth.DXA);
        (pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
        if (pr.isSetTblBorders()) {
            pr.unsetTblBorders();
        }
        CTTblBorders b = pr.addNewTblBorders();
        for (CTBorder border : List.of(b.addNewTop(), b.addNewLeft(), b.addNewBottom(), b.addNewRight(),
                b.addNewInsideH(), b.addNewInsideV())) {
            border.setVal(STBorder.SINGLE);
            border.setSz(BigInteger.valueOf(4));
            border.setSpace(BigInteger.ZERO);
            border.setColor("000000");
        }
        CTTblGrid grid = tbl.getTblGrid() != null ? tbl.getTblGrid() : tbl.addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
    }

    private void header(CTTbl tbl) {
        HeaderGrid grid = HeaderGrid.of(table.columns());
        for (int r = 0; r < grid.depth(); r++) {
            CTRow tr = tbl.addNewTr();
            CTTrPr trPr = tr.addNewTrPr();
            trPr.addNewTblHeader(); // on (no value means on): repeat at the top of each page
            trPr.addNewCantSplit();
            final int row = r;
            // Each grid column is covered by exactly one spot on each header row; take them left to right.
            List<HeaderGrid.Spot> covering = grid.spots().stream()
                    .filter(s -> s.row() <= row && row <= s.lastRow())
                    .sorted(java.util.Comparator.comparingInt(HeaderGrid.Spot::col)).toList();
            for (HeaderGrid.Spot s : covering) {
                CTTc tc = cell(tr, s.col(), s.colSpan());
                tc.getTcPr().addNewVAlign().setVal(STVerticalJc.CENTER);
                if (s.rowSpan() > 1) {
                    tc.getTcPr().addNewVMerge().setVal(s.row() == row ? STMerge.RESTART : STMerge.CONTINUE);
                }
                text(tc, s.row() == row ? s.label() : "", true, false, ParagraphAlignment.CENTER);
            }
        }
    }

    private void dataRow(CTTbl tbl, Row row) {
        CTRow tr = tbl.addNewTr();
        tr.addNewTrPr().addNewCantSplit();
        boolean bold = row.style() == vn.boiduong.documents.RowStyle.TOTAL
                || row.style() == vn.boiduong.documents.RowStyle.GROUP;
        boolean italic = row.style() == vn.boiduong.documents.RowStyle.DETAIL;
        for (int c = 0; c < widths.length; c++) {
            Cell cell = row.cell(c);
            CTTc tc = cell(tr, c, 1);
            ParagraphAlignment align = cell instanceof Cell.Number ? ParagraphAlignment.RIGHT
                    : cell instanceof Cell.Date ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT;
            text(tc, CellText.of(cell), bold, italic, align);
        }
    }

    private CTTc cell(CTRow tr, int col, int span) {
        CTTc tc = tr.addNewTc();
        CTTcPr pr = tc.addNewTcPr();
        int w = 0;
        for (int i = col; i < col + span; i++) {
            w += widths[i];
        }
        pr.addNewTcW().setW(BigInteger.valueOf(w));
        pr.getTcW().setType(STTblWidth.DXA);
        if (span > 1) {
            pr.addNewGridSpan().setVal(BigInteger.valueOf(span));
        }
        return tc;
    }

    /** Every cell holds a paragraph (Word reports a damaged file otherwise), text or not. */
    private void text(CTTc tc, String text, boolean bold, boolean italic, ParagraphAlignment align) {
        XWPFParagraph p = new XWPFParagraph(tc.addNewP(), doc);
        p.setAlignment(align);
        p.setSpacingBefore(0);
        p.setSpacingAfter(0);
        p.setSpacingBetween(1.0);
        XWPFRun run = p.createRun();
        run.setFontFamily(DocxStyle.FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setItalic(italic);
        if (!text.isEmpty()) {
            run.setText(SerifFont.clean(text).replace('\n', ' '));
        }
    }
}
