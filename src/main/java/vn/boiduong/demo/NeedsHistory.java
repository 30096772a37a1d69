package vn.boiduong.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.common.Actor;
import vn.boiduong.common.TrainingCategory;
import vn.boiduong.identity.UserDirectory;
import vn.boiduong.needs.NeedData;
import vn.boiduong.needs.NeedsSetup;
import vn.boiduong.notification.Notifications;
import vn.boiduong.organization.OrganizationSetup;
import vn.boiduong.organization.StaffService;
import vn.boiduong.organization.StaffView;
import vn.boiduong.organization.Unit;
import vn.boiduong.organization.UnitService;

/**
 * A year of needs for the demo agency: last year's collection with needs in every state from
 * several units (some merged, some units late), and this year's collection open, to which the
 * Phòng Cải cách hành chính has sent nothing yet. Runs once: skipped when the agency has needs.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "boiduong.demo-data", havingValue = "true")
class NeedsHistory implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(NeedsHistory.class);

    private final OrganizationSetup organization;
    private final UnitService units;
    private final StaffService staff;
    private final UserDirectory directory;
    private final NeedsSetup needs;
    private final Notifications notifications;
    private final Clock clock;

    NeedsHistory(OrganizationSetup organization, UnitService units, StaffService staff, UserDirectory directory,
            NeedsSetup needs, Notifications notifications, Clock clock) {
        this.organization = organization;
        this.units = units;
        this.staff = staff;
        this.directory = directory;
        this.needs = needs;
        this.notifications = notifications;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Long agencyId = organization.agencyByCode("SNV").map(a -> a.getId()).orElse(null);
        if (agencyId == null || needs.agencyHasNeeds(agencyId)) {
            return;
        }
        Actor specialist = actor("chuyenvien");
        Actor chief = actor("chanhvp");
        Actor headTccb = actor("tp.tccb");
        Actor headCchc = actor("tp.cchc");
        if (specialist == null || chief == null || headTccb == null || headCchc == null) {
            return; // the demo accounts were changed: nothing sensible to add
        }
        Long office = chief.unitId();
        Long tccb = headTccb.unitId();
        Long cchc = headCchc.unitId();
        Long ccvc = unitByCode(specialist, "CCVC");

        LocalDate today = LocalDate.now(clock);
        int last = today.getYear() - 1;
        int year = today.getYear();

        // ---- last year: collection opened in February, due mid-March ----
        needs.openCollection(chief, last, LocalDate.of(last, 3, 15), at(last, 2, 10, 9));
        Long qlnnCvc = needs.create(headTccb, need(last, tccb, "Bồi dưỡng kiến thức quản lý nhà nước ngạch chuyên viên "
                + "chính", TrainingCategory.STATE_MANAGEMENT, "PRINCIPAL", 3, List.of(), 2, 15_000_000L,
                "Ba công chức đủ điều kiện dự thi nâng ngạch chuyên viên chính năm sau."), at(last, 2, 20, 8));
        Long digitalCchc = needs.create(headCchc, need(last, cchc, "Bồi dưỡng kỹ năng số trong cải cách hành chính",
                TrainingCategory.DIGITAL, null, 5, List.of(), 3, 10_000_000L,
                "Triển khai dịch vụ công trực tuyến toàn trình."), at(last, 2, 24, 14));
        // the demo staff member (nhanvien) is one of the two named, so her own needs page has something
        List<Long> cchcPeople = new ArrayList<>();
        directory.actorOf("nhanvien").flatMap(a -> directory.staffIdOf(a.userId())).ifPresent(cchcPeople::add);
        for (Long id : people(headCchc, cchc, 2)) {
            if (cchcPeople.size() < 2 && !cchcPeople.contains(id)) {
                cchcPeople.add(id);
            }
        }
        Long llctCchc = needs.create(headCchc, need(last, cchc, "Trung cấp lý luận chính trị - hành chính",
                TrainingCategory.POLITICAL_THEORY, "INTERMEDIATE", null, cchcPeople, 1, 24_000_000L,
                "Quy hoạch chức danh Phó Trưởng phòng."), at(last, 2, 25, 10));
        Long digitalVp = needs.create(specialist, need(last, office, "Bồi dưỡng kỹ năng chuyển đổi số",
                TrainingCategory.DIGITAL, null, 4, List.of(), 3, 8_000_000L, "Vận hành hệ thống quản lý văn bản mới."),
                at(last, 2, 26, 9));
        Long qlnnCv = needs.create(specialist, need(last, office, "Bồi dưỡng kiến thức quản lý nhà nước ngạch chuyên "
                + "viên", TrainingCategory.STATE_MANAGEMENT, "SPECIALIST", 3, List.of(), 2, 9_000_000L,
                "Công chức mới tuyển dụng."), at(last, 2, 26, 10));
        Long leadership = needs.create(headTccb, need(last, tccb, "Bồi dưỡng lãnh đạo, quản lý cấp phòng",
                TrainingCategory.LEADERSHIP, "DIVISION", 2, List.of(), 4, 12_000_000L,
                "Hai Phó Trưởng phòng mới bổ nhiệm."), at(last, 3, 2, 15));
        Long defence = needs.create(headTccb, need(last, tccb, "Bồi dưỡng kiến thức quốc phòng và an ninh đối tượng 4",
                TrainingCategory.DEFENSE_SECURITY, "GROUP_4", 6, List.of(), 4, 6_000_000L, null), at(last, 3, 3, 9));
        Long ngo = needs.create(headTccb, need(last, tccb, "Nghiệp vụ quản lý hội, tổ chức phi chính phủ",
                TrainingCategory.JOB_POSITION, null, 4, List.of(), 3, 7_500_000L, null), at(last, 3, 3, 10));
        needs.create(specialist, need(last, ccvc, "Tiếng Anh giao tiếp trình độ B1", TrainingCategory.FOREIGN_LANGUAGE,
                null, 2, List.of(), null, 5_000_000L, "Chưa có Trưởng phòng xác nhận."), at(last, 3, 5, 16));

        needs.submit(headTccb, qlnnCvc, at(last, 3, 10, 9));
        needs.submit(headCchc, digitalCchc, at(last, 3, 12, 10));
        needs.submit(headCchc, llctCchc, at(last, 3, 12, 10));
        needs.submit(chief, digitalVp, at(last, 3, 13, 8));
        needs.submit(chief, qlnnCv, at(last, 3, 13, 8));
        needs.submit(headTccb, leadership, at(last, 3, 14, 11));
        needs.submit(headTccb, defence, at(last, 3, 14, 11));
        needs.submit(headTccb, ngo, at(last, 3, 14, 11));

        needs.returnTo(specialist, llctCchc, "Đề nghị ghi rõ căn cứ quy hoạch và kinh phí theo định mức của Trường "
                + "Chính trị tỉnh.", at(last, 3, 18, 9));
        needs.returnTo(specialist, ngo, "Đề nghị nêu người cụ thể và căn cứ kinh phí.", at(last, 3, 18, 10));
        needs.submit(headCchc, llctCchc, at(last, 3, 19, 14));
        for (Long id : List.of(qlnnCvc, digitalCchc, llctCchc, digitalVp, qlnnCv, leadership)) {
            needs.accept(specialist, id, at(last, 3, 20, 10));
        }
        needs.merge(specialist, last, List.of(digitalCchc, digitalVp), "Bồi dưỡng kỹ năng số cho công chức",
                at(last, 3, 25, 9));
        // last year's notices have been read long ago
        for (Actor a : List.of(specialist, chief, headTccb, headCchc)) {
            notifications.markAllRead(a);
        }

        // ---- this year: the collection is open; TCBC has sent one need, CCHC nothing yet ----
        LocalDateTime opened = LocalDateTime.now(clock).minusDays(7);
        needs.openCollection(chief, year, today.plusDays(14), opened);
        Long sent = needs.create(headTccb, need(year, tccb, "Bồi dưỡng kỹ năng thẩm định đề án vị trí việc làm",
                TrainingCategory.JOB_POSITION, null, 4, List.of(), 2, 16_000_000L,
                "Thẩm định đề án vị trí việc làm của các cơ quan, đơn vị."), opened.plusDays(2));
        needs.submit(headTccb, sent, opened.plusDays(3));
        needs.create(headTccb, need(year, tccb, "Cao cấp lý luận chính trị", TrainingCategory.POLITICAL_THEORY,
                "ADVANCED", 1, List.of(), 3, 40_000_000L, null), opened.plusDays(4));
        log.info("Demo needs loaded: {} history and {} collection open", last, year);
    }

    private Actor actor(String username) {
        return directory.actorOf(username).orElse(null);
    }

    private Long unitByCode(Actor actor, String code) {
        return units.unitsOf(actor).stream().filter(u -> code.equals(u.getCode())).map(Unit::getId).findFirst()
                .orElse(actor.unitId());
    }

    /** The first {@code n} active people of a unit who are not its head. */
    private List<Long> people(Actor head, Long unitId, int n) {
        List<Long> out = new ArrayList<>();
        Long headStaff = directory.staffIdOf(head.userId()).orElse(null);
        for (StaffView s : staff.search(head, unitId, null, true, PageRequest.of(0, 50,
                StaffService.DEFAULT_SORT)).items()) {
            if (!s.id().equals(headStaff) && out.size() < n) {
                out.add(s.id());
            }
        }
        return out;
    }

    private static NeedData need(int year, Long unitId, String title, TrainingCategory category, String level,
            Integer headcount, List<Long> staffIds, Integer quarter, long cost, String rationale) {
        return new NeedData(year, unitId, title, category, level, headcount, staffIds, quarter, cost, rationale, null);
    }

    private static LocalDateTime at(int year, int month, int day, int hour) {
        return LocalDateTime.of(year, month, day, hour, 0);
    }
}
