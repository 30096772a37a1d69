package vn.boiduong.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.boiduong.documents.internal.HeaderGrid;
import vn.boiduong.documents.internal.NumberText;
import vn.boiduong.documents.internal.SerifFont;

class OfficialDocumentTest {

    @Test
    void numbersHaveALeadingZeroUnderTen() {
        assertThat(DocumentNumber.of(5, 2027, DocumentKind.DECISION, "SNV").line()).isEqualTo("Số: 05/QĐ-SNV");
        assertThat(DocumentNumber.of(15, 2027, DocumentKind.DECISION, "SNV").line()).isEqualTo("Số: 15/QĐ-SNV");
        assertThat(DocumentNumber.of(123, 2027, DocumentKind.PLAN, "SNV").text()).isEqualTo("123/KH-SNV");
        assertThat(DocumentNumber.of(1, 2027, DocumentKind.SUBMISSION, "VP").text()).isEqualTo("01/TTr-VP");
        assertThat(DocumentNumber.of(9, 2027, DocumentKind.REPORT, "SNV").text()).isEqualTo("09/BC-SNV");
        assertThat(DocumentNumber.of(9, 2027, DocumentKind.NOTICE, "SNV").text()).isEqualTo("09/TB-SNV");
        assertThatThrownBy(() -> DocumentNumber.of(0, 2027, DocumentKind.DECISION, "SNV"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void datesHaveLeadingZerosForDaysUnderTenAndForJanuaryAndFebruaryOnly() {
        assertThat(VietnameseDates.placeAndDate("Bắc Giang", LocalDate.of(2027, 2, 5)))
                .isEqualTo("Bắc Giang, ngày 05 tháng 02 năm 2027");
        assertThat(VietnameseDates.placeAndDate("Bắc Giang", LocalDate.of(2027, 1, 15)))
                .isEqualTo("Bắc Giang, ngày 15 tháng 01 năm 2027");
        assertThat(VietnameseDates.placeAndDate("Bắc Giang", LocalDate.of(2027, 3, 9)))
                .isEqualTo("Bắc Giang, ngày 09 tháng 3 năm 2027");
        assertThat(VietnameseDates.placeAndDate("Bắc Giang", LocalDate.of(2027, 12, 31)))
                .isEqualTo("Bắc Giang, ngày 31 tháng 12 năm 2027");
        assertThat(VietnameseDates.placeAndDate("Bắc Giang", null, 2027)).isEqualTo("Bắc Giang, ngày      tháng      năm 2027");
    }

    @Test
    void recipientsFromSettingsEndWithTheFilingLine() {
        assertThat(Recipients.from("Như Điều 3;\n- Giám đốc Sở (để b/c)\n\n  Lưu: VT, TCCB.  "))
                .containsExactly("- Như Điều 3;", "- Giám đốc Sở (để b/c);", "- Lưu: VT, TCCB.");
        assertThat(Recipients.from(null)).containsExactly("- Lưu: VT, VP.");
        assertThat(Recipients.from("UBND tỉnh", "VT")).containsExactly("- UBND tỉnh;", "- Lưu: VT.");
    }

    @Test
    void aDeputySignsForTheHead() {
        assertThat(Signature.deputy("Giám đốc", "Phó Giám đốc", "Vũ Mạnh Hùng").titleLines())
                .containsExactly("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC");
        assertThat(Signature.head("Giám đốc", "Vũ Mạnh Hùng").titleLines()).containsExactly("GIÁM ĐỐC");
    }

    @Test
    void namesPrintInUpperCaseAndTheTitleFollowsTheKind() {
        OfficialDocument d = OfficialDocument.builder().agencies("Ủy ban nhân dân tỉnh Bắc Giang", "Sở Nội vụ")
                .number(DocumentNumber.of(3, 2027, DocumentKind.PLAN, "SNV")).placeAndDate("Bắc Giang", LocalDate.of(2027, 1, 2))
                .signature(Signature.head("Giám đốc", "Vũ Mạnh Hùng")).build();
        assertThat(d.parentAgency()).isEqualTo("ỦY BAN NHÂN DÂN TỈNH BẮC GIANG");
        assertThat(d.issuingAgency()).isEqualTo("SỞ NỘI VỤ");
        assertThat(d.title()).isEqualTo("KẾ HOẠCH");
        assertThat(d.placeAndDateLine()).isEqualTo("Bắc Giang, ngày 02 tháng 01 năm 2027");
    }

    @Test
    void aTotalRowSumsItsRowsColumnByColumn() {
        List<Row> rows = List.of(Row.of(1, "A", 3, new BigDecimal("1.5"), null, "x"),
                Row.of(2, "B", 4, new BigDecimal("2.25"), 7, "y"));
        Row total = Row.totalOf(rows, "", "Tổng cộng");
        assertThat(total.style()).isEqualTo(RowStyle.TOTAL);
        assertThat(total.cells()).containsExactly(Cell.text(""), Cell.text("Tổng cộng"), Cell.number(7),
                Cell.number(new BigDecimal("3.75")), Cell.number(7), Cell.EMPTY);
    }

    @Test
    void headerGridMergesGroupsAcrossAndLeavesDown() {
        HeaderGrid grid = HeaderGrid.of(SampleForms.columns());
        assertThat(grid.depth()).isEqualTo(3);
        assertThat(grid.width()).isEqualTo(13);
        assertThat(grid.spots()).contains(new HeaderGrid.Spot("STT", 0, 0, 3, 1),
                new HeaderGrid.Spot("Kinh phí (triệu đồng)", 0, 9, 1, 3),
                new HeaderGrid.Spot("Ngân sách nhà nước", 1, 9, 1, 2),
                new HeaderGrid.Spot("Nguồn khác", 1, 11, 2, 1),
                new HeaderGrid.Spot("Trung ương", 2, 9, 1, 1));
    }

    @Test
    void numbersPrintTheVietnameseWay() {
        assertThat(NumberText.format(new BigDecimal("1250000"))).isEqualTo("1.250.000");
        assertThat(NumberText.format(new BigDecimal("12.50"))).isEqualTo("12,5");
        assertThat(NumberText.decimals(new BigDecimal("12.50"))).isEqualTo(1);
    }

    @Test
    void textIsComposedBeforeItIsDrawn() {
        String decomposed = "Vie\u0302\u0323t Nam"; // "ệ" typed as e + circumflex + dot below
        assertThat(SerifFont.clean(decomposed)).isEqualTo("Việt Nam");
        assertThat(SerifFont.clean("a\tb\u0007c\uD83D\uDE00")).isEqualTo("a bc?");
    }
}
