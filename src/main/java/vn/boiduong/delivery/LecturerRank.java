package vn.boiduong.delivery;

/**
 * The lecturer groups of Circular 36/2018/TT-BTC, Article 5 (as amended by 06/2023/TT-BTC): each is a
 * line of the lecturer fee norms, whose amounts per session are data with an effective date.
 */
public enum LecturerRank {
    /** Ủy viên Trung ương Đảng, Bộ trưởng, Bí thư tỉnh ủy, Chủ tịch HĐND/UBND tỉnh and equivalents. */
    GROUP_1("Nhóm 1: Ủy viên Trung ương Đảng, Bộ trưởng, Bí thư tỉnh ủy và tương đương"),
    /** Thứ trưởng, Phó Bí thư tỉnh ủy, Phó Chủ tịch tỉnh, giáo sư, chuyên gia cao cấp, tiến sĩ khoa học. */
    GROUP_2("Nhóm 2: Thứ trưởng, Phó Chủ tịch UBND tỉnh, Giáo sư, chuyên gia cao cấp, Tiến sĩ khoa học và tương đương"),
    /** Giám đốc Sở, phó giáo sư, tiến sĩ, giảng viên chính. */
    GROUP_3("Nhóm 3: Cục trưởng, Vụ trưởng, Giám đốc Sở, Phó giáo sư, Tiến sĩ, giảng viên chính và tương đương"),
    /** Everyone else who teaches: cán bộ, công chức, viên chức, giảng viên. */
    GROUP_4("Nhóm 4: Giảng viên, báo cáo viên là cán bộ, công chức, viên chức công tác tại các cơ quan, đơn vị");

    private final String label;

    LecturerRank(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
