package vn.boiduong.documents.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.IBody;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;

/**
 * Fills "{{name}}" placeholders in a DOCX whose layout (fonts, sizes, spacing, rules, margins) a
 * user can edit in Word. A paragraph keeps the formatting of the run where its placeholder starts,
 * even when Word has split the placeholder over several runs while it was edited. A paragraph can
 * also serve as the prototype of a list: it is copied once per item, then removed.
 *
 * <p>Works on the XML directly, so copies and removals never leave POI's lists and the file out of step.
 */
public final class DocxTemplate {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([\\w:.-]+)\\s*}}");

    private final XWPFDocument doc;

    public DocxTemplate(XWPFDocument doc) {
        this.doc = doc;
    }

    public XWPFDocument document() {
        return doc;
    }

    /** Every paragraph in the body and its tables (nested too), in document order, with its placeholders. */
    public Map<XWPFParagraph, List<String>> placeholders() {
        Map<XWPFParagraph, List<String>> out = new LinkedHashMap<>();
        for (XWPFParagraph p : paragraphs(doc)) {
            List<String> names = names(p.getText());
            if (!names.isEmpty()) {
                out.put(p, names);
            }
        }
        return out;
    }

    public static List<String> names(String text) {
        List<String> names = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text == null ? "" : text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** All paragraphs of a body, descending into table cells. */
    public static List<XWPFParagraph> paragraphs(IBody body) {
        List<XWPFParagraph> out = new ArrayList<>();
        body.getBodyElements().forEach(e -> {
            if (e instanceof XWPFParagraph p) {
                out.add(p);
            } else if (e instanceof XWPFTable t) {
                for (XWPFTableRow row : t.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        out.addAll(paragraphs(cell));
                    }
                }
            }
        });
        return out;
    }

    /** Replaces each placeholder by its value; "\n" in a value becomes a line break. */
    public static void fill(XWPFParagraph p, Function<String, String> values) {
        List<XWPFRun> runs = p.getRuns();
        int from = 0;
        while (true) {
            StringBuilder all = new StringBuilder();
            int[] starts = new int[runs.size() + 1];
            for (int i = 0; i < runs.size(); i++) {
                starts[i] = all.length();
                all.append(text(runs.get(i)));
            }
            starts[runs.size()] = all.length();
            Matcher m = PLACEHOLDER.matcher(all);
            if (!m.find(from)) {
                return;
            }
            String value = values.apply(m.group(1));
            value = value == null ? "" : value;
            int first = runAt(starts, m.start());
            int last = runAt(starts, m.end() - 1);
            String prefix = text(runs.get(first)).substring(0, m.start() - starts[first]);
            String suffix = text(runs.get(last)).substring(m.end() - starts[last]);
            if (first == last) {
                setText(runs.get(first), prefix + value + suffix);
            } else {
                setText(runs.get(first), prefix + value);
                for (int i = first + 1; i < last; i++) {
                    setText(runs.get(i), "");
                }
                setText(runs.get(last), suffix);
            }
            from = m.start() + value.length();
        }
    }

    /** A copy of the prototype placed just before it, to fill in. */
    public static XWPFParagraph copyBefore(XWPFParagraph prototype) {
        return copy(prototype, prototype);
    }

    /** A copy of the prototype placed just before {@code anchor} (in the same body), to fill in. */
    public static XWPFParagraph copy(XWPFParagraph prototype, XWPFParagraph anchor) {
        XmlCursor source = prototype.getCTP().newCursor();
        XmlCursor target = anchor.getCTP().newCursor();
        try {
            source.copyXml(target);
            target.toPrevSibling();
            return new XWPFParagraph((CTP) target.getObject(), anchor.getBody());
        } finally {
            source.dispose();
            target.dispose();
        }
    }

    public static void remove(XWPFParagraph p) {
        XmlCursor c = p.getCTP().newCursor();
        c.removeXml();
        c.dispose();
    }

    /** The text of a run, line breaks as "\n". */
    public static String text(XWPFRun run) {
        StringBuilder sb = new StringBuilder();
        XmlCursor c = run.getCTR().newCursor();
        try {
            if (c.toFirstChild()) {
                do {
                    String name = c.getName().getLocalPart();
                    if (name.equals("t")) {
                        sb.append(c.getTextValue());
                    } else if (name.equals("br") || name.equals("cr")) {
                        sb.append('\n');
                    } else if (name.equals("tab")) {
                        sb.append('\t');
                    }
                } while (c.toNextSibling());
            }
        } finally {
            c.dispose();
        }
        return sb.toString();
    }

    /** Sets a run's text, keeping its formatting; "\n" becomes a line break. */
    public static void setText(XWPFRun run, String text) {
        CTR r = run.getCTR();
        while (r.sizeOfTArray() > 0) {
            r.removeT(0);
        }
        while (r.sizeOfBrArray() > 0) {
            r.removeBr(0);
        }
        while (r.sizeOfTabArray() > 0) {
            r.removeTab(0);
        }
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                r.addNewBr();
            }
            if (!lines[i].isEmpty() || lines.length == 1) {
                org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText t = r.addNewT();
                t.setStringValue(lines[i]);
                t.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
            }
        }
    }

    private static int runAt(int[] starts, int offset) {
        for (int i = 0; i < starts.length - 1; i++) {
            if (offset < starts[i + 1]) {
                return i;
            }
        }
        return starts.length - 2;
    }
}
