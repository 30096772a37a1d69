package vn.boiduong.planning.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import vn.boiduong.common.web.PageHelpers;
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
import vn.boiduong.planning.PlanItem;
import vn.boiduong.planning.PlanStatus;
import vn.boiduong.planning.ServedNeed;
import vn.boiduong.planning.TrainingPlan;

/**
 * The Director's decision approving the plan (B4), in the Decree 30 layout: legal bases, Điều 1
 * approving the plan in the annex, Điều 2 assigning the Office, Điều 3 execution. Names, place,
 * signer and recipients come from the agency's settings; the annex is the plan's items.
 */
@Component
public class PlanDecision {

    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\s*0*(\\d{1,6})");

    public OfficialDocument of(TrainingPlan p, Agency agency, Map<Long, ServedNeed> needs) {
        String planName = "Kế hoạch đào tạo, bồi dưỡng cán bộ, công chức, viên chức và người lao động năm "
                + p.getYear();
        String agencyName = agency.getName();
        boolean approved = p.getStatus() == PlanStatus.APPROVED;
        DocumentNumber number = numberOf(p, agency);
        String signerTitle = approved && p.getSignerTitle() != null ? p.getSignerTitle() : agency.getSignerTitle();
        String signerName = approved && p.getSignerName() != null ? p.getSignerName() : agency.getSignerName();
        return OfficialDocument.builder()
                .agencies(agency.getParentName(), agencyName)
                .number(number)
                .placeAndDate(agency.getPlaceName(), approved ? p.getDecisionDate() : null)
                .title("Quyết định")
                .summary("Về việc phê duyệt " + planName)
                .issuer(signerTitle + " " + agencyName)
                .legalBasis("Căn cứ Nghị định số 101/2017/NĐ-CP ngày 01/9/2017 của Chính phủ về đào tạo, bồi dưỡng cán bộ, "
                        + "công chức, viên chức; Nghị định số 89/2021/NĐ-CP ngày 18/10/2021 của Chính phủ sửa đổi, bổ sung "
                        + "một số điều của Nghị định số 101/2017/NĐ-CP;")
                .legalBasis("Căn cứ Thông tư số 36/2018/TT-BTC ngày 30/3/2018 của Bộ Tài chính hướng dẫn việc lập dự toán, "
                        + "quản lý, sử dụng và quyết toán kinh phí dành cho công tác đào tạo, bồi dưỡng cán bộ, công chức, "
                        + "viên chức;")
                .legalBasis("Căn cứ Quy trình thực hiện đào tạo, bồi dưỡng cán bộ, công chức, viên chức và người lao động "
                        + "(QT.VP.05) của " + agencyName + ";")
                .legalBasis("Theo đề nghị của Chánh Văn phòng.")
                .enactingLine("QUYẾT ĐỊNH:")
                .article(Article.of("Phê duyệt " + planName + " của " + agencyName + " (chi tiết tại Phụ lục kèm theo)."))
                .article(Article.of("Giao Văn phòng chủ trì, phối hợp với các phòng, đơn vị liên quan tổ chức thực hiện "
                        + "Kế hoạch; theo dõi, đôn đốc, tổng hợp kết quả và báo cáo " + signerTitle.toLowerCase() + "."))
                .article(Article.of("Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng, Trưởng các phòng, đơn vị "
                        + "thuộc " + agencyName + " và các cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này."))
                .signature(Signature.head(signerTitle, signerName))
                .recipients(Recipients.from(agency.getRecipients()))
                .annex(annex(p, needs, number))
                .build();
    }

    static DocumentNumber numberOf(TrainingPlan p, Agency agency) {
        if (p.getDecisionNumber() != null) {
            Matcher m = LEADING_NUMBER.matcher(p.getDecisionNumber());
            if (m.find() && Integer.parseInt(m.group(1)) > 0) {
                return DocumentNumber.of(Integer.parseInt(m.group(1)), p.getYear(), DocumentKind.DECISION,
                        agency.getCode());
            }
        }
        return DocumentNumber.draft(p.getYear(), DocumentKind.DECISION, agency.getCode());
    }

    private static Annex annex(TrainingPlan p, Map<Long, ServedNeed> needs, DocumentNumber number) {
        List<Row> rows = new ArrayList<>();
        for (PlanItem i : p.getItems()) {
            List<String> units = i.getNeedIds().stream().map(needs::get).filter(java.util.Objects::nonNull)
                    .map(ServedNeed::unitName).distinct().toList();
            rows.add(Row.of(i.getSequence(), i.getTitle(), i.describeCategory(), i.getTargetLearners(),
                    i.getHeadcount(), PageHelpers.DATE.format(i.getStartDate()) + " – "
                            + PageHelpers.DATE.format(i.getEndDate()),
                    nz(i.getLocation()), nz(i.getInstitution()), i.getBudgetTotal(), i.getFundingSource().label(),
                    String.join(", ", units)));
        }
        Table table = new Table(List.of(Column.of("STT", 5), Column.of("Tên lớp, khóa học", 22),
                Column.of("Loại", 14), Column.of("Đối tượng", 14), Column.of("Số lượng", 7),
                Column.of("Thời gian", 12), Column.of("Địa điểm", 12), Column.of("Cơ sở đào tạo", 12),
                Column.of("Kinh phí dự kiến (đồng)", 11), Column.of("Nguồn kinh phí", 10),
                Column.of("Đơn vị đề xuất", 12)), rows);
        return new Annex(List.of("PHỤ LỤC", "KẾ HOẠCH ĐÀO TẠO, BỒI DƯỠNG NĂM " + p.getYear()),
                "(Kèm theo Quyết định " + number.line().replace("Số: ", "số ") + ")", table, true);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
