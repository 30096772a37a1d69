package vn.boiduong.scale;

import java.time.LocalDate;
import java.util.Random;
import vn.boiduong.organization.Gender;
import vn.boiduong.organization.StaffCategory;
import vn.boiduong.organization.StaffData;

/**
 * Fictional staff with plausible Vietnamese names and careers, drawn from a seeded {@link Random}
 * so that the same seed always gives the same province. Family names follow their real frequency
 * (about four in ten Vietnamese are Nguyễn), which is what makes a search for "nguyen" realistic.
 */
final class SyntheticPeople {

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
            "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đào", "Đinh", "Lương", "Giáp", "Thân", "Hà", "Trịnh",
            "Mai", "Tạ", "La", "Nông", "Chu"};
    /** per mille, same order as FAMILY; the rest of the thousand falls on the last names evenly */
    private static final int[] FAMILY_PER_MILLE = {380, 110, 95, 70, 40, 10, 45, 35, 4, 21, 20, 14, 13, 13, 10, 5,
            15, 15, 10, 8, 12, 8, 10, 6, 5, 3, 10, 4};
    private static final String[] MIDDLE_M = {"Văn", "Văn", "Văn", "Đức", "Minh", "Quang", "Hữu", "Thành", "Mạnh",
            "Xuân", "Tiến", "Công", "Trọng", "Ngọc", "Duy", "Đình", "Anh", "Hoàng"};
    private static final String[] MIDDLE_F = {"Thị", "Thị", "Thị", "Thu", "Ngọc", "Thanh", "Minh", "Hồng", "Phương",
            "Kim", "Thúy", "Diệu", "Bích", "Hải", "Khánh", "Mai"};
    private static final String[] GIVEN_M = {"An", "Bình", "Cường", "Dũng", "Đạt", "Hải", "Hùng", "Khánh", "Long",
            "Nam", "Phong", "Quân", "Sơn", "Thắng", "Trung", "Tuấn", "Việt", "Vinh", "Ánh", "Ước", "Hiếu", "Huy",
            "Kiên", "Lâm", "Lộc", "Minh", "Nghĩa", "Phúc", "Quang", "Tài", "Thành", "Toàn", "Tùng", "Vũ", "Hoàng",
            "Đức", "Hưng", "Khoa", "Thịnh", "Tú"};
    private static final String[] GIVEN_F = {"Anh", "Châu", "Dung", "Giang", "Hà", "Hạnh", "Hoa", "Hương", "Lan",
            "Linh", "Mai", "Nga", "Oanh", "Phương", "Quyên", "Thảo", "Trang", "Uyên", "Yến", "Ngân", "Hằng", "Huyền",
            "Loan", "Ly", "My", "Nhung", "Nhàn", "Tâm", "Thủy", "Thu", "Trâm", "Vân", "Xuân", "Hiền", "Hồng", "Liên",
            "Nguyệt", "Quỳnh", "Thơ", "Vy"};
    private static final String[] GRADES = {"01.001", "01.002", "01.003", "01.004", "01.005"};
    private static final int[] GRADE_PERCENT = {2, 15, 65, 12, 6};

    /** What a unit's people are mostly: its category and, for public employees, their title. */
    enum UnitType { BOARD, COMMITTEE, OFFICE, SCHOOL, HOSPITAL, SERVICE }

    private final Random random;

    SyntheticPeople(long seed) {
        this.random = new Random(seed);
    }

    static UnitType typeOf(String unitName, boolean board) {
        if (board) {
            return unitName.startsWith("Lãnh đạo Ủy ban") ? UnitType.COMMITTEE : UnitType.BOARD;
        }
        if (unitName.startsWith("Trường")) {
            return UnitType.SCHOOL;
        }
        if (unitName.startsWith("Bệnh viện") || unitName.startsWith("Trung tâm Y tế")
                || unitName.startsWith("Trung tâm Kiểm soát")) {
            return UnitType.HOSPITAL;
        }
        if (unitName.startsWith("Trung tâm") || unitName.startsWith("Ban Quản lý")) {
            return UnitType.SERVICE;
        }
        return UnitType.OFFICE;
    }

    /**
     * The n-th person (from 0) of a unit: the first is its head, the next two its deputies.
     * @param minorityPercent share of ethnic minorities where the agency is (high in the mountain districts)
     */
    StaffData person(Long unitId, UnitType type, int n, int minorityPercent) {
        Gender gender = random.nextInt(100) < (type == UnitType.SCHOOL || type == UnitType.HOSPITAL ? 62 : 48)
                ? Gender.FEMALE : Gender.MALE;
        boolean leader = n < (type == UnitType.BOARD || type == UnitType.COMMITTEE ? 4 : 3);
        StaffCategory category = category(type, n);
        int age = leader ? 38 + random.nextInt(22) : 23 + random.nextInt(37);
        LocalDate birth = LocalDate.of(2025 - age, 1 + random.nextInt(12), 1 + random.nextInt(28));
        String grade = category == StaffCategory.CIVIL_SERVANT || category == StaffCategory.OFFICIAL
                ? (leader ? (n == 0 ? "01.001" : "01.002") : pick(GRADES, GRADE_PERCENT)) : null;
        String title = null;
        String rank = null;
        if (category == StaffCategory.PUBLIC_EMPLOYEE) {
            title = switch (type) {
                case SCHOOL -> "Giáo viên trung học phổ thông";
                case HOSPITAL -> random.nextInt(3) == 0 ? "Bác sĩ" : random.nextInt(4) == 0 ? "Dược sĩ" : "Điều dưỡng";
                default -> random.nextBoolean() ? "Kỹ sư" : "Lưu trữ viên";
            };
            int r = random.nextInt(10);
            rank = leader ? "II" : r == 0 ? "I" : r < 4 ? "II" : r < 9 ? "III" : "IV";
        }
        boolean senior = "01.001".equals(grade) || "01.002".equals(grade) || "I".equals(rank) || "II".equals(rank);
        return new StaffData(unitId, name(gender), category, gender, birth, random.nextInt(100) < minorityPercent,
                position(type, n, category, title), grade, title, rank, leader, degree(type, title),
                leader || senior && random.nextBoolean() ? "Cao cấp" : random.nextBoolean() ? "Trung cấp" : "Sơ cấp",
                senior ? (n == 0 && (type == UnitType.BOARD || type == UnitType.COMMITTEE) ? "CVCC" : "CVC") : random.nextInt(3) == 0 ? null : "CV",
                random.nextInt(5) == 0 ? "Chứng chỉ ứng dụng CNTT nâng cao" : "Chứng chỉ ứng dụng CNTT cơ bản",
                random.nextInt(4) == 0 ? "Tiếng Anh B2" : random.nextInt(15) == 0 ? "Tiếng Trung HSK3" : "Tiếng Anh B1");
    }

    private StaffCategory category(UnitType type, int n) {
        int r = random.nextInt(100);
        return switch (type) {
            case BOARD, COMMITTEE -> StaffCategory.OFFICIAL;
            case OFFICE -> n > 2 && r < 8 ? StaffCategory.WORKER : n > 2 && r < 12 ? StaffCategory.PUBLIC_EMPLOYEE
                    : StaffCategory.CIVIL_SERVANT;
            case SCHOOL, HOSPITAL, SERVICE -> n > 2 && r < 12 ? StaffCategory.WORKER : StaffCategory.PUBLIC_EMPLOYEE;
        };
    }

    private static String position(UnitType type, int n, StaffCategory category, String title) {
        if (category == StaffCategory.WORKER) {
            return "Nhân viên";
        }
        return switch (type) {
            case BOARD -> n == 0 ? "Giám đốc" : n < 4 ? "Phó Giám đốc" : "Chuyên viên";
            case COMMITTEE -> n == 0 ? "Chủ tịch" : n < 4 ? "Phó Chủ tịch" : "Chuyên viên";
            case OFFICE -> n == 0 ? "Trưởng phòng" : n < 3 ? "Phó Trưởng phòng" : "Chuyên viên";
            case SCHOOL -> n == 0 ? "Hiệu trưởng" : n < 3 ? "Phó Hiệu trưởng" : "Giáo viên";
            case HOSPITAL, SERVICE -> n == 0 ? "Giám đốc" : n < 3 ? "Phó Giám đốc" : title;
        };
    }

    private String degree(UnitType type, String title) {
        int r = random.nextInt(10);
        if ("Bác sĩ".equals(title)) {
            return r < 3 ? "Bác sĩ chuyên khoa I" : "Bác sĩ đa khoa";
        }
        if ("Điều dưỡng".equals(title)) {
            return r < 4 ? "Cao đẳng Điều dưỡng" : "Cử nhân Điều dưỡng";
        }
        if (type == UnitType.SCHOOL) {
            return r < 2 ? "Thạc sĩ Lý luận và phương pháp dạy học" : r < 6 ? "Cử nhân Sư phạm Toán"
                    : "Cử nhân Sư phạm Ngữ văn";
        }
        return r < 2 ? "Thạc sĩ Quản lý công" : r < 5 ? "Đại học Luật" : r < 8 ? "Đại học Kinh tế" : "Kỹ sư Xây dựng";
    }

    private String name(Gender g) {
        String family = pick(FAMILY, FAMILY_PER_MILLE);
        if (g == Gender.MALE) {
            return family + " " + MIDDLE_M[random.nextInt(MIDDLE_M.length)] + " " + GIVEN_M[random.nextInt(GIVEN_M.length)];
        }
        // many women carry two middle names: Nguyễn Thị Thu Hà
        String middle = MIDDLE_F[random.nextInt(MIDDLE_F.length)];
        if (random.nextInt(5) == 0) {
            middle = "Thị " + MIDDLE_F[3 + random.nextInt(MIDDLE_F.length - 3)];
        }
        return family + " " + middle + " " + GIVEN_F[random.nextInt(GIVEN_F.length)];
    }

    /** A value by weight: weights need not add up to anything in particular. */
    private String pick(String[] values, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = random.nextInt(total);
        for (int i = 0; i < values.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }
}
