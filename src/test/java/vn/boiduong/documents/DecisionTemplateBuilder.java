package vn.boiduong.documents;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import vn.boiduong.documents.internal.DocxStyle;
import vn.boiduong.documents.internal.SerifFont;

/**
 * Builds src/main/resources/documents/decision-template.docx once, in the layout of Decree 30. The
 * committed file is the source of truth afterwards (a user may restyle it in Word); run this again
 * only to start over: {@code java -cp … vn.boiduong.documents.DecisionTemplateBuilder <out.docx>}.
 */
public final class DecisionTemplateBuilder {

    static final int LEFT_COLUMN = DocxStyle.twips(70);
    static final int TEXT_WIDTH = DocxStyle.A4_WIDTH - DocxStyle.MARGIN_LEFT - DocxStyle.MARGIN_RIGHT;

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "src/main/resources/documents/decision-template.docx");
        Files.createDirectories(out.getParent());
        try (XWPFDocument doc = build(); OutputStream os = Files.newOutputStream(out)) {
            doc.write(os);
        }
        System.out.println("wrote " + out);
    }

    static XWPFDocument build() {
        XWPFDocument doc = new XWPFDocument();
        defaults(doc);
        CTSectPr page = doc.getDocument().getBody().addNewSectPr();
        pageSetup(page, false);
        pageNumbers(doc, page);

        XWPFTable header = table(doc, LEFT_COLUMN, TEXT_WIDTH - LEFT_COLUMN, 2);
        XWPFTableCell agency = header.getRow(0).getCell(0);
        XWPFTableCell nation = header.getRow(0).getCell(1);
        centred(agency.getParagraphs().get(0), "{{parentAgency}}", 13, false, false);
        centred(agency.addParagraph(), "{{issuingAgency}}", 13, true, false);
        rule(agency.addParagraph(), "{{rule:issuingAgency}}", 0);
        centred(nation.getParagraphs().get(0), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, true, false);
        centred(nation.addParagraph(), "Độc lập - Tự do - Hạnh phúc", 13, true, false);
        // The motto's rule is as long as the motto (Decree 30), which never changes: fixed here.
        int motto = Math.round(SerifFont.BOLD.width("Độc lập - Tự do - Hạnh phúc", 13) * 20);
        rule(nation.addParagraph(), "", (TEXT_WIDTH - LEFT_COLUMN - 216 - motto) / 2);
        // A second row keeps the number and the date on one line whatever the agency's name wraps to.
        XWPFTableCell number = header.getRow(1).getCell(0);
        XWPFTableCell date = header.getRow(1).getCell(1);
        centred(number.getParagraphs().get(0), "Số: {{number}}", 13, false, false).setSpacingBefore(120);
        centred(date.getParagraphs().get(0), "{{placeAndDate}}", 13, false, true).setSpacingBefore(120);

        centred(doc.createParagraph(), "{{title}}", 14, true, false).setSpacingBefore(360);
        centred(doc.createParagraph(), "{{summary}}", 14, true, false);
        rule(doc.createParagraph(), "{{rule:summary}}", 0);
        XWPFParagraph issuer = centred(doc.createParagraph(), "{{issuer}}", 14, true, false);
        issuer.setSpacingBefore(240);
        issuer.setSpacingAfter(120);
        body(doc.createParagraph(), "{{legalBasis}}", false, true);
        XWPFParagraph enacting = centred(doc.createParagraph(), "{{enactingLine}}", 14, true, false);
        enacting.setSpacingBefore(240);
        enacting.setSpacingAfter(120);
        body(doc.createParagraph(), "{{paragraph}}", false, false);
        XWPFParagraph article = body(doc.createParagraph(), "{{articleLabel}}", true, false);
        run(article, " {{articleText}}", 14, false, false);
        body(doc.createParagraph(), "{{articleParagraph}}", false, false);

        XWPFTable sign = table(doc, DocxStyle.twips(80), TEXT_WIDTH - DocxStyle.twips(80), 1);
        XWPFParagraph to = sign.getRow(0).getCell(0).getParagraphs().get(0);
        to.setSpacingBefore(240);
        run(to, "Nơi nhận:", 12, true, true);
        XWPFParagraph recipient = sign.getRow(0).getCell(0).addParagraph();
        run(recipient, "{{recipient}}", 11, false, false);
        XWPFTableCell signer = sign.getRow(0).getCell(1);
        centred(signer.getParagraphs().get(0), "{{signatureTitle}}", 14, true, false).setSpacingBefore(240);
        // Room for the signature and the seal: about 25 mm.
        centred(signer.addParagraph(), "{{signerName}}", 14, true, false).setSpacingBefore(1420);

        // The main section ends here; the annex is a section of its own, in landscape.
        XWPFParagraph end = doc.createParagraph();
        end.getCTP().addNewPPr().setSectPr((CTSectPr) page.copy());
        pageSetup(page, true);
        page.unsetTitlePg();

        centred(doc.createParagraph(), "{{annexTitle}}", 14, true, false);
        centred(doc.createParagraph(), "{{annexNote}}", 14, false, true);
        XWPFParagraph table = doc.createParagraph();
        table.setSpacingBefore(120);
        run(table, "{{annexTable}}", 12, false, false);
        return doc;
    }

    /** Times New Roman 14 pt and Vietnamese spelling for everything not set otherwise. */
    private static void defaults(XWPFDocument doc) {
        CTStyles styles = CTStyles.Factory.newInstance();
        CTDocDefaults defaults = styles.addNewDocDefaults();
        CTRPr rpr = defaults.addNewRPrDefault().addNewRPr();
        var fonts = rpr.addNewRFonts();
        fonts.setAscii(DocxStyle.FONT);
        fonts.setHAnsi(DocxStyle.FONT);
        fonts.setCs(DocxStyle.FONT);
        fonts.setEastAsia(DocxStyle.FONT);
        rpr.addNewSz().setVal(BigInteger.valueOf(28));
        rpr.addNewSzCs().setVal(BigInteger.valueOf(28));
        rpr.addNewLang().setVal("vi-VN");
        defaults.addNewPPrDefault().addNewPPr().addNewSpacing().setAfter(BigInteger.ZERO);
        doc.createStyles().setStyles(styles);
    }

    private static void pageSetup(CTSectPr s, boolean landscape) {
        CTPageSz size = s.isSetPgSz() ? s.getPgSz() : s.addNewPgSz();
        size.setW(BigInteger.valueOf(landscape ? DocxStyle.A4_HEIGHT : DocxStyle.A4_WIDTH));
        size.setH(BigInteger.valueOf(landscape ? DocxStyle.A4_WIDTH : DocxStyle.A4_HEIGHT));
        size.setOrient(landscape ? STPageOrientation.LANDSCAPE : STPageOrientation.PORTRAIT);
        CTPageMar m = s.isSetPgMar() ? s.getPgMar() : s.addNewPgMar();
        m.setTop(BigInteger.valueOf(DocxStyle.MARGIN_TOP));
        m.setBottom(BigInteger.valueOf(DocxStyle.MARGIN_BOTTOM));
        m.setLeft(BigInteger.valueOf(DocxStyle.MARGIN_LEFT));
        m.setRight(BigInteger.valueOf(DocxStyle.MARGIN_RIGHT));
        m.setHeader(BigInteger.valueOf(567));
        m.setFooter(BigInteger.valueOf(567));
        m.setGutter(BigInteger.ZERO);
    }

    /** The page number centred at the top from page 2 (Decree 30): an empty first-page header. */
    private static void pageNumbers(XWPFDocument doc, CTSectPr page) {
        doc.createHeader(HeaderFooterType.FIRST);
        XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph p = header.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        CTSimpleField field = p.getCTP().addNewFldSimple();
        field.setInstr("PAGE");
        XWPFRun number = new XWPFRun(field.addNewR(), p);
        number.setFontFamily(DocxStyle.FONT);
        number.setFontSize(13);
        number.setText("2");
        if (!page.isSetTitlePg()) {
            page.addNewTitlePg();
        }
    }

    private static XWPFTable table(XWPFDocument doc, int left, int right, int rows) {
        XWPFTable t = doc.createTable(rows, 2);
        t.removeBorders();
        var pr = t.getCTTbl().getTblPr();
        (pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
        (pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW()).setW(BigInteger.valueOf(left + right));
        pr.getTblW().setType(STTblWidth.DXA);
        var grid = t.getCTTbl().getTblGrid() != null ? t.getCTTbl().getTblGrid() : t.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        grid.addNewGridCol().setW(BigInteger.valueOf(left));
        grid.addNewGridCol().setW(BigInteger.valueOf(right));
        for (var row : t.getRows()) {
            row.getCell(0).setWidth(Integer.toString(left));
            row.getCell(0).setWidthType(org.apache.poi.xwpf.usermodel.TableWidthType.DXA);
            row.getCell(1).setWidth(Integer.toString(right));
            row.getCell(1).setWidthType(org.apache.poi.xwpf.usermodel.TableWidthType.DXA);
        }
        return t;
    }

    private static XWPFParagraph centred(XWPFParagraph p, String text, int size, boolean bold, boolean italic) {
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(0);
        run(p, text, size, bold, italic);
        return p;
    }

    /** A body paragraph: justified, first line indented 1.27 cm, 6 pt before, single spacing. */
    private static XWPFParagraph body(XWPFParagraph p, String text, boolean bold, boolean italic) {
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setIndentationFirstLine(DocxStyle.INDENT);
        p.setSpacingBefore(120);
        p.setSpacingAfter(0);
        p.setSpacingBetween(1.0);
        run(p, text, 14, bold, italic);
        return p;
    }

    /**
     * A short rule: an empty paragraph only 3 pt high whose bottom border is the line, made short by
     * equal indents ({{rule:x}} lets the renderer size them to the text; else they are fixed here).
     */
    private static void rule(XWPFParagraph p, String placeholder, int indent) {
        p.setBorderBottom(Borders.SINGLE);
        var border = p.getCTP().getPPr().getPBdr().getBottom();
        border.setSz(BigInteger.valueOf(6)); // eighths of a point: 0.75 pt
        border.setSpace(BigInteger.ZERO);
        border.setColor("000000");
        p.setSpacingBetween(3, LineSpacingRule.EXACT);
        p.setSpacingAfter(0);
        p.setIndentationLeft(indent);
        p.setIndentationRight(indent);
        run(p, placeholder, 1, false, false);
    }

    static XWPFRun run(XWPFParagraph p, String text, int size, boolean bold, boolean italic) {
        XWPFRun r = p.createRun();
        r.setFontFamily(DocxStyle.FONT);
        r.setFontSize(size);
        r.setBold(bold);
        r.setItalic(italic);
        r.setText(text);
        return r;
    }

    private DecisionTemplateBuilder() {
    }
}
