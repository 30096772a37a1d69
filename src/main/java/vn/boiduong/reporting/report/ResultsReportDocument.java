package vn.boiduong.reporting.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.boiduong.common.web.PageHelpers;
import vn.boiduong.delivery.DeliveryFigures;
import vn.boiduong.documents.Annex;
import vn.boiduong.documents.Column;
import vn.boiduong.documents.DocumentNumber;
import vn.boiduong.documents.OfficialDocument;
import vn.boiduong.documents.Recipients;
import vn.boiduong.documents.Row;
import vn.boiduong.documents.Signature;
import vn.boiduong.documents.Table;
import vn.boiduong.organization.Agency;

/**
 * The Báo cáo kết quả công tác đào tạo, bồi dưỡng năm N of QT.VP.05, 5.2.6, in the Decree 30 layout
 * (kind BÁO CÁO, number "…/BC-<agency>"): the Office chief reports to the Director; the figures of the
 * year (classes, learners, budget, mandatory hours) in the body and per unit in the annex, then the
 * four narrative sections written on the page. Rendered once, at acknowledgement.
 */
@Component
class ResultsReportDocument {

    record Data(ResultsReport report, DeliveryFigures.YearFigures figures, Agency agency, DocumentNumber number,
            LocalDate date, String chiefName) {
    }

    OfficialDocument of(Data d) {
        ResultsReport r = d.report();
        DeliveryFigures.YearFigures f = d.figures();
        Agency agency = d.agency();
        String head = agency.getSignerTitle() == null || agency.getSignerTitle().isBlank() ? "GIÁM ĐỐC"
                : agency.getSignerTitle();
        var b = OfficialDocument.builder()
                .agencies(agency.getPrintedParentName(), agency.getPrintedName())
                .number(d.number())
                .placeAndDate(agency.getPlaceName(), d.date())
                .title("Báo cáo")
                .summary("Kết quả công tác đào tạo, bồi dưỡng cán bộ, công chức, viên chức và người lao động năm " + r.getYear());
        b.paragraph("Thực hiện Quy trình thực hiện đào tạo, bồi dưỡng (QT.VP.05) và kế hoạch đào tạo, bồi dưỡng năm "
                + r.getYear() + " đã được phê duyệt, Văn phòng báo cáo " + titleCase(head) + " kết quả thực hiện như sau:");
        b.paragraph("I. ĐÁNH GIÁ CHUNG");
        ResultsReportService.paragraphs(r.getGeneralAssessment()).forEach(b::paragraph);
        b.paragraph("II. KẾT QUẢ ĐẠT ĐƯỢC");
        b.paragraph("1. Số lớp trong năm: " + f.classes() + " lớp ("
                + String.join("; ", f.classesByStatus().stream().filter(s -> s.count() > 0)
                        .map(s -> s.label().toLowerCase() + ": " + s.count()).toList()) + ").");
        b.paragraph("2. Học viên: " + f.enrolled() + " lượt ghi danh, " + f.completed() + " lượt hoàn thành"
                + (f.enrolled() == 0 ? "." : " (" + percent(f.completed(), f.enrolled()) + ")."));
        b.paragraph("3. Kinh phí: phân bổ " + PageHelpers.vnd(f.allocated()) + ", đã chi " + PageHelpers.vnd(f.spent())
                + (f.allocated() == 0 ? "." : " (" + percent(f.spent(), f.allocated()) + ")."));
        b.paragraph("4. Thời gian bồi dưỡng bắt buộc: " + f.metHours() + "/" + f.staff()
                + " cán bộ, công chức, viên chức và người lao động đạt số giờ tối thiểu của năm"
                + (f.staff() == 0 ? "." : " (" + percent(f.metHours(), f.staff()) + ")."));
        b.paragraph("Chi tiết theo từng phòng, đơn vị tại Phụ lục kèm theo.");
        ResultsReportService.paragraphs(r.getAchievements()).forEach(b::paragraph);
        b.paragraph("III. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN");
        ResultsReportService.paragraphs(r.getShortcomings()).forEach(b::paragraph);
        b.paragraph("IV. ĐỀ XUẤT, KIẾN NGHỊ");
        ResultsReportService.paragraphs(r.getProposals()).forEach(b::paragraph);
        b.paragraph("Văn phòng kính báo cáo " + titleCase(head) + "./.");
        return b.signature(Signature.lines(d.chiefName(), "CHÁNH VĂN PHÒNG"))
                .recipients(Recipients.from(titleCase(head) + " (để báo cáo)", "VT, VP"))
                .annex(annex(r.getYear(), f, d.number()))
                .build();
    }

    private static Annex annex(int year, DeliveryFigures.YearFigures f, DocumentNumber number) {
        List<Row> rows = new ArrayList<>();
        int k = 1;
        for (DeliveryFigures.UnitFigures u : f.units()) {
            rows.add(Row.of(k++, u.unitName(), u.staff(), u.enrolled(), u.completed(), u.metHours(), u.allocated(),
                    u.spent()));
        }
        rows.add(Row.of("", "Tổng cộng", f.staff(), f.enrolled(), f.completed(), f.metHours(), f.allocated(), f.spent()));
        Table table = new Table(List.of(Column.of("STT", 4), Column.of("Phòng, đơn vị", 24), Column.of("Số người", 8),
                Column.of("Lượt ghi danh", 9), Column.of("Lượt hoàn thành", 9), Column.of("Đạt giờ bắt buộc", 9),
                Column.of("Kinh phí phân bổ (đồng)", 14), Column.of("Đã chi (đồng)", 14)), rows);
        return new Annex(List.of("PHỤ LỤC", "KẾT QUẢ ĐÀO TẠO, BỒI DƯỠNG NĂM " + year + " THEO PHÒNG, ĐƠN VỊ"),
                "(Kèm theo Báo cáo " + number.line().replace("Số: ", "số ") + ")", table, true);
    }

    static String percent(long part, long whole) {
        return whole == 0 ? "0%" : Math.round(part * 100.0 / whole) + "%";
    }

    private static String titleCase(String upper) {
        String s = upper.strip().toLowerCase(java.util.Locale.forLanguageTag("vi"));
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
