package vn.boiduong.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.springframework.stereotype.Component;
import vn.boiduong.documents.internal.DocxTableWriter;
import vn.boiduong.documents.internal.DocxTemplate;
import vn.boiduong.documents.internal.SerifFont;
import vn.boiduong.documents.internal.TextLayout;

/**
 * Writes an {@link OfficialDocument} as DOCX by filling a template, so the layout (fonts, sizes,
 * spacing, the header table, margins) is a Word file a user can adjust, not Java code. The default
 * template, {@code /documents/decision-template.docx}, follows Decree 30; an agency may bring its
 * own with the same placeholders ({@link #missingPlaceholders}).
 *
 * <p>Placeholders are names between double braces in the template, e.g. {{title}}. Scalars: parentAgency,
 * issuingAgency, number, placeAndDate, title, summary, issuer, enactingLine, signerName, annexNote;
 * a paragraph holding only an empty scalar is dropped. Lists, the paragraph copied once per item:
 * legalBasis, paragraph, articleLabel with articleText, articleParagraph, recipient, signatureTitle,
 * annexTitle. A paragraph marked rule:issuingAgency or rule:summary is the short rule under that text
 * (its bottom border), sized to 40 % of the text's widest line (Decree 30: a third to a half).
 * annexTable is where the annex table goes, after the section break that starts the annex's
 * (landscape) pages.
 */
@Component
public class DocxRenderer {

    public static final String DEFAULT_TEMPLATE = "/documents/decision-template.docx";
    /** Without these a template cannot print a decision. */
    public static final List<String> REQUIRED = List.of("issuingAgency", "number", "placeAndDate", "title",
            "summary", "legalBasis", "articleLabel", "articleText", "signatureTitle", "signerName", "recipient",
            "annexTitle", "annexTable");
    private static final float RULE_SHARE = 0.4f;
    private static final int CELL_PADDING = 2 * 108;

    private final byte[] template;

    public DocxRenderer() {
        this(defaultTemplate());
    }

    /** With an agency's own template (a .docx with the placeholders). */
    public DocxRenderer(byte[] template) {
        this.template = template.clone();
    }

    public static byte[] defaultTemplate() {
        try (InputStream in = DocxRenderer.class.getResourceAsStream(DEFAULT_TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException("template missing from the classpath: " + DEFAULT_TEMPLATE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The required placeholders a template lacks: empty when it can be used. */
    public static List<String> missingPlaceholders(byte[] template) {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(template))) {
            Set<String> found = new LinkedHashSet<>();
            new DocxTemplate(doc).placeholders().values().forEach(found::addAll);
            return REQUIRED.stream().filter(n -> !found.contains(n)).toList();
        } catch (IOException | RuntimeException e) {
            return REQUIRED; // not a readable .docx at all
        }
    }

    public byte[] render(OfficialDocument document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        render(document, out);
        return out.toByteArray();
    }

    public void render(OfficialDocument d, OutputStream out) {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(template))) {
            new Filling(doc, d).run();
            doc.getProperties().getCoreProperties().setTitle(d.title() + " " + d.summary());
            doc.getProperties().getCoreProperties().setCreator(d.issuingAgency().replace('\n', ' '));
            doc.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the DOCX", e);
        }
    }

    /** One rendering: the document's values put into one copy of the template. */
    private static final class Filling {
        private final XWPFDocument doc;
        private final OfficialDocument d;
        private final Map<String, String> scalars = new HashMap<>();
        /** Size and weight of the text each rule underlines, read from the template before filling. */
        private final Map<String, float[]> measures = new HashMap<>();

        Filling(XWPFDocument doc, OfficialDocument d) {
            this.doc = doc;
            this.d = d;
            scalars.put("parentAgency", d.parentAgency());
            scalars.put("issuingAgency", d.issuingAgency());
            scalars.put("number", d.number().text());
            scalars.put("placeAndDate", d.placeAndDateLine());
            scalars.put("title", d.title());
            scalars.put("summary", d.summary());
            scalars.put("issuer", d.issuer());
            scalars.put("enactingLine", d.enactingLine());
            scalars.put("signerName", d.signature().signerName());
            scalars.put("annexNote", d.annex() == null ? null : d.annex().note());
        }

