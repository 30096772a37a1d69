package vn.boiduong.delivery.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.boiduong.common.web.PageHelpers;
import vn.boiduong.delivery.BudgetService;
import vn.boiduong.documents.Annex;
import vn.boiduong.documents.Column;
import vn.boiduong.documents.DocumentKind;
import vn.boiduong.documents.DocumentNumber;
import vn.boiduong.documents.OfficialDocument;
import vn.boiduong.documents.Recipients;
import vn.boiduong.documents.Row;
import vn.boiduong.documents.Signature;
import vn.boiduong.documents.Table;
import vn.boiduong.organization.Agency;

/**
 * The Thông báo of QT.VP.05, 5.2.5, in the Decree 30 layout: the approved plan is carried out, each
 * class with its dates, place, institution and learners, and the budget allocated to each class and
 * unit (the annex's table). The Office chief signs it on the head's behalf (TL.).
 */
@Component
public class AnnouncementDocument {

    public OfficialDocument of(BudgetService.AnnouncementData d) {
        BudgetService.AllocationView a = d.allocation();
        Agency agency = d.agency();
        String planName = "Kế hoạch đào tạo, bồi dưỡng cán bộ, công chức, viên chức và người lao động năm " + a.year();
        DocumentNumber number = DocumentNumber.of(d.sequence(), a.announcement().date().getYear(), DocumentKind.NOTICE,
                agency.getCode());
        String head = agency.getSignerTitle() == null || agency.getSignerTitle().isBlank() ? "GIÁM ĐỐC"
                : agency.getSignerTitle();
        var b = OfficialDocument.builder()
                .agencies(agency.getPrintedParentName(), agency.getPrintedName())
                .number(number)
                .placeAndDate(agency.getPlaceName(), a.announcement().date())
                .title("Thông báo")
                .summary("Triển khai " + planName + " và phân bổ kinh phí")
                .paragraph("Thực hiện Quyết định số " + nz(a.decisionNumber())
                        + (a.decisionDate() == null ? "" : " ngày " + PageHelpers.DATE.format(a.decisionDate()))
                        + " của " + titleCase(head) + " " + agency.getName() + " phê duyệt " + planName + ", Văn phòng thông báo"
                        + " đến các phòng, đơn vị và cơ sở đào tạo việc triển khai các lớp đào tạo, bồi dưỡng và phân bổ kinh"
                        + " phí như sau:");
        int k = 1;
        for (BudgetService.ClassAllocation c : a.classes()) {
            b.paragraph(k++ + ". " + c.title() + ": từ ngày " + PageHelpers.DATE.format(c.startDate()) + " đến ngày "
                    + PageHelpers.DATE.format(c.endDate()) + (c.location() == null ? "" : ", tại " + c.location())
                    + (c.institution() == null ? "" : "; cơ sở đào tạo: " + c.institution()) + "; số học viên: "
                    + c.headcount() + " người; kinh phí phân bổ: " + PageHelpers.vnd(c.allocated()) + ".");
        }
        b.paragraph("Tổng kinh phí phân bổ: " + PageHelpers.vnd(a.allocatedTotal()) + " (chi tiết tại Phụ lục kèm theo)."
                + " Các phòng, đơn vị cử học viên theo đúng đối tượng, số lượng; cơ sở đào tạo phối hợp với Văn phòng tổ"
                + " chức lớp học; kinh phí được sử dụng, thanh toán theo Thông tư số 36/2018/TT-BTC ngày 30/3/2018 của Bộ"
                + " Tài chính (được sửa đổi, bổ sung bởi Thông tư số 06/2023/TT-BTC).");
        b.paragraph("Văn phòng thông báo để các phòng, đơn vị và cơ sở đào tạo biết, thực hiện./.");
        return b.signature(Signature.lines(d.issuerName(), "TL. " + head, "CHÁNH VĂN PHÒNG"))
                .recipients(Recipients.from("Các phòng, đơn vị thuộc " + agency.getName() + "\nCác cơ sở đào tạo"))
                .annex(annex(a, number))
                .build();
    }

    private static Annex annex(BudgetService.AllocationView a, DocumentNumber number) {
        List<Row> rows = new ArrayList<>();
        int k = 1;
        for (BudgetService.ClassAllocation c : a.classes()) {
            boolean first = true;
            for (BudgetService.UnitAmount u : c.units()) {
                rows.add(first
                        ? Row.of(k, c.title(), PageHelpers.DATE.format(c.startDate()) + " – " + PageHelpers.DATE.format(c.endDate()),
                                nz(c.location()), nz(c.institution()), c.headcount(), u.unitName(), u.amount())
                        : Row.of("", "", "", "", "", "", u.unitName(), u.amount()));
                first = false;
            }
            if (c.units().isEmpty()) {
                rows.add(Row.of(k, c.title(), PageHelpers.DATE.format(c.startDate()) + " – "
                        + PageHelpers.DATE.format(c.endDate()), nz(c.location()), nz(c.institution()), c.headcount(), "", 0L));
            }
            k++;
        }
        List<Row> withTotal = new ArrayList<>(rows);
        withTotal.add(Row.of("", "Tổng cộng", "", "", "", a.classes().stream().mapToInt(BudgetService.ClassAllocation::headcount)
                .sum(), "", a.allocatedTotal()));
        Table table = new Table(List.of(Column.of("STT", 4), Column.of("Tên lớp, khóa học", 22),
                Column.of("Thời gian", 12), Column.of("Địa điểm", 12), Column.of("Cơ sở đào tạo", 14),
                Column.of("Số học viên", 7), Column.of("Phòng, đơn vị", 14), Column.of("Kinh phí phân bổ (đồng)", 12)),
                withTotal);
        return new Annex(List.of("PHỤ LỤC", "DANH SÁCH LỚP VÀ PHÂN BỔ KINH PHÍ NĂM " + a.year()),
                "(Kèm theo Thông báo " + number.line().replace("Số: ", "số ") + ")", table, true);
    }

    private static String titleCase(String upper) {
        String s = upper.strip().toLowerCase(java.util.Locale.forLanguageTag("vi"));
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
