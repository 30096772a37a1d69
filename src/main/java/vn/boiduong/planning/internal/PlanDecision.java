package vn.boiduong.planning.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * signer and recipients come from the agency's settings (its names in the header lines it chose); the
 * annex is the plan's items and their total.
 */
@Component
public class PlanDecision {

    private static final Locale VI = Locale.forLanguageTag("vi");
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
                .agencies(agency.getPrintedParentName(), agency.getPrintedName())
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
                        + "Kế hoạch; theo dõi, đôn đốc, tổng hợp kết quả và báo cáo " + headOf(agency) + "."))
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

    /**
     * The head the Office reports to, as running text names him: "Giám đốc Sở" for a department (the
     * agency's head title, "GIÁM ĐỐC", in sentence case, and the kind of agency), whoever signs this
     * decision (a deputy may sign for him).
     */
    static String headOf(Agency agency) {
        String title = agency.getSignerTitle() == null || agency.getSignerTitle().isBlank() ? "Giám đốc"
                : agency.getSignerTitle().strip().toLowerCase(VI);
        title = title.substring(0, 1).toUpperCase(VI) + title.substring(1);
        String name = agency.getName() == null ? "" : agency.getName().strip();
        return name.regionMatches(true, 0, "Sở ", 0, 3) ? title + " Sở" : title;
    }

    private static Annex annex(TrainingPlan p, Map<Long, ServedNeed> needs, DocumentNumber number) {
        List<Row> rows = new ArrayList<>();
        for (PlanItem i : p.getItems()) {
            List<String> units = i.getNeedIds().stream().map(needs::get).filter(java.util.Objects::nonNull)
                    .map(ServedNeed::unitName).distinct().toList();
            rows.add(Row.of(i.getSequence(), i.getTitle(), i.describeCategory(), formOf(i), i.getTargetLearners(),
                    i.getHeadcount(), PageHelpers.DATE.format(i.getStartDate()) + " – "
                            + PageHelpers.DATE.format(i.getEndDate()),
                    nz(i.getLocation()), nz(i.getInstitution()), orDash(i.getLecturers()), i.getBudgetTotal(),
                    i.getFundingSource().label(), String.join(", ", units)));
        }
        List<Row> withTotal = new ArrayList<>(rows);
        // the headcount and the budget summed; the annex states what Điều 1 approves in total
        withTotal.add(Row.totalOf(rows, "", "Tổng cộng"));
        Table table = new Table(List.of(Column.of("STT", 4), Column.of("Tên lớp, khóa học", 20),
                Column.of("Loại", 12), Column.of("Hình thức", 9), Column.of("Đối tượng", 12),
                Column.of("Số lượng", 6), Column.of("Thời gian", 11), Column.of("Địa điểm", 11),
                Column.of("Cơ sở đào tạo", 11), Column.of("Giảng viên", 11),
                Column.of("Kinh phí dự kiến (đồng)", 10), Column.of("Nguồn kinh phí", 9),
                Column.of("Đơn vị đề xuất", 11)), withTotal);
        return new Annex(List.of("PHỤ LỤC", "KẾ HOẠCH ĐÀO TẠO, BỒI DƯỠNG NĂM " + p.getYear()),
                "(Kèm theo Quyết định " + number.line().replace("Số: ", "số ") + ")", table, true);
    }

    /** "Tổ chức lớp", "Cử đi học", or "Cử đi học (ở nước ngoài)". */
    private static String formOf(PlanItem i) {
        return i.isAbroad() ? i.getKind().label() + " (ở nước ngoài)" : i.getKind().label();
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