        void run() {
            Map<XWPFParagraph, List<String>> all = new DocxTemplate(doc).placeholders();
            all.forEach((p, names) -> names.forEach(n -> {
                if (scalars.containsKey(n) && !p.getRuns().isEmpty()) {
                    XWPFRun r = runWith(p, n);
                    Double size = r.getFontSizeAsDouble();
                    measures.put(n, new float[] {size == null ? 14 : size.floatValue(), r.isBold() ? 1 : 0,
                            containerWidth(p)});
                }
            }));
            XWPFParagraph articleHeading = null;
            XWPFParagraph articleParagraph = null;
            XWPFParagraph annexTable = null;
            for (Map.Entry<XWPFParagraph, List<String>> e : all.entrySet()) {
                XWPFParagraph p = e.getKey();
                List<String> names = e.getValue();
                String first = names.get(0);
                if (first.startsWith("rule:")) {
                    rule(p, first.substring(5));
                } else if (names.contains("articleText") || names.contains("articleLabel")) {
                    articleHeading = p;
                } else if (first.equals("articleParagraph")) {
                    articleParagraph = p;
                } else if (first.equals("annexTable")) {
                    annexTable = p;
                } else if (first.equals("legalBasis")) {
                    list(p, first, d.legalBases());
                } else if (first.equals("paragraph")) {
                    list(p, first, d.paragraphs());
                } else if (first.equals("recipient")) {
                    list(p, first, d.recipients());
                } else if (first.equals("signatureTitle")) {
                    list(p, first, d.signature().titleLines());
                } else if (first.equals("annexTitle")) {
                    list(p, first, d.annex() == null ? List.of() : d.annex().titleLines());
                } else {
                    scalars(p, names);
                }
            }
            articles(articleHeading, articleParagraph);
            annex(annexTable);
        }

        private void scalars(XWPFParagraph p, List<String> names) {
            boolean allEmpty = names.stream().allMatch(n -> blank(scalars.get(n)));
            String rest = p.getText().replaceAll("\\{\\{[^}]*}}", "").strip();
            if (allEmpty && rest.isEmpty()) {
                DocxTemplate.remove(p);
            } else {
                DocxTemplate.fill(p, n -> SerifFont.clean(scalars.getOrDefault(n, "")));
            }
        }

        private void list(XWPFParagraph prototype, String name, List<String> items) {
            for (String item : items) {
                DocxTemplate.fill(DocxTemplate.copyBefore(prototype), n -> n.equals(name) ? SerifFont.clean(item) : "");
            }
            DocxTemplate.remove(prototype);
        }

        private void articles(XWPFParagraph heading, XWPFParagraph more) {
            if (heading == null) {
                return;
            }
            int n = 1;
            for (Article a : d.articles()) {
                String label = Article.label(n++);
                DocxTemplate.fill(DocxTemplate.copyBefore(heading),
                        k -> k.equals("articleLabel") ? label : k.equals("articleText") ? SerifFont.clean(a.text()) : "");
                for (String p : a.paragraphs()) {
                    XWPFParagraph copy = DocxTemplate.copy(more != null ? more : heading, heading);
                    DocxTemplate.fill(copy, k -> k.equals("articleParagraph") || k.equals("articleText")
                            ? SerifFont.clean(p) : "");
                }
            }
            DocxTemplate.remove(heading);
            if (more != null) {
                DocxTemplate.remove(more);
            }
        }

