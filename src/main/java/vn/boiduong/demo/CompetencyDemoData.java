package vn.boiduong.demo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.common.Actor;
import vn.boiduong.common.Role;
import vn.boiduong.common.TrainingCategory;
import vn.boiduong.competency.CompetencyData;
import vn.boiduong.competency.CompetencyData.TrainingData;
import vn.boiduong.competency.CompetencyGroup;
import vn.boiduong.competency.CompetencySetup;
import vn.boiduong.competency.CompetencySetup.PastAssessment;
import vn.boiduong.organization.Agency;
import vn.boiduong.organization.OrganizationSetup;
import vn.boiduong.organization.StaffService;
import vn.boiduong.organization.StaffView;

/**
 * The demo agency's competency catalogue (B1): twenty competencies in the seed's two groups, the
 * job positions of its people with the levels they require, and last year's assessments of every
 * person (some with an earlier one, so histories show). Runs after {@link DemoData}; does nothing
 * when the catalogue already exists. Fixed random seed: every start gives the same data.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "boiduong.demo-data", havingValue = "true")
class CompetencyDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CompetencyDemoData.class);

    private final OrganizationSetup organization;
    private final StaffService staff;
    private final CompetencySetup setup;

    CompetencyDemoData(OrganizationSetup organization, StaffService staff, CompetencySetup setup) {
        this.organization = organization;
        this.staff = staff;
        this.setup = setup;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Agency agency = organization.agencyByCode("SNV").orElse(null);
        if (agency == null || setup.hasCatalogue(agency.getId())) {
            return;
        }
        Long a = agency.getId();
        Map<String, Long> c = new LinkedHashMap<>();
        CompetencyGroup k = CompetencyGroup.KNOWLEDGE;
        CompetencyGroup s = CompetencyGroup.SKILLS_ETHICS;
        c.put("KT-QLNN", add(a, "KT-QLNN", "Kiến thức quản lý nhà nước", k,
                "Kiến thức về nhà nước, bộ máy hành chính, công vụ và quản lý nhà nước theo tiêu chuẩn ngạch.",
                List.of("Nắm được khái niệm cơ bản về nhà nước, bộ máy hành chính và công vụ.",
                        "Hiểu chức năng, nhiệm vụ của cơ quan; áp dụng quy định vào việc được giao khi có hướng dẫn.",
                        "Vận dụng độc lập kiến thức quản lý nhà nước trong lĩnh vực phụ trách (chứng chỉ ngạch chuyên viên).",
                        "Phân tích, tham mưu giải pháp quản lý trong lĩnh vực (chứng chỉ ngạch chuyên viên chính).",
                        "Chủ trì xây dựng, đánh giá chính sách của ngành (chứng chỉ ngạch chuyên viên cao cấp)."),
                train(TrainingCategory.STATE_MANAGEMENT, "SPECIALIST"),
                train(TrainingCategory.STATE_MANAGEMENT, "PRINCIPAL")));
        c.put("KT-LLCT", add(a, "KT-LLCT", "Lý luận chính trị", k,
                "Nắm vững chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh, đường lối của Đảng và vận dụng trong công tác.",
                List.of("Nắm được những nội dung cơ bản của đường lối, chính sách (sơ cấp).",
                        "Hiểu và tuyên truyền được chủ trương, chính sách trong phạm vi công việc.",
                        "Vận dụng lý luận chính trị trong tham mưu công tác chuyên môn (trung cấp).",
                        "Định hướng, lãnh đạo tư tưởng trong đơn vị; đánh giá được tác động chính sách.",
                        "Hoạch định chủ trương, chỉ đạo thực hiện ở tầm cơ quan (cao cấp)."),
                train(TrainingCategory.POLITICAL_THEORY, "INTERMEDIATE"),
                train(TrainingCategory.POLITICAL_THEORY, "ADVANCED")));
        c.put("KT-CMNV", add(a, "KT-CMNV", "Kiến thức chuyên môn ngành nội vụ", k,
                "Trình độ đào tạo và kiến thức chuyên môn phù hợp vị trí việc làm trong ngành nội vụ.",
                graded("kiến thức chuyên môn ngành nội vụ"), train(TrainingCategory.JOB_POSITION, null),
                train(TrainingCategory.DEGREE, "MASTER")));
        c.put("KT-PLCV", add(a, "KT-PLCV", "Pháp luật về cán bộ, công chức, viên chức", k,
                "Luật Cán bộ, công chức; Luật Viên chức và các văn bản hướng dẫn về tuyển dụng, sử dụng, quản lý.",
                graded("pháp luật về cán bộ, công chức, viên chức"), train(TrainingCategory.JOB_POSITION, null)));
        c.put("KT-CCHC", add(a, "KT-CCHC", "Cải cách hành chính", k,
                "Chương trình tổng thể cải cách hành chính nhà nước, chỉ số PAR INDEX, SIPAS, thủ tục hành chính.",
                graded("cải cách hành chính và kiểm soát thủ tục hành chính"),
                train(TrainingCategory.JOB_POSITION, null)));
        c.put("KT-TCBM", add(a, "KT-TCBM", "Tổ chức bộ máy và quản lý biên chế", k,
                "Sắp xếp tổ chức bộ máy, vị trí việc làm, quản lý biên chế và tinh giản biên chế.",
                graded("tổ chức bộ máy, vị trí việc làm và biên chế"), train(TrainingCategory.JOB_POSITION, null)));
        c.put("KT-TTKN", add(a, "KT-TTKN", "Thanh tra, giải quyết khiếu nại, tố cáo", k,
                "Nghiệp vụ thanh tra hành chính, tiếp công dân, giải quyết khiếu nại, tố cáo trong ngành nội vụ.",
                graded("nghiệp vụ thanh tra, giải quyết khiếu nại, tố cáo"),
                train(TrainingCategory.JOB_POSITION, null)));
        c.put("KT-VTLT", add(a, "KT-VTLT", "Nghiệp vụ văn thư, lưu trữ", k,
                "Quản lý văn bản, lập hồ sơ, chỉnh lý, bảo quản và phát huy giá trị tài liệu lưu trữ.",
                graded("nghiệp vụ văn thư, lưu trữ"), train(TrainingCategory.JOB_POSITION, null)));
        c.put("KT-CDNN", add(a, "KT-CDNN", "Tiêu chuẩn chức danh nghề nghiệp viên chức", k,
                "Kiến thức, kỹ năng theo tiêu chuẩn chức danh nghề nghiệp viên chức chuyên ngành lưu trữ.",
                graded("tiêu chuẩn chức danh nghề nghiệp"), train(TrainingCategory.PROFESSIONAL_TITLE, "RANK_III"),
                train(TrainingCategory.PROFESSIONAL_TITLE, "RANK_II")));
        c.put("KT-QPAN", add(a, "KT-QPAN", "Kiến thức quốc phòng và an ninh", k,
                "Kiến thức quốc phòng, an ninh theo đối tượng bồi dưỡng.",
                graded("kiến thức quốc phòng và an ninh"), train(TrainingCategory.DEFENSE_SECURITY, "GROUP_4")));
        c.put("KT-SO", add(a, "KT-SO", "Kỹ năng số", k,
                "Ứng dụng công nghệ thông tin, dịch vụ công trực tuyến, chữ ký số, an toàn thông tin và chuyển đổi số.",
                List.of("Sử dụng máy tính, thư điện tử và phần mềm văn phòng cơ bản.",
                        "Dùng thành thạo hệ thống quản lý văn bản và điều hành, chữ ký số.",
                        "Khai thác cơ sở dữ liệu chuyên ngành, xử lý hồ sơ trực tuyến, bảo đảm an toàn thông tin.",
                        "Đề xuất, hướng dẫn đồng nghiệp ứng dụng công nghệ số trong nghiệp vụ.",
                        "Chủ trì chuyển đổi số quy trình nghiệp vụ của đơn vị."),
                train(TrainingCategory.DIGITAL, null)));
        c.put("KT-NN", add(a, "KT-NN", "Ngoại ngữ", k,
                "Sử dụng ngoại ngữ (chủ yếu tiếng Anh) trong công việc, theo khung năng lực ngoại ngữ 6 bậc.",
                List.of("Bậc 1 (A1): giao tiếp rất đơn giản.", "Bậc 2 (A2): đọc hiểu văn bản ngắn, thông dụng.",
                        "Bậc 3 (B1): đọc tài liệu chuyên môn đơn giản, giao tiếp công việc thông thường.",
                        "Bậc 4 (B2): trao đổi chuyên môn, viết thư công việc.",
                        "Bậc 5 trở lên (C1–C2): làm việc với đối tác quốc tế, biên dịch tài liệu."),
                train(TrainingCategory.FOREIGN_LANGUAGE, null)));
        c.put("KT-TDT", add(a, "KT-TDT", "Tiếng dân tộc thiểu số", k,
                "Tiếng Tày, Nùng, Sán Dìu… phục vụ công tác ở vùng đồng bào dân tộc thiểu số của tỉnh.",
                graded("tiếng dân tộc thiểu số"), train(TrainingCategory.ETHNIC_LANGUAGE, null)));
        c.put("KN-DDCV", add(a, "KN-DDCV", "Đạo đức công vụ", s,
                "Liêm chính, trách nhiệm, kỷ luật, kỷ cương; phòng, chống tham nhũng, tiêu cực; văn hóa công vụ.",
                List.of("Biết các chuẩn mực đạo đức và quy tắc ứng xử của công chức.",
                        "Thực hiện đúng quy tắc ứng xử, nội quy cơ quan.",
                        "Chủ động giữ gìn liêm chính, tận tụy phục vụ nhân dân.",
                        "Là tấm gương về đạo đức công vụ; nhắc nhở, giúp đỡ đồng nghiệp.",
                        "Xây dựng văn hóa công vụ, phòng ngừa tiêu cực trong cơ quan."),
                train(TrainingCategory.OTHER, null)));
        c.put("KN-GTUX", add(a, "KN-GTUX", "Kỹ năng giao tiếp, ứng xử", s,
                "Giao tiếp với người dân, tổ chức và đồng nghiệp; tiếp công dân; xử lý tình huống.",
                graded("kỹ năng giao tiếp, ứng xử"), train(TrainingCategory.JOB_POSITION, null)));
        c.put("KN-VBHC", add(a, "KN-VBHC", "Soạn thảo văn bản hành chính", s,
                "Thể thức, kỹ thuật trình bày văn bản hành chính theo Nghị định 30/2020/NĐ-CP; soạn thảo văn bản "
                        + "quy phạm pháp luật.",
                graded("kỹ năng soạn thảo văn bản hành chính"), train(TrainingCategory.JOB_POSITION, null)));
        c.put("KN-QLLD", add(a, "KN-QLLD", "Quản lý, lãnh đạo", s,
                "Lãnh đạo, quản lý đơn vị: lập kế hoạch, phân công, kiểm tra, đánh giá, phát triển đội ngũ.",
                graded("kỹ năng lãnh đạo, quản lý"), train(TrainingCategory.LEADERSHIP, "DIVISION"),
                train(TrainingCategory.LEADERSHIP, "DEPARTMENT")));
        c.put("KN-TMCS", add(a, "KN-TMCS", "Tham mưu, phân tích và hoạch định chính sách", s,
                "Thu thập, phân tích thông tin; đề xuất, xây dựng và đánh giá tác động chính sách.",
                graded("kỹ năng tham mưu, phân tích chính sách"), train(TrainingCategory.JOB_POSITION, null)));
        c.put("KN-LVN", add(a, "KN-LVN", "Làm việc nhóm và phối hợp", s,
                "Phối hợp trong đơn vị và với các cơ quan liên quan; làm việc nhóm hiệu quả.",
                graded("kỹ năng làm việc nhóm và phối hợp"), train(TrainingCategory.OTHER, null)));
        c.put("KN-KHTC", add(a, "KN-KHTC", "Lập kế hoạch và tổ chức thực hiện", s,
                "Xây dựng kế hoạch công tác, quản lý thời gian, theo dõi và báo cáo kết quả.",
                graded("kỹ năng lập kế hoạch và tổ chức thực hiện"), train(TrainingCategory.JOB_POSITION, null)));

        Map<String, Map<String, Integer>> byPosition = requirements();
        for (Map.Entry<String, Map<String, Integer>> e : byPosition.entrySet()) {
            Long position = setup.createJobPosition(a, e.getKey(), null);
            e.getValue().forEach((code, level) -> setup.requireForJobPosition(c.get(code), position, level));
        }
        setup.requireForGrade(c.get("KT-QLNN"), "01.001", 5);
        setup.requireForGrade(c.get("KT-QLNN"), "01.002", 4);
        setup.requireForGrade(c.get("KT-QLNN"), "01.003", 3);
        setup.requireForGrade(c.get("KT-QLNN"), "01.004", 2);
        setup.requireForGrade(c.get("KT-CMNV"), "01.002", 4);
        setup.requireForGrade(c.get("KT-CMNV"), "01.003", 3);
        setup.requireForTitle(c.get("KT-CDNN"), "Lưu trữ viên", 3);
        setup.requireForTitle(c.get("KT-CDNN"), "Lưu trữ viên chính", 4);

        int assessments = assess(a, c, byPosition);
        log.info("Demo competencies loaded: {} competencies, {} job positions, {} assessments", c.size(),
                byPosition.size(), assessments);
    }

    /** The levels each post requires: Chuyên viên as the base, leaders above it. */
    private static Map<String, Map<String, Integer>> requirements() {
        Map<String, Integer> specialist = levels("KT-QLNN", 3, "KT-LLCT", 2, "KT-PLCV", 3, "KT-CCHC", 2, "KT-QPAN", 2,
                "KT-SO", 3, "KT-NN", 2, "KN-DDCV", 4, "KN-GTUX", 3, "KN-VBHC", 3, "KN-LVN", 3, "KN-KHTC", 3);
        Map<String, Integer> deputy = levels("KT-QLNN", 4, "KT-LLCT", 3, "KT-PLCV", 4, "KT-CCHC", 3, "KT-QPAN", 3,
                "KT-SO", 3, "KN-DDCV", 4, "KN-GTUX", 4, "KN-VBHC", 4, "KN-QLLD", 3, "KN-TMCS", 3, "KN-KHTC", 4);
        Map<String, Integer> head = levels("KT-QLNN", 4, "KT-LLCT", 4, "KT-PLCV", 4, "KT-CCHC", 3, "KT-QPAN", 3,
                "KT-SO", 3, "KN-DDCV", 5, "KN-GTUX", 4, "KN-VBHC", 4, "KN-QLLD", 4, "KN-TMCS", 4, "KN-KHTC", 4);
        Map<String, Integer> director = levels("KT-QLNN", 5, "KT-LLCT", 5, "KT-PLCV", 5, "KT-CCHC", 4, "KT-QPAN", 3,
                "KN-DDCV", 5, "KN-QLLD", 5, "KN-TMCS", 5, "KN-GTUX", 4);
        Map<String, Map<String, Integer>> m = new LinkedHashMap<>();
        m.put("Giám đốc", director);
        m.put("Phó Giám đốc", director);
        m.put("Chánh Văn phòng", head);
        m.put("Trưởng phòng", head);
        m.put("Phó Trưởng phòng", deputy);
        m.put("Chuyên viên", specialist);
        m.put("Nhân viên", levels("KT-SO", 2, "KN-DDCV", 3, "KN-GTUX", 3, "KN-LVN", 2, "KT-VTLT", 1));
        m.put("Giám đốc Trung tâm", levels("KT-VTLT", 4, "KT-CDNN", 4, "KT-LLCT", 3, "KT-SO", 3, "KN-DDCV", 5,
                "KN-QLLD", 4, "KN-KHTC", 4, "KN-GTUX", 4));
        m.put("Lưu trữ viên", levels("KT-VTLT", 4, "KT-SO", 3, "KN-DDCV", 4, "KN-GTUX", 3, "KN-LVN", 3,
                "KT-PLCV", 2));
        return m;
    }

    /** Last year's assessment of every required competency, some people with an older one before it. */
    private int assess(Long agencyId, Map<String, Long> codes, Map<String, Map<String, Integer>> byPosition) {
        Actor system = new Actor(null, "system", "Dữ liệu mẫu", Set.of(Role.ADMIN), null, agencyId);
        List<StaffView> people = staff.search(system, null, null, true, Pageable.unpaged(StaffService.DEFAULT_SORT))
                .items();
        Random random = new Random(2021_06_30L);
        int lastYear = LocalDate.now().getYear() - 1;
        int[] deltas = {-2, -1, -1, 0, 0, 0, 1};
        Map<Long, Map<Long, List<PastAssessment>>> all = new HashMap<>();
        int count = 0;
        for (StaffView p : people) {
            Map<String, Integer> required = new java.util.TreeMap<>(byPosition.getOrDefault(p.position(),
                    Map.of()));
            if (p.gradeCode() != null) {
                required.merge("KT-QLNN", switch (p.gradeCode()) {
                    case "01.001" -> 5;
                    case "01.002" -> 4;
                    case "01.003" -> 3;
                    default -> 2;
                }, Math::max);
                if ("01.002".equals(p.gradeCode()) || "01.003".equals(p.gradeCode())) {
                    required.merge("KT-CMNV", "01.002".equals(p.gradeCode()) ? 4 : 3, Math::max);
                }
            }
            if (p.professionalTitle() != null && p.professionalTitle().startsWith("Lưu trữ viên")) {
                required.merge("KT-CDNN", p.professionalTitle().endsWith("chính") ? 4 : 3, Math::max);
            }
            Map<Long, List<PastAssessment>> mine = new LinkedHashMap<>();
            for (Map.Entry<String, Integer> r : required.entrySet()) {
                if (random.nextInt(10) == 0) {
                    continue; // not yet assessed: counts as level 0
                }
                int level = Math.max(1, Math.min(5, r.getValue() + deltas[random.nextInt(deltas.length)]));
                LocalDate on = LocalDate.of(lastYear, 10 + random.nextInt(3), 1 + random.nextInt(28));
                String note = "Đánh giá định kỳ cuối năm " + lastYear + " (phiếu tự đánh giá và nhận xét của "
                        + "thủ trưởng đơn vị).";
                List<PastAssessment> history = new java.util.ArrayList<>();
                if (level > 1 && random.nextInt(3) == 0) {
                    history.add(new PastAssessment(level - 1, on.minusYears(2), "chuyenvien",
                            "Đánh giá năm " + (lastYear - 2) + "."));
                    count++;
                }
                history.add(new PastAssessment(level, on, "chuyenvien", note));
                count++;
                mine.put(codes.get(r.getKey()), history);
            }
            all.put(p.id(), mine);
        }
        setup.recordFirstHistories(all);
        return count;
    }

    private Long add(Long agencyId, String code, String name, CompetencyGroup group, String description,
            List<String> levels, TrainingData... trainings) {
        return setup.createCompetency(agencyId, new CompetencyData(code, name, group, description, levels,
                List.of(trainings)));
    }

    private static TrainingData train(TrainingCategory category, String level) {
        return new TrainingData(category, level);
    }

    /** Five levels in the usual words of a competency framework: biết, hiểu, vận dụng, thành thạo, chuyên gia. */
    private static List<String> graded(String subject) {
        return List.of("Biết: nắm được khái niệm, quy định cơ bản về " + subject + ".",
                "Hiểu: áp dụng " + subject + " trong công việc đơn giản khi có hướng dẫn.",
                "Vận dụng: độc lập vận dụng " + subject + " để hoàn thành công việc được giao.",
                "Thành thạo: xử lý tình huống phức tạp, hướng dẫn đồng nghiệp về " + subject + ".",
                "Chuyên gia: tham mưu, xây dựng quy định, chính sách và đào tạo người khác về " + subject + ".");
    }

    private static Map<String, Integer> levels(Object... pairs) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], (Integer) pairs[i + 1]);
        }
        return m;
    }
}
