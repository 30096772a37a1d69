package vn.boiduong.organization.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import vn.boiduong.fixtures.HostileFiles;
import vn.boiduong.fixtures.StaffWorkbooks;

/** The streaming reader on its own (no Spring): what it reads, and what it refuses, with which reason. */
class StaffSheetReaderTest {

    @TempDir
    Path dir;

    private List<SheetRow> read(byte[] bytes) throws IOException, WorkbookRefused {
        Path f = Files.write(dir.resolve("f" + System.nanoTime() + ".xlsx"), bytes);
        return StaffSheetReader.read(f);
    }

    private String refusal(byte[] bytes) {
        try {
            read(bytes);
        } catch (WorkbookRefused e) {
            return e.key();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        throw new AssertionError("the file was accepted");
    }

    @Test
    void readsTextAndRealDatesAndSkipsBlankRows() throws Exception {
        List<Object> withDate = StaffWorkbooks.validRow(2, "VP", "A1");
        withDate.set(StaffWorkbooks.BIRTH, LocalDate.of(1984, 2, 29));
        List<Object> withText = StaffWorkbooks.validRow(3, "VP", "A2");
        withText.set(StaffWorkbooks.BIRTH, "05/11/1990");
        withText.set(StaffWorkbooks.NAME, "  Nguyễn\u00A0Văn  Bình ");
        List<Object> blank = new ArrayList<>(java.util.Collections.nCopies(17, null));
        List<SheetRow> rows = read(StaffWorkbooks.workbook(List.of(withDate, blank, withText)));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).rowNo()).isEqualTo(2);
        assertThat(rows.get(0).get(StaffColumn.BIRTH_DATE)).isEqualTo("29/02/1984");
        assertThat(rows.get(1).rowNo()).isEqualTo(4);
        assertThat(rows.get(1).get(StaffColumn.BIRTH_DATE)).isEqualTo("05/11/1990");
        assertThat(rows.get(1).get(StaffColumn.FULL_NAME)).isEqualTo("Nguyễn Văn  Bình");
        assertThat(rows.get(1).get(StaffColumn.CODE)).isEqualTo("A2");
    }

    @Test
    void decomposedVietnameseIsComposed() throws Exception {
        List<Object> row = StaffWorkbooks.validRow(1, "VP", "NFD1");
        row.set(StaffWorkbooks.GENDER, java.text.Normalizer.normalize("Nữ", java.text.Normalizer.Form.NFD));
        List<SheetRow> rows = read(StaffWorkbooks.workbook(List.of(row)));
        assertThat(rows.get(0).get(StaffColumn.GENDER)).isEqualTo("Nữ");
    }

    @Test
    void headersMatchWithoutDiacriticsInAnyOrderAndSttIsIgnored() throws Exception {
        List<String> headers = new ArrayList<>(List.of("STT", "Ho va ten", "Mã cán bộ (*)", "Mã đơn vị", "Loại",
                "Giới tính", "Ngày sinh"));
        List<SheetRow> rows = read(StaffWorkbooks.workbook(headers, List.of(List.of("1", "Lê Văn Tám", "LT1", "VP",
                "NLĐ", "Nam", "01/01/1990"))));
        assertThat(rows.get(0).get(StaffColumn.CODE)).isEqualTo("LT1");
        assertThat(rows.get(0).get(StaffColumn.FULL_NAME)).isEqualTo("Lê Văn Tám");
        assertThat(rows.get(0).get(StaffColumn.POSITION)).isNull();
    }

    @Test
    void refusesWhatIsNotAnXlsxWorkbook() {
        assertThat(refusal(new byte[0])).isEqualTo("import.file.empty");
        assertThat(refusal(HostileFiles.text())).isEqualTo("import.file.notXlsx");
        assertThat(refusal(HostileFiles.xls())).isEqualTo("import.file.xls");
        assertThat(refusal(HostileFiles.docx())).isEqualTo("import.file.notWorkbook");
        assertThat(refusal(HostileFiles.plainZip())).isEqualTo("import.file.corrupt");
    }

    @Test
    void refusesHostileWorkbooks() {
        assertThat(refusal(HostileFiles.zipBomb(50))).isEqualTo("import.file.zipBomb");
        assertThat(refusal(HostileFiles.externalEntity())).isEqualTo("import.file.doctype");
        assertThat(refusal(HostileFiles.billionLaughs())).isEqualTo("import.file.doctype");
    }

    @Test
    void refusesWrongHeadersAndEmptySheets() {
        assertThat(refusal(StaffWorkbooks.workbook(List.of()))).isEqualTo("import.file.noRows");
        assertThat(refusal(StaffWorkbooks.workbook(List.of("Tên", "Tuổi"), List.of(List.of("A", "1")))))
                .isEqualTo("import.file.noHeader");
        assertThat(refusal(StaffWorkbooks.workbook(StaffWorkbooks.HEADERS.subList(0, 5), List.of(List.of("A")))))
                .isEqualTo("import.file.missingColumns");
        List<String> extra = new ArrayList<>(StaffWorkbooks.HEADERS);
        extra.add("Quê quán");
        assertThat(refusal(StaffWorkbooks.workbook(extra, List.of(List.of("A"))))).isEqualTo(
                "import.file.unknownColumns");
    }

    @Test
    void stopsAfterTheRowLimit() {
        assertThat(refusal(StaffWorkbooks.codesOnly(StaffSheetReader.MAX_ROWS + 1, "X")))
                .isEqualTo("import.file.tooManyRows");
    }

    /**
     * Beyond our own DOCTYPE refusal, POI's XML reader is hardened too: fed the XXE sheet directly, it
     * refuses the DOCTYPE and never puts the content of /etc/passwd into a cell.
     */
    @Test
    void poisOwnReaderDoesNotResolveExternalEntities() throws Exception {
        byte[] sheet;
        try (var zip = new java.util.zip.ZipInputStream(new ByteArrayInputStream(HostileFiles.externalEntity()))) {
            java.util.zip.ZipEntry e;
            while ((e = zip.getNextEntry()) != null && !e.getName().equals(HostileFiles.SHEET)) {
                // skip to the sheet
            }
            sheet = zip.readAllBytes();
        }
        List<String> cells = new ArrayList<>();
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setContentHandler(new XSSFSheetXMLHandler(null, null, new XSSFSheetXMLHandler.SheetContentsHandler() {
            public void startRow(int r) {
            }

            public void endRow(int r) {
            }

            public void cell(String ref, String value, XSSFComment c) {
                cells.add(value);
            }
        }, false));
        // POI's reader refuses any DOCTYPE outright (disallow-doctype-decl), so no entity is ever expanded
        assertThatThrownBy(() -> xml.parse(new InputSource(new ByteArrayInputStream(sheet))))
                .isInstanceOf(org.xml.sax.SAXException.class).hasMessageContaining("DOCTYPE")
                .hasMessageNotContaining("root:");
        assertThat(String.join("|", cells)).doesNotContain("root:");
    }

    @Test
    void everyTextShownAtOnceHasAnEnglishTranslation() throws Exception {
        var vi = new java.util.Properties();
        var en = new java.util.Properties();
        try (var r = getClass().getResourceAsStream("/i18n/import.properties")) {
            vi.load(new java.io.InputStreamReader(r, java.nio.charset.StandardCharsets.UTF_8));
        }
        try (var r = getClass().getResourceAsStream("/i18n/import_en.properties")) {
            en.load(new java.io.InputStreamReader(r, java.nio.charset.StandardCharsets.UTF_8));
        }
        // what is stored (row reasons, results, audit) stays Vietnamese; everything shown at once is translated
        List<String> stored = List.of("import.row.", "import.audit.", "import.result.", "import.failed.");
        for (String key : vi.stringPropertyNames()) {
            if (stored.stream().noneMatch(key::startsWith)) {
                assertThat(en).as(key).containsKey(key);
            }
        }
    }
}