        /** Sizes the rule under a text to a share of the text's widest line, centred under it. */
        private void rule(XWPFParagraph p, String of) {
            String text = scalars.get(of);
            float[] m = measures.get(of);
            if (blank(text) || m == null) {
                DocxTemplate.remove(p);
                return;
            }
            SerifFont font = m[1] > 0 ? SerifFont.BOLD : SerifFont.REGULAR;
            float containerPoints = m[2] / 20f;
            float widest = TextLayout.widest(TextLayout.wrap(
                    List.of(new vn.boiduong.documents.internal.Span(text, font)), m[0], containerPoints, 0));
            int rule = Math.round(widest * RULE_SHARE * 20);
            int container = Math.round(containerWidth(p));
            int indent = Math.max(0, (container - rule) / 2);
            p.setIndentationLeft(indent);
            p.setIndentationRight(indent);
            DocxTemplate.fill(p, n -> "");
        }

        private void annex(XWPFParagraph anchor) {
            CTP sectionBreak = sectionBreak();
            CTSectPr body = doc.getDocument().getBody().getSectPr();
            Annex annex = d.annex();
            if (annex == null) {
                if (anchor != null) {
                    DocxTemplate.remove(anchor);
                }
                if (sectionBreak != null && body != null) {
                    // The document ends with the main section: its settings become the last ones.
                    doc.getDocument().getBody().setSectPr(sectionBreak.getPPr().getSectPr());
                    sectionBreak.getPPr().unsetSectPr();
                }
                return;
            }
            if (anchor == null) {
                return;
            }
            if (body != null && body.getPgSz() != null) {
                orient(body.getPgSz(), annex.landscape());
            }
            new DocxTableWriter(doc, annex.table(), textWidth(body)).insertBefore(anchor);
            // The placeholder's paragraph stays, empty: Word wants a paragraph after a closing table.
            DocxTemplate.fill(anchor, n -> "");
        }

        /** The paragraph ending the main section, read from the XML (POI's lists go stale as we edit). */
        private CTP sectionBreak() {
            for (CTP p : doc.getDocument().getBody().getPList()) {
                if (p.getPPr() != null && p.getPPr().getSectPr() != null) {
                    return p;
                }
            }
            return null;
        }

        private static void orient(CTPageSz size, boolean landscape) {
            long w = ((BigInteger) size.getW()).longValue();
            long h = ((BigInteger) size.getH()).longValue();
            if ((w > h) != landscape) {
                size.setW(BigInteger.valueOf(h));
                size.setH(BigInteger.valueOf(w));
            }
            size.setOrient(landscape ? STPageOrientation.LANDSCAPE : STPageOrientation.PORTRAIT);
        }

        /** Twips between the margins of a section. */
        private static int textWidth(CTSectPr s) {
            if (s == null || s.getPgSz() == null || s.getPgMar() == null) {
                return vn.boiduong.documents.internal.DocxStyle.A4_WIDTH - vn.boiduong.documents.internal.DocxStyle.MARGIN_LEFT
                        - vn.boiduong.documents.internal.DocxStyle.MARGIN_RIGHT;
            }
            long w = ((BigInteger) s.getPgSz().getW()).longValue();
            long left = ((BigInteger) s.getPgMar().getLeft()).longValue();
            long right = ((BigInteger) s.getPgMar().getRight()).longValue();
            return (int) (w - left - right);
        }

        /** Twips a paragraph's text can use: its cell's width, or the main section's text width. */
        private float containerWidth(XWPFParagraph p) {
            if (p.getBody() instanceof XWPFTableCell cell && cell.getWidth() > 0) {
                return cell.getWidth() - CELL_PADDING;
            }
            CTP br = sectionBreak();
            return textWidth(br != null ? br.getPPr().getSectPr() : doc.getDocument().getBody().getSectPr());
        }

        private static XWPFRun runWith(XWPFParagraph p, String name) {
            for (XWPFRun r : p.getRuns()) {
                if (DocxTemplate.text(r).contains("{{")) {
                    return r;
                }
            }
            return p.getRuns().get(0);
        }

        private static boolean blank(String s) {
            return s == null || s.isBlank();
        }
    }

}
