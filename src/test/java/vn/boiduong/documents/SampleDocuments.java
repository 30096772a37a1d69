package vn.boiduong.documents;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The Director's decision approving the 2027 plan, and the forms, as the planning module will build them. */
final class SampleDocuments {

    static final String SUMMARY = "Về việc phê duyệt Kế hoạch đào tạo, bồi dưỡng cán bộ, công chức, viên chức "
            + "và người lao động năm 2027";

    private SampleDocuments() {
    }

    static OfficialDocument decision(int annexRows) {
        return builder(annexRows).build();
    }

    /** The decision without annex, under the agency names given (line breaks where the agency set them). */
    static OfficialDocument decisionOf(String parentAgency, String issuingAgency) {
        return builder(-1).agencies(parentAgency, issuingAgency).build();
    }

    private static OfficialDocument.Builder builder(int annexRows) {
        return OfficialDocument.builder()
                .agencies("UBND tỉnh Bắc Giang", "Sở Nội vụ")
                .number(DocumentNumber.of(5, 2027, DocumentKind.DECISION, "SNV"))
                .placeAndDate("Bắc Giang", LocalDate.of(2027, 2, 5))
                .summary(SUMMARY)
                .issuer("Giám đốc Sở Nội vụ")
                .legalBasis("Căn cứ Nghị định số 101/2017/NĐ-CP ngày 01 tháng 9 năm 2017 của Chính phủ về đào tạo, "
                        + "bồi dưỡng cán bộ, công chức, viên chức; Nghị định số 89/2021/NĐ-CP ngày 18 tháng 10 năm 2021 "
                        + "của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 101/2017/NĐ-CP;")
                .legalBasis("Căn cứ Thông tư số 36/2018/TT-BTC ngày 30 tháng 3 năm 2018 của Bộ Tài chính hướng dẫn việc "
                        + "lập dự toán, quản lý, sử dụng và quyết toán kinh phí dành cho công tác đào tạo, bồi dưỡng "
                        + "cán bộ, công chức, viên chức; Thông tư số 06/2023/TT-BTC ngày 31 tháng 01 năm 2023 của Bộ "
                        + "Tài chính sửa đổi, bổ sung một số điều của Thông tư số 36/2018/TT-BTC;")
                .legalBasis("Căn cứ Quyết định của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và "
                        + "cơ cấu tổ chức của Sở Nội vụ;")
                .legalBasis("Theo đề nghị của Chánh Văn phòng Sở.")
                .enactingLine("QUYẾT ĐỊNH:")
                .article("Phê duyệt Kế hoạch đào tạo, bồi dưỡng cán bộ, công chức, viên chức và người lao động "
                        + "năm 2027 của Sở Nội vụ (chi tiết tại Phụ lục kèm theo).",
                        "Tổng số lớp: 12 lớp; tổng số lượt người được đào tạo, bồi dưỡng dự kiến: 245 lượt người; "
                                + "tổng kinh phí dự kiến: 1.250.000.000 đồng (Một tỷ hai trăm năm mươi triệu đồng).")
                .article("Quyết định này có hiệu lực kể từ ngày ký.")
                .article("Chánh Văn phòng Sở, Trưởng các phòng, đơn vị thuộc Sở và các cá nhân có liên quan chịu "
                        + "trách nhiệm thi hành Quyết định này./.")
                .signature(Signature.deputy("Giám đốc", "Phó Giám đốc", "Vũ Mạnh Hùng"))
                .recipients(Recipients.from("Như Điều 3\nGiám đốc Sở (để b/c)\nCổng thông tin điện tử Sở"))
                .annex(annexRows < 0 ? null : new Annex(
                        List.of("PHỤ LỤC", "DANH SÁCH CÁC LỚP ĐÀO TẠO, BỒI DƯỠNG NĂM 2027"),
                        "(Kèm theo Quyết định số 05/QĐ-SNV ngày 05/02/2027 của Giám đốc Sở Nội vụ)",
                        classTable(annexRows), true));
    }

    /** Form 2c's columns: time and budget are groups, the budget three levels deep. */
    static List<Column> classColumns() {
        return List.of(
                Column.of("STT", 5),
                Column.of("Tên lớp / nội dung", 36),
                Column.of("Loại", 16),
                Column.of("Số lượng (người)", 8),
                Column.group("Thời gian", Column.of("Từ ngày", 11), Column.of("Đến ngày", 11)),
                Column.of("Địa điểm", 14),
                Column.group("Kinh phí dự kiến (triệu đồng)",
                        Column.group("Ngân sách nhà nước", Column.of("Trung ương", 9), Column.of("Địa phương", 9)),
                        Column.of("Nguồn khác", 9)),
                Column.of("Ghi chú", 12));
    }

    static Table classTable(int rows) {
        String[] names = {"Bồi dưỡng kiến thức quản lý nhà nước ngạch chuyên viên chính",
                "Bồi dưỡng lý luận chính trị trung cấp", "Kỹ năng số cho công chức cấp phòng",
                "Bồi dưỡng ngoại ngữ (tiếng Anh) trình độ B1", "Tiếng dân tộc (Tày – Nùng) cho công chức cơ sở"};
        String[] kinds = {"QLNN – CVC", "LLCT – Trung cấp", "Tin học, kỹ năng số", "Ngoại ngữ", "Tiếng dân tộc"};
        List<Row> body = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            LocalDate from = LocalDate.of(2027, 3 + i % 9, 1 + i % 27);
            body.add(Row.of(i + 1, names[i % names.length], kinds[i % kinds.length], 20 + i % 15, from,
                    from.plusDays(4), "Hội trường Sở Nội vụ", new BigDecimal("12.5").add(BigDecimal.valueOf(i % 7)),
                    BigDecimal.valueOf(30 + i % 11), i % 3 == 0 ? new BigDecimal("4.25") : null,
                    i == 1 ? "=1+1" : ""));
        }
        List<Row> all = new ArrayList<>(body);
        all.add(Row.totalOf(body, "", "Tổng cộng", ""));
        return new Table(classColumns(), all);
    }

    /** Where tests leave what they wrote, to look at by hand. */
    static Path save(String name, byte[] bytes) throws java.io.IOException {
        Path dir = Path.of("target", "documents-samples");
        Files.createDirectories(dir);
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }
}
