package vn.boiduong.organization.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of an uploaded .xlsx with POI's streaming (SAX) reader, never building the
 * whole workbook in memory, after checking that the file is what it claims: a zip (magic bytes), an
 * OOXML package whose main part is a spreadsheet (a .docx is a zip too), without a DOCTYPE in any
 * entry, and within the zip-bomb limits set here.
 */
final class StaffSheetReader {

    static final int MAX_ROWS = 100_000;
    /** A 100,000-row sheet is about 50 MB of XML; anything far bigger is not a staff list. */
    static final long MAX_ENTRY_BYTES = 100L * 1024 * 1024;
    /** Expanded ÷ compressed above 100 (after the first 100 KB) is refused: POI's default, kept explicit. */
    static final double MIN_INFLATE_RATIO = 0.01;

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static final Set<String> WORKBOOK_TYPES = Set.of(XSSFRelation.WORKBOOK.getContentType(),
            XSSFRelation.MACROS_WORKBOOK.getContentType(), XSSFRelation.TEMPLATE_WORKBOOK.getContentType(),
            XSSFRelation.MACRO_TEMPLATE_WORKBOOK.getContentType());
    private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";

    static {
        // process-wide POI settings: they guard every OOXML file this application reads
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        ZipSecureFile.setMaxFileCount(1000);
    }

    private StaffSheetReader() {
    }

    static List<SheetRow> read(Path file) throws WorkbookRefused {
        checkMagic(file);
        checkNoDoctype(file);
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (Exception | StackOverflowError e) {
            throw refusal(e, "import.file.corrupt");
        }
        try {
            checkIsWorkbook(pkg);
            return readFirstSheet(pkg);
        } finally {
            pkg.revert();
        }
    }

    private static void checkMagic(Path file) throws WorkbookRefused {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(4);
        } catch (IOException e) {
            throw new WorkbookRefused("import.file.corrupt", e);
        }
        if (head.length == 0) {
            throw new WorkbookRefused("import.file.empty");
        }
        if (java.util.Arrays.equals(head, OLE2)) {
            throw new WorkbookRefused("import.file.xls");
        }
        if (!java.util.Arrays.equals(head, ZIP)) {
            throw new WorkbookRefused("import.file.notXlsx");
        }
    }

    private static void checkIsWorkbook(OPCPackage pkg) throws WorkbookRefused {
        PackageRelationshipCollection core = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        if (core.isEmpty()) {
            boolean strict = !pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT).isEmpty();
            throw new WorkbookRefused(strict ? "import.file.strict" : "import.file.notWorkbook");
        }
        PackagePart main;
        try {
            main = pkg.getPart(core.getRelationship(0));
        } catch (RuntimeException e) {
            throw refusal(e, "import.file.corrupt");
        }
        if (main == null || !WORKBOOK_TYPES.contains(main.getContentType())) {
            throw new WorkbookRefused("import.file.notWorkbook");
        }
    }

    /**
     * Every entry of the zip, before POI parses any of them: content types, relationships and
     * document properties included.
     */
    private static void checkNoDoctype(Path file) throws WorkbookRefused {
        try (ZipSecureFile zip = new ZipSecureFile(file.toFile())) {
            for (ZipArchiveEntry entry : java.util.Collections.list(zip.getEntries())) {
                if (entry.isDirectory()) {
                    continue;
                }
                String name = entry.getName().toLowerCase(java.util.Locale.ROOT);
                boolean xml = name.endsWith(".xml") || name.endsWith(".rels");
                try (InputStream in = zip.getInputStream(entry)) {
                    XmlPrologCheck.Verdict v = XmlPrologCheck.check(in, xml);
                    if (v == XmlPrologCheck.Verdict.DOCTYPE) {
                        throw new WorkbookRefused("import.file.doctype");
                    }
                    if (v == XmlPrologCheck.Verdict.UNREADABLE) {
                        throw new WorkbookRefused("import.file.corrupt");
                    }
                }
            }
        } catch (WorkbookRefused e) {
            throw e;
        } catch (Exception e) {
            throw refusal(e, "import.file.corrupt");
        }
    }

    private static List<SheetRow> readFirstSheet(OPCPackage pkg) throws WorkbookRefused {
        RowCollector rows = new RowCollector(MAX_ROWS);
        try {
            XSSFReader reader = new XSSFReader(pkg);
            StylesTable styles = reader.getStylesTable();
            PlainSharedStrings strings = new PlainSharedStrings(new ReadOnlySharedStringsTable(pkg, false));
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            if (!sheets.hasNext()) {
                throw new WorkbookRefused("import.file.noSheet");
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setFeature(DISALLOW_DOCTYPE, true);
                xml.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, rows, new CellTextFormatter(),
                        false));
                xml.parse(new InputSource(sheet));
            }
        } catch (WorkbookRefused e) {
            throw e;
        } catch (Exception | StackOverflowError e) {
            throw refusal(e, "import.file.corrupt");
        }
        if (rows.rows().isEmpty()) {
            throw new WorkbookRefused("import.file.noRows");
        }
        return rows.rows();
    }

    /** Names what went wrong from anywhere in the cause chain: our stop, a zip bomb, a DOCTYPE, or else. */
    private static WorkbookRefused refusal(Throwable e, String fallbackKey) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof RowCollector.Stop stop) {
                return stop.reason;
            }
            String m = String.valueOf(t.getMessage());
            if (m.contains("Zip bomb") || m.contains("MAX_FILE_COUNT") || m.contains("MAX_ENTRY_SIZE")) {
                return new WorkbookRefused("import.file.zipBomb", e);
            }
            if (m.contains("DOCTYPE") || m.contains("entity expansion") || m.contains("JAXP0001")) {
                return new WorkbookRefused("import.file.doctype", e);
            }
            if (t instanceof org.xml.sax.SAXException sax && sax.getException() != null
                    && sax.getException() != t.getCause()) {
                return refusal(sax.getException(), fallbackKey);
            }
        }
        return new WorkbookRefused(fallbackKey, e);
    }
}
