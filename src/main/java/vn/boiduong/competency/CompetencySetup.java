package vn.boiduong.competency;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.competency.internal.AssessmentRepository;
import vn.boiduong.competency.internal.Competency;
import vn.boiduong.competency.internal.CompetencyAssessment;
import vn.boiduong.competency.internal.CompetencyRepository;
import vn.boiduong.competency.internal.JobPosition;
import vn.boiduong.competency.internal.JobPositionRepository;
import vn.boiduong.competency.internal.RequiredCompetency;
import vn.boiduong.competency.internal.RequiredCompetencyRepository;
import vn.boiduong.competency.internal.TrainingLink;

/**
 * Seeding: filling the catalogue outside a user's request, with no rights check (the demo data).
 * Requests from people go through {@link CompetencyCatalogue} and {@link CompetencyAssessments},
 * which check rights and audit.
 *
 * <p>It is the module's named interface {@code seeding}, not part of its ordinary face: only the
 * seeders ({@code demo}, {@code scale}) may use it, which {@code ModularityTest} checks.
 */
@NamedInterface(name = "seeding", propagate = false)
@Service
@Transactional
public class CompetencySetup {

    private final CompetencyRepository competencies;
    private final JobPositionRepository positions;
    private final RequiredCompetencyRepository requirements;
    private final AssessmentRepository assessments;
    private final Clock clock;

    CompetencySetup(CompetencyRepository competencies, JobPositionRepository positions,
            RequiredCompetencyRepository requirements, AssessmentRepository assessments, Clock clock) {
        this.competencies = competencies;
        this.positions = positions;
        this.requirements = requirements;
        this.assessments = assessments;
        this.clock = clock;
    }

    /**
     * The key a staff member's post is matched to a job position by, for a seeder that writes
     * assessments with its own JDBC batches (the scale data) and must match posts as the gap table does.
     */
    public static String jobPositionKey(String position) {
        return JobPosition.key(position);
    }

    /**
     * Gives an agency its own copy of the national standards (the rows without an agency), unless it
     * has standards already: for a seeder that writes agencies with its own JDBC batches (the scale
     * data). An agency created otherwise gets it from {@code AgencyCreated}.
     */
    public static void nationalStandardsFor(org.springframework.jdbc.core.JdbcTemplate jdbc, long agencyId) {
        jdbc.update("insert into standard_rule (agency_id, code, name, legal_basis, cond_category, cond_grade_code, "
                + "cond_leader, cond_title_rank, req_field, req_match, req_values, fix_category, fix_level, fix_title, "
                + "active, version) select ?, n.code, n.name, n.legal_basis, n.cond_category, n.cond_grade_code, "
                + "n.cond_leader, n.cond_title_rank, n.req_field, n.req_match, n.req_values, n.fix_category, "
                + "n.fix_level, n.fix_title, n.active, 0 from standard_rule n where n.agency_id is null "
                + "and not exists (select 1 from standard_rule o where o.agency_id = ?)", agencyId, agencyId);
    }

    public boolean hasCatalogue(Long agencyId) {
        return !competencies.findByAgencyIdOrderByGroupAscCodeAsc(agencyId).isEmpty();
    }

    public Long createCompetency(Long agencyId, CompetencyData d) {
        Competency c = new Competency(agencyId, d.code());
        c.describe(d.name(), d.group(), d.description(), d.levels(), d.trainings() == null ? List.of()
                : d.trainings().stream().map(t -> new TrainingLink(t.category(), t.level())).toList());
        return competencies.save(c).getId();
    }

    public Long createJobPosition(Long agencyId, String name, String description) {
        return positions.save(new JobPosition(agencyId, name, description)).getId();
    }

    public void requireForJobPosition(Long competencyId, Long jobPositionId, int level) {
        requirements.save(RequiredCompetency.forJobPosition(competencyId, jobPositionId, level));
    }

    public void requireForGrade(Long competencyId, String gradeCode, int level) {
        requirements.save(RequiredCompetency.forGrade(competencyId, gradeCode, level));
    }

    public void requireForTitle(Long competencyId, String professionalTitle, int level) {
        requirements.save(RequiredCompetency.forTitle(competencyId, professionalTitle, level));
    }

    /** Records an assessment as of a past day, closing the one in force, exactly as a person's would. */
    public void recordAssessment(Long staffId, Long competencyId, int level, LocalDate assessedOn, String assessor,
            String evidence) {
        CompetencyAssessment next = new CompetencyAssessment(staffId, competencyId, level, assessedOn, assessor,
                evidence, LocalDateTime.now(clock));
        assessments.openForUpdate(staffId, competencyId).forEach(p -> p.supersededBy(next));
        assessments.save(next);
    }

    /** One past assessment of a history. */
    public record PastAssessment(int level, LocalDate assessedOn, String assessor, String evidence) {
    }

    /**
     * Records whole histories (oldest first) of people who have none yet, chained in memory and saved
     * in batches: a new catalogue's first load without a query per person.
     */
    public void recordFirstHistories(java.util.Map<Long, java.util.Map<Long, List<PastAssessment>>> byStaff) {
        LocalDateTime now = LocalDateTime.now(clock);
        List<CompetencyAssessment> all = new java.util.ArrayList<>();
        byStaff.forEach((staffId, byCompetency) -> byCompetency.forEach((competencyId, history) -> {
            CompetencyAssessment previous = null;
            for (PastAssessment p : history) {
                CompetencyAssessment a = new CompetencyAssessment(staffId, competencyId, p.level(), p.assessedOn(),
                        p.assessor(), p.evidence(), now);
                if (previous != null) {
                    previous.supersededBy(a);
                }
                all.add(a);
                previous = a;
            }
        }));
        assessments.saveAll(all);
    }
}
