package vn.boiduong.delivery.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.boiduong.common.web.PageHelpers;
import vn.boiduong.delivery.SendDecisionService;
import vn.boiduong.delivery.TrainingClass;
import vn.boiduong.documents.Annex;
import vn.boiduong.documents.Article;
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
 * The Quyết định cử đi học of an external course, in the Decree 30 layout: the head of the agency sends
 * the people listed in the annex to the institution's course; a draft (number left blank) until the
 * Office chief records its number and date.
 */
@Component
public class SendDecisionDocument {

    public OfficialDocument of(SendDecisionService.DecisionData d) {
        TrainingClass c = d.trainingClass();
        Agency agency = d.agency();
        DocumentNumber number = d.sequence() == null ? DocumentNumber.draft(c.getYear(), DocumentKind.DECISION, agency.getCode())
                : DocumentNumber.of(d.sequence(), d.date().getYear(), DocumentKind.DECISION, agency.getCode());
        String head = agency.getSignerTitle() == null || agency.getSignerTitle().isBlank() ? "GIÁM ĐỐC"
                : agency.getSignerTitle();
        String institution = d.institutionName() == null ? "cơ sở đào tạo" : d.institutionName();
        return OfficialDocument.builder()
                .agencies(agency.getPrintedParentName(), agency.getPrintedName())
                .number(number)
                .placeAndDate(agency.getPlaceName(), d.date())
                .title("Quyết định")
                .summary("Về việc cử cán bộ, công chức, viên chức đi đào tạo, bồi dưỡng")
                .issuer(head + " " + agency.getName())
                .legalBasis("Căn cứ Nghị định số 101/2017/NĐ-CP ngày 01/9/2017 của Chính phủ về đào tạo, bồi dưỡng cán bộ, "
                        + "công chức, viên chức; Nghị định số 89/2021/NĐ-CP ngày 18/10/2021 của Chính phủ sửa đổi, bổ sung "
                        + "một số điều của Nghị định số 101/2017/NĐ-CP;")
                .legalBasis("Căn cứ Kế hoạch đào tạo, bồi dưỡng năm " + c.getYear() + " của " + agency.getName()
                        + " đã được phê duyệt;")
                .legalBasis("Theo đề nghị của Chánh Văn phòng.")
                .enactingLine("QUYẾT ĐỊNH:")
                .article(Article.of("Cử " + d.people().size() + " cán bộ, công chức, viên chức có tên trong danh sách kèm"
                        + " theo đi học khóa «" + c.getTitle() + "» do " + institution + " tổ chức, từ ngày "
                        + PageHelpers.DATE.format(c.getStartDate()) + " đến ngày " + PageHelpers.DATE.format(c.getEndDate())
                        + (c.getLocation() == null ? "" : ", tại " + c.getLocation())
                        + (d.institutionAddress() == null ? "" : " (" + d.institutionAddress() + ")") + "."))
                .article(Article.of("Kinh phí: " + (c.getBudgetTotal() > 0 ? PageHelpers.vnd(c.getBudgetTotal())
                        + ", từ nguồn " + c.getFundingSource().label().toLowerCase() : "theo quy định")
                        + ", thanh toán theo Thông tư số 36/2018/TT-BTC. Người được cử đi học có trách nhiệm tham gia đầy đủ"
                        + " chương trình và nộp kết quả học tập về Văn phòng khi kết thúc khóa học."))
                .article(Article.of("Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng, Trưởng các phòng, đơn vị"
                        + " có liên quan và các cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này."))
                .signature(Signature.head(head, agency.getSignerName()))
                .recipients(Recipients.from("Như Điều 3\n" + institution))
                .annex(annex(d, number))
                .build();
    }

    private static Annex annex(SendDecisionService.DecisionData d, DocumentNumber number) {
        List<Row> rows = new ArrayList<>();
        int k = 1;
        for (SendDecisionService.Sent s : d.people()) {
            rows.add(Row.of(k++, s.fullName(), s.unitName()));
        }
        Table table = new Table(List.of(Column.of("STT", 6), Column.of("Họ và tên", 40), Column.of("Phòng, đơn vị", 40)),
                rows);
        return new Annex(List.of("DANH SÁCH", "CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC ĐƯỢC CỬ ĐI HỌC"),
                "(Kèm theo Quyết định " + number.line().replace("Số: ", "số ") + ")", table, false);
    }
}
