package vn.boiduong.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import vn.boiduong.documents.Cell;
import vn.boiduong.documents.Column;
import vn.boiduong.documents.FormFooter;
import vn.boiduong.documents.FormSheet;
import vn.boiduong.documents.Row;
import vn.boiduong.documents.RowStyle;
import vn.boiduong.documents.XlsxFormRenderer;

/** The shipped definitions of 2a, 2b, 2c drawn from facts and records, and what a definition may not say. */
class DefinedFormsTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    final DefinedForms forms = new DefinedForms();
    final DefinedForms.Heading heading = new DefinedForms.Heading("Sở Nội vụ tỉnh Bắc Giang", 2027);

    static FormDefinition shipped(String code) throws Exception {
        try (InputStream in = DefinedFormsTest.class.getResourceAsStream("/forms/" + code + ".json")) {
            return JSON.readValue(in, FormDefinition.class);
        }
    }

    static FormFact fact(String unit, String people, boolean leader, String category, String level, String funding,
            long heads, long budget) {
        return new FormFact(unit, "Phòng " + unit, people, leader, category, level, false, funding, heads, budget);
    }

    private static int column(FormSheet s, String label) {
        List<Column> leaves = s.table().leaves();
        for (int i = 0; i < leaves.size(); i++) {
            if (leaves.get(i).label().equals(label)) {
                return i;
            }
        }
        throw new AssertionError("no column " + label);
    }

    private static BigDecimal num(Row r, int c) {
        return ((Cell.Number) r.cell(c)).number();
    }

    /** Form 2a of two units (5 and 3 people; 4,580 thousand đồng of local money), read back by LibreOffice. */
    static FormSheet sample2a() throws Exception {
        return new DefinedForms().count(shipped("2a"), new DefinedForms.Heading("Sở Nội vụ tỉnh Bắc Giang", 2027),
                facts(), FormFooter.standard("Bắc Giang", java.time.LocalDate.of(2027, 1, 18), null, "Nguyễn Văn A"));
    }

    static List<FormFact> facts() {
        return List.of(
                fact("A", "CC", true, "STATE_MANAGEMENT", "SPECIALIST", "LOCAL", 1, 1_234_567),
                fact("A", "CC", false, "STATE_MANAGEMENT", "SPECIALIST", "LOCAL", 2, 2_345_678),
                fact("A", "CB", false, "POLITICAL_THEORY", "INTERMEDIATE", "CENTRAL", 2, 10_000_000),
                fact("B", "CC", false, "DIGITAL", null, "LOCAL", 3, 1_000_499),
                fact("C", "VC", false, "DIGITAL", null, "LOCAL", 9, 9_000_000));
    }

    /**
     * LibreOffice, a second reader besides POI, opens the workbook of the shipped 2a and reads the same
     * labels and numbers (a file it had to repair would not convert, or would lose them).
     */
    @Test
    void libreOfficeOpensTheWorkbookAndReadsItsNumbers() throws Exception {
        java.nio.file.Path office = vn.boiduong.support.External.requireLibreOffice();
        java.nio.file.Path xlsx = java.nio.file.Files.createTempDirectory("xlsx").resolve("bieu.xlsx");
        java.nio.file.Files.write(xlsx, new XlsxFormRenderer().render(sample2a()));
        // CSV in UTF-8 (character set 76), comma separated, text in double quotes
        java.nio.file.Path csv = vn.boiduong.support.External.convert(office, xlsx, "csv:Text - txt - csv (StarCalc):44,34,76");
        String text = java.nio.file.Files.readString(csv);
        assertThat(text).contains("KẾ HOẠCH ĐÀO TẠO, BỒI DƯỠNG CÁN BỘ, CÔNG CHỨC NĂM 2027", "Lý luận chính trị",
                "Trong đó: lãnh đạo, quản lý", "Tổng cộng", "Phòng A");
        String total = text.lines().filter(l -> l.contains("Tổng cộng")).findFirst().orElseThrow();
        assertThat(total.split(",")[2]).isEqualTo("8");
        assertThat(total).contains("4.58");
    }

    @Test
    void form2aHasABlockPerUnitSplitIntoCanBoCongChucAndLeadersAndTotalsThatAddUp() throws Exception {
        FormSheet s = forms.count(shipped("2a"), heading, facts(), null);

        assertThat(s.titleLines()).containsExactly("SỞ NỘI VỤ TỈNH BẮC GIANG",
                "KẾ HOẠCH ĐÀO TẠO, BỒI DƯỠNG CÁN BỘ, CÔNG CHỨC NĂM 2027");
        List<Row> rows = s.table().rows();
        int unit = column(s, "Đơn vị");
        int total = column(s, "Tổng số (lượt người)");
        int cv = column(s, "CV");
        int local = column(s, "Địa phương");
        // A (4 rows), B (4 rows), the agency (4 rows); C has only viên chức: not on 2a
        assertThat(rows).hasSize(12);
        assertThat(rows.stream().map(r -> r.cell(unit).value()).toList()).containsExactly(
                "Phòng A", "Cán bộ", "Công chức", "Trong đó: lãnh đạo, quản lý",
                "Phòng B", "Cán bộ", "Công chức", "Trong đó: lãnh đạo, quản lý",
                "Tổng cộng", "Cán bộ", "Công chức", "Trong đó: lãnh đạo, quản lý");
        assertThat(rows.get(1).style()).isEqualTo(RowStyle.DETAIL);
        assertThat(rows.get(8).style()).isEqualTo(RowStyle.TOTAL);
        assertThat(num(rows.get(0), total)).isEqualByComparingTo("5");
        assertThat(num(rows.get(1), total)).isEqualByComparingTo("2");
        assertThat(num(rows.get(2), total)).isEqualByComparingTo("3");
        assertThat(num(rows.get(3), total)).isEqualByComparingTo("1");
        assertThat(num(rows.get(0), cv)).isEqualByComparingTo("3");
        // millions, three decimals, each row rounded; the total is the sum of the printed rows
        assertThat(num(rows.get(0), local)).isEqualByComparingTo("3.580");
        assertThat(num(rows.get(4), local)).isEqualByComparingTo("1.000");
        assertThat(num(rows.get(8), local)).isEqualByComparingTo("4.580");
        for (int c = total; c < local; c++) {
            for (int k = 0; k < 4; k++) {
                assertThat(num(rows.get(8 + k), c)).as("column %d row %d", c, k)
                        .isEqualByComparingTo(num(rows.get(k), c).add(num(rows.get(4 + k), c)));
            }
        }
    }

    @Test
    void form2bCountsViênChứcAndWorkersOnly() throws Exception {
        FormSheet s = forms.count(shipped("2b"), heading, List.of(
                fact("A", "CC", false, "DIGITAL", null, "LOCAL", 4, 0),
                fact("C", "VC", false, "PROFESSIONAL_TITLE", "RANK_III", "OTHER", 7, 0),
                fact("C", "NLĐ", false, "DIGITAL", null, "OTHER", 2, 0)), null);
        List<Row> rows = s.table().rows();
        assertThat(rows).hasSize(8);
        assertThat(num(rows.get(0), column(s, "Tổng số (lượt người)"))).isEqualByComparingTo("9");
        assertThat(num(rows.get(1), column(s, "Hạng III"))).isEqualByComparingTo("7");
        assertThat(num(rows.get(2), column(s, "Tin học, kỹ năng số"))).isEqualByComparingTo("2");
    }

    @Test
    void form2cListsRecordsAndSumsTheColumnsMarkedSum() throws Exception {
        List<Map<String, Object>> records = new ArrayList<>();
        for (int i = 1; i <= 2; i++) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("title", "=HYPERLINK(\"x\") lớp " + i);
            r.put("headcount", 10 * i);
            r.put("budget", 1_000_000L * i);
            r.put("units", "Phòng A");
            records.add(r);
        }
        FormSheet s = forms.list(shipped("2c"), heading, records, null);
        List<Row> rows = s.table().rows();
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).cell(0).value()).isEqualTo(BigDecimal.ONE);
        assertThat(rows.get(1).cell(1).value()).isEqualTo("=HYPERLINK(\"x\") lớp 2");
        assertThat(rows.get(2).cell(1).value()).isEqualTo("Tổng cộng");
        assertThat(num(rows.get(2), column(s, "Số lượng"))).isEqualByComparingTo("30");
        assertThat(num(rows.get(2), column(s, "Kinh phí dự kiến (đồng)"))).isEqualByComparingTo("3000000");
        assertThat(rows.get(0).cell(column(s, "Giảng viên")).value()).isEqualTo("");
    }

    @Test
    void theShippedDefinitionsHaveNoProblems() throws Exception {
        for (String code : FormDefinitions.CODES) {
            assertThat(shipped(code).problems(shipped(code))).as(code).isEmpty();
        }
    }

    @Test
    void aDefinitionThatNamesWhatDoesNotExistIsRefusedInVietnamese() throws Exception {
        FormDefinition a = shipped("2a");
        FormDefinition.ColumnRule badCategory = new FormDefinition.ColumnRule("Sai", 9.0, null, null,
                FormDefinition.Measure.HEADCOUNT, "ASTROLOGY", null, null, null, null);
        FormDefinition.ColumnRule badLevel = new FormDefinition.ColumnRule("Sai cấp", 9.0, null, null,
                FormDefinition.Measure.HEADCOUNT, "DIGITAL", "ADVANCED", null, "ABROAD", null);
        FormDefinition.ColumnRule group = new FormDefinition.ColumnRule("Nhóm", null, List.of(badLevel), null,
                FormDefinition.Measure.BUDGET, null, null, null, null, null);
        FormDefinition broken = new FormDefinition("2a", FormDefinition.Kind.LIST, "Biểu/2a", null, List.of(),
                null, List.of("XX"), List.of(new FormDefinition.RowRule("", List.of("CC"), null)),
                List.of(badCategory, group));
        List<String> problems = broken.problems(a);
        assertThat(problems).anyMatch(p -> p.contains("Không được đổi loại biểu 2a"))
                .anyMatch(p -> p.contains("Tên trang tính"))
                .anyMatch(p -> p.contains("ít nhất một dòng tiêu đề"))
                .anyMatch(p -> p.contains("\"ASTROLOGY\" không có"))
                .anyMatch(p -> p.contains("trình độ \"ADVANCED\" không thuộc loại Tin học, kỹ năng số"))
                .anyMatch(p -> p.contains("nguồn kinh phí là CENTRAL, LOCAL hoặc OTHER"))
                .anyMatch(p -> p.contains("Nhóm cột \"Nhóm\" không có field hay measure"))
                .anyMatch(p -> p.contains("Đối tượng \"XX\" không có"))
                .anyMatch(p -> p.contains("Tên dòng không được để trống"));

        FormDefinition c = shipped("2c");
        FormDefinition unknownField = new FormDefinition("2c", FormDefinition.Kind.LIST, "Biểu 2c", null,
                List.of("DANH SÁCH"), null, null, null, List.of(new FormDefinition.ColumnRule("Mật khẩu", null, null,
                        "passwordHash", null, null, null, null, null, null)));
        assertThat(unknownField.problems(c)).singleElement().asString()
                .contains("trường \"passwordHash\" không có").contains("title");
    }

    @Test
    void theEditorsNoteOfADefinitionSavedBeforeIsNotPrintedOnTheForm() throws Exception {
        FormDefinition def = shipped("2a");
        assertThat(def.notes()).noneMatch(n -> n.contains("Mẫu mặc định"));
        List<String> oldNotes = new ArrayList<>(def.notes());
        oldNotes.add("Mẫu mặc định — có thể điều chỉnh");
        FormDefinition saved = new FormDefinition(def.code(), def.kind(), def.sheetName(), def.formCode(), def.title(),
                oldNotes, def.people(), def.rows(), def.columns());
        FormSheet s = forms.count(saved, heading, facts(), FormFooter.standard("Bắc Giang", null, "Trần Thị B", "C"));
        assertThat(s.notes()).isNotEmpty().noneMatch(n -> n.contains("Mẫu mặc định"));
        assertThat(s.footer().preparerName()).isEqualTo("Trần Thị B");
    }

    @Test
    void factsThatDifferOnlyInTheirFiguresAreMergedAndTheFormIsTheSameAsFromEveryFact() throws Exception {
        List<FormFact> many = new ArrayList<>();
        for (int k = 0; k < 500; k++) {
            many.add(fact(k % 2 == 0 ? "A" : "B", k % 3 == 0 ? "CB" : "CC", k % 5 == 0, "DIGITAL", null,
                    k % 4 == 0 ? "CENTRAL" : "LOCAL", 1, 1_000L * k));
        }
        List<FormFact> merged = DefinedForms.aggregate(many);
        assertThat(merged).hasSizeLessThanOrEqualTo(2 * 2 * 2 * 2);
        assertThat(merged.stream().mapToLong(FormFact::headcount).sum()).isEqualTo(500);
        assertThat(merged.stream().mapToLong(FormFact::budget).sum())
                .isEqualTo(many.stream().mapToLong(FormFact::budget).sum());
        for (String code : List.of("1a", "2a")) {
            FormSheet fromMany = forms.count(shipped(code), heading, many, null);
            FormSheet fromMerged = forms.count(shipped(code), heading, merged, null);
            assertThat(fromMerged.view().rows()).as(code).isEqualTo(fromMany.view().rows());
        }
        // the first unit met comes first, as before merging
        assertThat(merged.get(0).unitKey()).isEqualTo("A");
    }

    @Test
    void forms1aAnd1bAreShippedAsCountFormsOfTheSameShapeAs2aAnd2b() throws Exception {
        for (String[] pair : new String[][] {{"1a", "2a"}, {"1b", "2b"}}) {
            FormDefinition results = shipped(pair[0]);
            FormDefinition plan = shipped(pair[1]);
            assertThat(results.kind()).isEqualTo(FormDefinition.Kind.COUNT);
            assertThat(results.problems(plan)).isEmpty();
            assertThat(results.people()).isEqualTo(plan.people());
            assertThat(results.leaves().stream().map(FormDefinition.ColumnRule::measure).toList())
                    .isEqualTo(plan.leaves().stream().map(FormDefinition.ColumnRule::measure).toList());
            assertThat(String.join(" ", results.title())).contains("BÁO CÁO KẾT QUẢ ĐÀO TẠO, BỒI DƯỠNG");
        }
    }
}
