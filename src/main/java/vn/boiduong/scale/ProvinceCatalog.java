package vn.boiduong.scale;

import java.util.List;

/**
 * The departments of a province (Bắc Giang, before the 2025 mergers) and the units each kind of
 * department has, for {@link ProvinceGenerator}. Fictional in detail, plausible in shape: a
 * province's staff sit mostly in schools, hospitals and district people's committees.
 */
final class ProvinceCatalog {

    static final String PARENT = "Ủy ban nhân dân tỉnh Bắc Giang";
    static final String PLACE = "Bắc Giang";
    /** The demo agency: when present, the generator adds to it instead of creating it. */
    static final String HOME_AFFAIRS = "SNV";

    enum Kind { DEPARTMENT, EDUCATION, HEALTH, DISTRICT }

    /** weight: the department's share of the province's staff, relative to the others. */
    record AgencySpec(String code, String name, Kind kind, int weight, int minorityPercent) {
    }

    record UnitSpec(String name, boolean office, boolean board) {
    }

    static final List<AgencySpec> AGENCIES = List.of(
            dept("VPUBND", "Văn phòng Ủy ban nhân dân tỉnh", 8),
            dept(HOME_AFFAIRS, "Sở Nội vụ", 6),
            dept("STC", "Sở Tài chính", 7),
            dept("SKHDT", "Sở Kế hoạch và Đầu tư", 6),
            dept("STP", "Sở Tư pháp", 6),
            dept("SCT", "Sở Công Thương", 10),
            dept("SNNPTNT", "Sở Nông nghiệp và Phát triển nông thôn", 30),
            dept("STNMT", "Sở Tài nguyên và Môi trường", 14),
            dept("SGTVT", "Sở Giao thông vận tải", 12),
            dept("SXD", "Sở Xây dựng", 8),
            dept("SKHCN", "Sở Khoa học và Công nghệ", 6),
            dept("STTTT", "Sở Thông tin và Truyền thông", 5),
            new AgencySpec("SGDDT", "Sở Giáo dục và Đào tạo", Kind.EDUCATION, 180, 8),
            new AgencySpec("SYT", "Sở Y tế", Kind.HEALTH, 120, 8),
            dept("SLDTBXH", "Sở Lao động - Thương binh và Xã hội", 12),
            dept("SVHTTDL", "Sở Văn hóa, Thể thao và Du lịch", 10),
            dept("SNGV", "Sở Ngoại vụ", 3),
            dept("TTT", "Thanh tra tỉnh", 4),
            dept("BDT", "Ban Dân tộc", 3),
            dept("BQLKCN", "Ban Quản lý các khu công nghiệp", 4),
            dept("DPTTH", "Đài Phát thanh và Truyền hình", 6),
            dept("TCT", "Trường Chính trị tỉnh", 4),
            dept("TCDBG", "Trường Cao đẳng Bắc Giang", 8),
            dept("BQLDDCN", "Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp", 4),
            dept("BQLDAGT", "Ban Quản lý dự án đầu tư xây dựng các công trình giao thông, nông nghiệp", 4),
            dept("QDTPT", "Quỹ Đầu tư phát triển", 2),
            dept("TTPVHCC", "Trung tâm Phục vụ hành chính công", 2),
            dept("TTXTDT", "Trung tâm Xúc tiến đầu tư", 2),
            dept("LMHTX", "Liên minh Hợp tác xã", 2),
            dept("VPDDBQH", "Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh", 3),
            district("UBNDTPBG", "Ủy ban nhân dân thành phố Bắc Giang", 3),
            district("UBNDTXVY", "Ủy ban nhân dân thị xã Việt Yên", 5),
            district("UBNDHHH", "Ủy ban nhân dân huyện Hiệp Hòa", 5),
            district("UBNDHLG", "Ủy ban nhân dân huyện Lạng Giang", 6),
            district("UBNDHLN", "Ủy ban nhân dân huyện Lục Nam", 20),
            district("UBNDHLNG", "Ủy ban nhân dân huyện Lục Ngạn", 35),
            district("UBNDHSD", "Ủy ban nhân dân huyện Sơn Động", 60),
            district("UBNDHTY", "Ủy ban nhân dân huyện Tân Yên", 5),
            district("UBNDHYD", "Ủy ban nhân dân huyện Yên Dũng", 3),
            district("UBNDHYT", "Ủy ban nhân dân huyện Yên Thế", 25));

