package vn.boiduong.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.common.Role;
import vn.boiduong.identity.AccountSetup;
import vn.boiduong.identity.UserService;
import vn.boiduong.organization.Gender;
import vn.boiduong.organization.OrganizationSetup;
import vn.boiduong.organization.StaffCategory;
import vn.boiduong.organization.StaffData;
import vn.boiduong.organization.StaffView;
import vn.boiduong.organization.Unit;

/**
 * Fills an empty database with the demo agency and the accounts of api.md (password DemoBD@2026).
 * Fictional people with plausible names; generated from a fixed seed so every start is the same.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "boiduong.demo-data", havingValue = "true")
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "DemoBD@2026";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
            "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đào", "Đinh", "Lương", "Giáp"};
    static final String[] MIDDLE_M = {"Văn", "Đức", "Minh", "Quang", "Hữu", "Thành", "Mạnh", "Xuân", "Tiến", "Công"};
    static final String[] MIDDLE_F = {"Thị", "Thu", "Ngọc", "Thanh", "Minh", "Hồng", "Phương", "Kim", "Thúy", "Diệu"};
    static final String[] GIVEN_M = {"An", "Bình", "Cường", "Dũng", "Đạt", "Hải", "Hùng", "Khánh", "Long", "Nam",
            "Phong", "Quân", "Sơn", "Thắng", "Trung", "Tuấn", "Việt", "Vinh", "Ánh", "Ước"};
    static final String[] GIVEN_F = {"Anh", "Châu", "Dung", "Giang", "Hà", "Hạnh", "Hoa", "Hương", "Lan", "Linh",
            "Mai", "Nga", "Oanh", "Phương", "Quyên", "Thảo", "Trang", "Uyên", "Yến", "Ngân"};

    private final OrganizationSetup organization;
    private final AccountSetup accounts;
    private final String mailDomain;

    /**
     * @param mailDomain the demo accounts' addresses are {@code username@mailDomain}, in the style of
     *                   the province's mail (giamdoc@snv.bacgiang.gov.vn); tests point it at a test domain
     */
    DemoData(OrganizationSetup organization, AccountSetup accounts,
            @org.springframework.beans.factory.annotation.Value("${boiduong.demo.mail-domain:snv.bacgiang.gov.vn}")
            String mailDomain) {
        this.organization = organization;
        this.accounts = accounts;
        this.mailDomain = mailDomain;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (organization.agencyExists("SNV")) {
            return;
        }
        Long agencyId = organization.createAgency("SNV", "Sở Nội vụ", "Ủy ban nhân dân\ntỉnh Bắc Giang", "Bắc Giang",
                "GIÁM ĐỐC", "Vũ Mạnh Hùng", "UBND tỉnh (để b/c);\nLãnh đạo Sở;\nCác phòng, đơn vị thuộc Sở;\nLưu: VT, VP.");
        Unit board = organization.createUnit(agencyId, "BGD", "Ban Giám đốc", false);
        Unit office = organization.createUnit(agencyId, "VP", "Văn phòng", true);
        Unit tccb = organization.createUnit(agencyId, "TCBC", "Phòng Tổ chức, biên chế và Tổ chức phi chính phủ", false);
        Unit cchc = organization.createUnit(agencyId, "CCHC", "Phòng Cải cách hành chính", false);
        Unit ccvc = organization.createUnit(agencyId, "CCVC", "Phòng Công chức, viên chức", false);
        Unit xdcq = organization.createUnit(agencyId, "XDCQ", "Phòng Xây dựng chính quyền và Công tác thanh niên", false);
        Unit tt = organization.createUnit(agencyId, "TTS", "Thanh tra Sở", false);
        Unit archive = organization.createUnit(agencyId, "TTLT", "Trung tâm Lưu trữ lịch sử", false);

        Random random = new Random(2021_06_29L);
        List<StaffView> created = new ArrayList<>();
        int[] counter = {1};
        // the people behind the demo accounts come first, with the posts their roles imply
        StaffView director = person(agencyId, board, "Vũ Mạnh Hùng", Gender.MALE, StaffCategory.OFFICIAL, "Giám đốc",
                "01.001", true, random, counter);
        person(agencyId, board, "Đỗ Thị Hồng Nhung", Gender.FEMALE, StaffCategory.OFFICIAL, "Phó Giám đốc", "01.002",
                true, random, counter);
        StaffView chief = person(agencyId, office, "Đỗ Ánh Sáng", Gender.MALE, StaffCategory.CIVIL_SERVANT,
                "Chánh Văn phòng", "01.002", true, random, counter);
        StaffView specialist = person(agencyId, office, "Nguyễn Đức Trung", Gender.MALE, StaffCategory.CIVIL_SERVANT,
                "Chuyên viên", "01.003", false, random, counter);
        StaffView headTccb = person(agencyId, tccb, "Trần Thị Thu Hà", Gender.FEMALE, StaffCategory.CIVIL_SERVANT,
                "Trưởng phòng", "01.002", true, random, counter);
        StaffView headCchc = person(agencyId, cchc, "Lê Quang Vinh", Gender.MALE, StaffCategory.CIVIL_SERVANT,
                "Trưởng phòng", "01.002", true, random, counter);
        StaffView member = person(agencyId, cchc, "Phạm Thị Ngọc Ánh", Gender.FEMALE, StaffCategory.CIVIL_SERVANT,
                "Chuyên viên", "01.003", false, random, counter);
        Unit[] civil = {office, tccb, cchc, ccvc, xdcq, tt};
        for (int i = 0; i < 48; i++) {
            Unit u = civil[i % civil.length];
            boolean deputy = i < civil.length;
            StaffCategory cat = i % 11 == 10 ? StaffCategory.WORKER : StaffCategory.CIVIL_SERVANT;
            String grade = cat == StaffCategory.WORKER ? null : (i % 5 == 0 ? "01.002" : i % 7 == 0 ? "01.004" : "01.003");
            created.add(person(agencyId, u, null, null, cat, deputy ? "Phó Trưởng phòng" : cat == StaffCategory.WORKER
                    ? "Nhân viên" : "Chuyên viên", grade, deputy, random, counter));
        }
        for (int i = 0; i < 14; i++) {
            created.add(person(agencyId, archive, null, null, i < 12 ? StaffCategory.PUBLIC_EMPLOYEE
                    : StaffCategory.WORKER, i == 0 ? "Giám đốc Trung tâm" : i < 12 ? "Lưu trữ viên" : "Nhân viên",
                    null, i == 0, random, counter));
        }

        accounts.create(new UserService.UserForm("admin", "Quản trị hệ thống", EnumSet.of(Role.ADMIN), null,
                null, true, PASSWORD, "admin@" + mailDomain), agencyId);
        // the installation administrator: no agency; creates agencies and their administrators
        accounts.create(new UserService.UserForm("quantri", "Quản trị toàn hệ thống", EnumSet.of(Role.ADMIN), null,
                null, true, PASSWORD, "quantri@" + mailDomain), null);
        account("giamdoc", director, board, Role.DIRECTOR, agencyId);
        account("chanhvp", chief, office, Role.OFFICE_CHIEF, agencyId);
        account("chuyenvien", specialist, office, Role.OFFICE_SPECIALIST, agencyId);
        account("tp.tccb", headTccb, tccb, Role.UNIT_HEAD, agencyId);
        account("tp.cchc", headCchc, cchc, Role.UNIT_HEAD, agencyId);
        account("nhanvien", member, cchc, Role.STAFF, agencyId);
        // B6: the province officer of the Department of Home Affairs' civil-service division reads every
        // agency's forms; only that role (no agency role, no staff record: it writes nothing here)
        accounts.create(new UserService.UserForm("ccvc", "Hoàng Thị Minh Thư", EnumSet.of(Role.PROVINCE_OFFICER),
                ccvc.getId(), null, true, PASSWORD, "ccvc@" + mailDomain), agencyId);
        log.info("Demo data loaded: agency SNV, 8 units, {} staff, 9 accounts (ccvc: the province officer; quantri: the installation administrator) (password {})", counter[0] - 1, PASSWORD);
    }

    private void account(String username, StaffView person, Unit unit, Role role, Long agencyId) {
        EnumSet<Role> roles = role == Role.STAFF ? EnumSet.of(Role.STAFF) : EnumSet.of(role, Role.STAFF);
        accounts.create(new UserService.UserForm(username, person.fullName(), roles, unit.getId(), person.id(),
                true, PASSWORD, username + "@" + mailDomain), agencyId);
    }

    private StaffView person(Long agencyId, Unit unit, String name, Gender gender, StaffCategory category,
            String position, String grade, boolean leader, Random random, int[] counter) {
        Gender g = gender != null ? gender : random.nextBoolean() ? Gender.MALE : Gender.FEMALE;
        String fullName = name != null ? name : randomName(g, random);
        LocalDate birth = LocalDate.of(1965 + random.nextInt(35), 1 + random.nextInt(12), 1 + random.nextInt(28));
        boolean vc = category == StaffCategory.PUBLIC_EMPLOYEE;
        String rank = vc ? (random.nextInt(4) == 0 ? "II" : "III") : null;
        StaffData d = new StaffData(unit.getId(), fullName, category, g, birth, random.nextInt(12) == 0, position,
                category == StaffCategory.CIVIL_SERVANT || category == StaffCategory.OFFICIAL ? grade : null,
                vc ? "Lưu trữ viên" + ("II".equals(rank) ? " chính" : "") : null, rank, leader,
                random.nextInt(6) == 0 ? "Thạc sĩ Quản lý công" : "Đại học Luật", leader ? "Cao cấp"
                        : random.nextBoolean() ? "Trung cấp" : "Sơ cấp",
                "01.002".equals(grade) || "01.001".equals(grade) ? "CVC" : random.nextInt(3) == 0 ? null : "CV",
                "Chứng chỉ ứng dụng CNTT cơ bản", random.nextInt(4) == 0 ? "Tiếng Anh B2" : "Tiếng Anh B1");
        return organization.createStaff(agencyId, String.format("SNV%03d", counter[0]++), d);
    }

    static String randomName(Gender g, Random r) {
        String family = FAMILY[r.nextInt(FAMILY.length)];
        return g == Gender.MALE ? family + " " + MIDDLE_M[r.nextInt(MIDDLE_M.length)] + " "
                + GIVEN_M[r.nextInt(GIVEN_M.length)]
                : family + " " + MIDDLE_F[r.nextInt(MIDDLE_F.length)] + " " + GIVEN_F[r.nextInt(GIVEN_F.length)];
    }
}
