package vn.boiduong.competency;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.common.Actor;
import vn.boiduong.common.InvalidInputException;
import vn.boiduong.common.NotFoundException;
import vn.boiduong.common.TrainingCategory;
import vn.boiduong.common.web.PageHelpers;
import vn.boiduong.competency.internal.AssessmentRepository;
import vn.boiduong.competency.internal.Competency;
import vn.boiduong.competency.internal.CompetencyAssessment;
import vn.boiduong.competency.internal.JobPositionRepository;
import vn.boiduong.competency.internal.RequiredCompetencyRepository;
import vn.boiduong.competency.internal.RequirementIndex;
import vn.boiduong.competency.internal.StandardRule;
import vn.boiduong.competency.internal.TrainingLink;
import vn.boiduong.organization.StaffService;
import vn.boiduong.organization.StaffView;

/**
 * The competency step's public face for the needs module: "create a need from a gap (or a finding)
 * with one click". Same rights and unit scope as reading the gap or the finding itself: a person
 * outside the actor's scope is 404, a role that may not read them is 403, and a gap that is not
 * there (level met, standard met) is 400 on the field concerned. Nothing is written.
 */
@Service
@Transactional(readOnly = true)
public class NeedSuggestions {

    private final StaffService staff;
    private final CompetencyCatalogue catalogue;
    private final OrganisationalAnalysis analysis;
    private final JobPositionRepository positions;
    private final RequiredCompetencyRepository requirements;
    private final AssessmentRepository assessments;
    private final Clock clock;

    NeedSuggestions(StaffService staff, CompetencyCatalogue catalogue, OrganisationalAnalysis analysis,
            JobPositionRepository positions, RequiredCompetencyRepository requirements,
            AssessmentRepository assessments, Clock clock) {
        this.staff = staff;
        this.catalogue = catalogue;
        this.analysis = analysis;
        this.positions = positions;
        this.requirements = requirements;
        this.assessments = assessments;
        this.clock = clock;
    }

    /** From a competency gap of one person: the competency's first training, required against current level. */
    public SuggestedNeed fromGap(Actor actor, long staffId, long competencyId) {
        StaffService.requireReader(actor);
        StaffView s = staff.get(actor, staffId);
        Competency c = catalogue.visible(actor, competencyId);
        RequirementIndex index = new RequirementIndex(positions.findByAgencyIdOrderByNameAsc(c.getAgencyId()),
                requirements.findByAgency(c.getAgencyId()));
        Integer required = c.isActive() ? index.required(s.position(), s.gradeCode(), s.professionalTitle())
                .get(c.getId()) : null;
        if (required == null) {
            throw InvalidInputException.of("competencyId", "Năng lực «" + c.getName() + "» không được yêu cầu đối "
                    + "với vị trí việc làm, ngạch hoặc chức danh của " + s.fullName() + ".");
        }
        LocalDate today = LocalDate.now(clock);
        CompetencyAssessment current = assessments.validOn(List.of(s.id()), today).stream()
                .filter(a -> a.getCompetencyId().equals(c.getId())).findFirst().orElse(null);
        int level = current == null ? 0 : current.getLevel();
        if (level >= required) {
            throw InvalidInputException.of("competencyId", s.fullName() + " đã đạt mức yêu cầu của năng lực «"
                    + c.getName() + "» (hiện có mức " + level + ", yêu cầu mức " + required + ").");
        }
        TrainingLink link = c.getTrainings().isEmpty() ? null : c.getTrainings().get(0);
        TrainingCategory category = link == null ? TrainingCategory.OTHER : link.getCategory();
        String categoryLevel = link == null ? null : link.getLevel();
        String sources = index.sources(s.position(), s.gradeCode(), s.professionalTitle(), c.getId()).stream()
                .map(RequirementIndex.Source::describe).collect(Collectors.joining(", "));
        String has = current == null ? "chưa được đánh giá"
                : "hiện có mức " + level + " (đánh giá ngày " + PageHelpers.DATE.format(current.getAssessedOn())
                        + " bởi " + current.getAssessor() + ")";
        String rationale = "Khoảng cách năng lực «" + c.getName() + "» của " + s.fullName() + ": yêu cầu mức "
                + required + " theo " + sources + "; " + has + ".";
        return new SuggestedNeed(s.unitId(), titleFor(c.getName()), category, categoryLevel, List.of(s.id()),
                rationale);
    }

    /** From an organisational-analysis finding: the person fails the standard rule; its fix is the need. */
    public SuggestedNeed fromFinding(Actor actor, long staffId, long ruleId) {
        OrganisationalAnalysis.requireViewer(actor);
        StaffView s = staff.get(actor, staffId);
        StandardRule r = analysis.ownRule(actor, ruleId).orElseThrow(() -> new NotFoundException("tiêu chuẩn"));
        StandardRule.Shortfall shortfall = r.check(StaffFacts.of(s)).orElseThrow(() -> InvalidInputException.of(
                "ruleId", s.fullName() + " đã đáp ứng tiêu chuẩn «" + r.getName() + "» (hoặc tiêu chuẩn không áp "
                        + "dụng, đã ngừng sử dụng)."));
        Finding f = OrganisationalAnalysis.finding(s, r, shortfall);
        String rationale = "Phân tích tổ chức — tiêu chuẩn " + r.getCode() + " «" + r.getName() + "»: " + s.fullName()
                + " — " + f.missing() + "." + (r.getLegalBasis() == null ? "" : " Căn cứ: " + r.getLegalBasis() + ".");
        return new SuggestedNeed(s.unitId(), r.getFixTitle(), r.getFixCategory(), r.getFixLevel(), List.of(s.id()),
                rationale);
    }

    /** "Kỹ năng số" → "Bồi dưỡng kỹ năng số"; an initialism ("QLNN …") keeps its capitals. */
    static String titleFor(String competencyName) {
        String n = competencyName.trim();
        boolean initialism = n.length() > 1 && Character.isUpperCase(n.charAt(1));
        String lowered = initialism ? n : n.substring(0, 1).toLowerCase(Locale.forLanguageTag("vi")) + n.substring(1);
        return "Bồi dưỡng " + lowered;
    }
}