    private static AgencySpec dept(String code, String name, int weight) {
        return new AgencySpec(code, name, Kind.DEPARTMENT, weight, 6);
    }

    private static AgencySpec district(String code, String name, int minorityPercent) {
        return new AgencySpec(code, name, Kind.DISTRICT, 40, minorityPercent);
    }

    static List<UnitSpec> unitsOf(Kind kind) {
        List<String> names = switch (kind) {
            case DEPARTMENT -> List.of("Phòng Kế hoạch - Tài chính", "Phòng Tổ chức cán bộ", "Phòng Pháp chế",
                    "Phòng Tổng hợp", "Phòng Chính sách", "Phòng Quản lý chất lượng", "Phòng Chuyển đổi số",
                    "Phòng Hợp tác và Đầu tư", "Phòng Thống kê", "Thanh tra", "Chi cục Quản lý chuyên ngành",
                    "Trung tâm Dịch vụ công", "Trung tâm Thông tin và Tư vấn", "Trung tâm Kiểm định",
                    "Trung tâm Đào tạo và Bồi dưỡng", "Trung tâm Lưu trữ", "Ban Quản lý dự án",
                    "Trung tâm Hỗ trợ phát triển");
            case EDUCATION -> List.of("Phòng Giáo dục phổ thông", "Phòng Giáo dục thường xuyên",
                    "Phòng Quản lý chất lượng", "Phòng Tổ chức cán bộ", "Phòng Kế hoạch - Tài chính", "Thanh tra Sở",
                    "Trường THPT Ngô Sĩ Liên", "Trường THPT Chuyên Bắc Giang", "Trường THPT Thái Thuận",
                    "Trường THPT Giáp Hải", "Trường THPT Hiệp Hòa số 1", "Trường THPT Lạng Giang số 1",
                    "Trường THPT Lục Nam", "Trường THPT Lục Ngạn số 1", "Trường THPT Sơn Động số 1",
                    "Trường THPT Tân Yên số 1", "Trường THPT Yên Dũng số 1", "Trường THPT Yên Thế");
            case HEALTH -> List.of("Phòng Nghiệp vụ Y", "Phòng Nghiệp vụ Dược", "Phòng Kế hoạch - Tài chính",
                    "Phòng Tổ chức cán bộ", "Chi cục Dân số - Kế hoạch hóa gia đình",
                    "Chi cục An toàn vệ sinh thực phẩm", "Bệnh viện Đa khoa tỉnh", "Bệnh viện Sản - Nhi",
                    "Bệnh viện Y học cổ truyền", "Bệnh viện Phổi", "Bệnh viện Tâm thần",
                    "Trung tâm Kiểm soát bệnh tật", "Trung tâm Y tế huyện Hiệp Hòa", "Trung tâm Y tế huyện Lục Ngạn",
                    "Trung tâm Y tế huyện Lạng Giang", "Trung tâm Y tế huyện Yên Thế",
                    "Trung tâm Y tế huyện Sơn Động", "Trung tâm Y tế huyện Tân Yên");
            case DISTRICT -> List.of("Phòng Nội vụ", "Phòng Tài chính - Kế hoạch", "Phòng Tư pháp",
                    "Phòng Kinh tế và Hạ tầng", "Phòng Tài nguyên và Môi trường",
                    "Phòng Nông nghiệp và Phát triển nông thôn", "Phòng Lao động - Thương binh và Xã hội",
                    "Phòng Văn hóa và Thông tin", "Phòng Giáo dục và Đào tạo", "Phòng Y tế", "Phòng Dân tộc",
                    "Thanh tra huyện", "Trung tâm Văn hóa - Thể thao và Truyền thông",
                    "Ban Quản lý dự án đầu tư xây dựng", "Trung tâm Phát triển quỹ đất",
                    "Trung tâm Dịch vụ nông nghiệp", "Trường Trung học cơ sở thị trấn", "Trường Tiểu học thị trấn");
        };
        List<UnitSpec> units = new java.util.ArrayList<>();
        units.add(new UnitSpec(kind == Kind.DISTRICT ? "Lãnh đạo Ủy ban nhân dân" : "Ban Giám đốc", false, true));
        units.add(new UnitSpec(kind == Kind.DISTRICT ? "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân" : "Văn phòng",
                true, false));
        names.forEach(n -> units.add(new UnitSpec(n, false, false)));
        return units;
    }

    private ProvinceCatalog() {
    }
}
