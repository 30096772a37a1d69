package vn.boiduong.competency;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.common.Actor;
import vn.boiduong.common.AuditEvent;
import vn.boiduong.common.InputValidator;
import vn.boiduong.common.InvalidInputException;
import vn.boiduong.common.NotFoundException;
import vn.boiduong.common.Role;
import vn.boiduong.common.web.PageHelpers;
import vn.boiduong.competency.internal.AssessmentRepository;
import vn.boiduong.competency.internal.Competency;
import vn.boiduong.competency.internal.CompetencyAssessment;
import vn.boiduong.competency.internal.CompetencyRepository;
import vn.boiduong.competency.internal.EvidenceFileRepository;
import vn.boiduong.competency.internal.EvidenceMeta;
import vn.boiduong.competency.internal.JobPositionRepository;
import vn.boiduong.competency.internal.RequiredCompetencyRepository;
import vn.boiduong.competency.internal.RequirementIndex;
import vn.boiduong.identity.UserDirectory;
import vn.boiduong.organization.StaffService;
import vn.boiduong.organization.StaffView;

/**
 * B1 "xác định năng lực hiện có": dated assessments of each person. The Office and the head of the
 * person's unit record them; a new one closes the previous one, the history is kept and shown.
 */
@Service
@Transactional(readOnly = true)
public class CompetencyAssessments {

    private final AssessmentRepository assessments;
    private final CompetencyRepository competencies;
    private final JobPositionRepository positions;
    private final RequiredCompetencyRepository requirements;
    private final StaffService staff;
    private final CompetencyCatalogue catalogue;
    private final EvidenceFileRepository evidenceFiles;
    private final UserDirectory users;
    private final InputValidator validator;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CompetencyAssessments(AssessmentRepository assessments, CompetencyRepository competencies,
            JobPositionRepository positions, RequiredCompetencyRepository requirements, StaffService staff,
            CompetencyCatalogue catalogue, EvidenceFileRepository evidenceFiles, UserDirectory users,
            InputValidator validator, ApplicationEventPublisher events, Clock clock) {
        this.evidenceFiles = evidenceFiles;
        this.users = users;
        this.assessments = assessments;
        this.competencies = competencies;
        this.positions = positions;
        this.requirements = requirements;
        this.staff = staff;
        this.catalogue = catalogue;
        this.validator = validator;
        this.events = events;
        this.clock = clock;
    }

    public static boolean canAssess(Actor actor) {
        return actor.hasAny(Role.OFFICE_SPECIALIST, Role.OFFICE_CHIEF, Role.UNIT_HEAD);
    }

    /**
     * Readable by whoever may read the staff record (the Office, the Director, the administrator, the
     * head of the unit) and by the person themselves, through the account linked to their record.
     */
    public StaffCompetencies profile(Actor actor, long staffId) {
        StaffView s = readable(actor, staffId);
        RequirementIndex index = new RequirementIndex(positions.findByAgencyIdOrderByNameAsc(actor.agencyId()),
                requirements.findByAgency(actor.agencyId()));
        Map<Long, Integer> required = index.required(s.position(), s.gradeCode(), s.professionalTitle());
        Map<Long, List<AssessmentView>> history = new LinkedHashMap<>();
        List<CompetencyAssessment> all = assessments.findByStaffIdOrderByCompetencyIdAscAssessedOnDescIdDesc(staffId);
        Map<Long, List<EvidenceFileView>> files = new LinkedHashMap<>();
        if (!all.isEmpty()) {
            for (EvidenceMeta m : evidenceFiles.metaOf(all.stream().map(CompetencyAssessment::getId).toList())) {
                files.computeIfAbsent(m.assessmentId(), k -> new ArrayList<>()).add(EvidenceFiles.view(m));
            }
        }
        for (CompetencyAssessment a : all) {
            history.computeIfAbsent(a.getCompetencyId(), k -> new ArrayList<>())
                    .add(view(a, files.getOrDefault(a.getId(), List.of())));
        }
        List<StaffCompetencies.Row> rows = new ArrayList<>();
        for (Competency c : competencies.findByAgencyIdOrderByGroupAscCodeAsc(actor.agencyId())) {
            Integer req = c.isActive() ? required.get(c.getId()) : null;
            List<AssessmentView> h = history.getOrDefault(c.getId(), List.of());
            if (req == null && h.isEmpty()) {
                continue;
            }
            AssessmentView current = h.stream().filter(AssessmentView::current).findFirst().orElse(null);
            rows.add(StaffCompetencies.Row.of(c.getId(), c.getCode(), c.getName(), c.getGroup(), req, current, h));
        }
        Long positionId = index.positionOf(s.position());
        return new StaffCompetencies(s.id(), s.code(), s.fullName(), s.unitId(), s.unitName(), s.position(),
                positionId == null ? null : s.position(), s.gradeCode(), s.professionalTitle(), rows);
    }

    @Transactional
    public AssessmentView assess(Actor actor, long staffId, AssessmentData data) {
        if (!canAssess(actor)) {
            throw new vn.boiduong.common.ForbiddenException();
        }
        StaffView s = staff.get(actor, staffId);
        validator.check(data);
        Competency c;
        try {
            c = catalogue.visible(actor, data.competencyId());
        } catch (NotFoundException e) {
            throw InvalidInputException.of("competencyId", "Năng lực không tồn tại.");
        }
        if (!c.isActive()) {
            throw InvalidInputException.of("competencyId", "Năng lực này đã ngừng sử dụng.");
        }
        if (!s.active()) {
            throw InvalidInputException.of("staffId", "Hồ sơ cán bộ đã ngừng hoạt động.");
        }
        LocalDate today = LocalDate.now(clock);
        if (data.assessedOn().isAfter(today)) {
            throw InvalidInputException.of("assessedOn", "Ngày đánh giá không được sau ngày hôm nay.");
        }
        String evidence = data.evidence() == null || data.evidence().isBlank() ? null : data.evidence().trim();
        CompetencyAssessment next = new CompetencyAssessment(staffId, c.getId(), data.level(), data.assessedOn(),
                actor.username(), evidence, LocalDateTime.now(clock));
        List<CompetencyAssessment> open = assessments.openForUpdate(staffId, c.getId());
        StringBuilder replaced = new StringBuilder();
        for (CompetencyAssessment previous : open) {
            previous.supersededBy(next);
            replaced.append(" (thay mức ").append(previous.getLevel()).append(" đánh giá ngày ")
                    .append(PageHelpers.DATE.format(previous.getAssessedOn())).append(")");
        }
        assessments.saveAndFlush(next);
        events.publishEvent(AuditEvent.of("ASSESS", "competency", c.getId(), "Đánh giá năng lực " + c.getCode()
                + " của " + s.fullName() + " (" + s.code() + "): mức " + next.getLevel() + " ngày "
                + PageHelpers.DATE.format(next.getAssessedOn()) + replaced));
        return view(next);
    }

    /**
     * A completed class gives its learner a competency at a level ({@code delivery} calls this in the
     * transaction that records the results): a new dated assessment, superseding the current one,
     * unless the person already holds that level or a higher one (a class never lowers a level).
     * The assessor is whoever recorded the results. Answers whether an assessment was written.
     */
    @Transactional
    public boolean assessFromTraining(long staffId, long competencyId, int level, LocalDate on, String evidence) {
        Competency c = competencies.findById(competencyId).orElse(null);
        if (c == null || !c.isActive() || level < 1 || level > 5) {
            return false;
        }
        List<CompetencyAssessment> open = assessments.openForUpdate(staffId, competencyId);
        if (open.stream().anyMatch(a -> a.getLevel() >= level)) {
            return false;
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate assessedOn = on == null || on.isAfter(today) ? today : on;
        CompetencyAssessment next = new CompetencyAssessment(staffId, competencyId, level, assessedOn,
                vn.boiduong.common.CurrentActor.usernameOrSystem(), evidence, LocalDateTime.now(clock));
        for (CompetencyAssessment previous : open) {
            previous.supersededBy(next);
        }
        assessments.saveAndFlush(next);
        events.publishEvent(AuditEvent.of("ASSESS", "competency", competencyId, "Đánh giá năng lực " + c.getCode()
                + " của cán bộ #" + staffId + ": mức " + level + " ngày " + PageHelpers.DATE.format(assessedOn)
                + " (" + evidence + ")"));
        return true;
    }

    /** The person themselves (their account is linked to the record), else as the staff record allows. */
    StaffView readable(Actor actor, long staffId) {
        boolean self = users.staffIdOf(actor.userId()).map(id -> id == staffId).orElse(false);
        if (self) {
            return staff.own(staffId).orElseThrow(() -> new NotFoundException("cán bộ"));
        }
        return staff.get(actor, staffId);
    }

    static AssessmentView view(CompetencyAssessment a) {
        return view(a, List.of());
    }

    static AssessmentView view(CompetencyAssessment a, List<EvidenceFileView> files) {
        return new AssessmentView(a.getId(), a.getStaffId(), a.getCompetencyId(), a.getLevel(), a.getAssessedOn(),
                a.getValidTo(), a.getAssessor(), a.getEvidence(), a.isCurrent(), files);
    }

    static AssessmentView withFiles(AssessmentView v, List<EvidenceFileView> files) {
        return new AssessmentView(v.id(), v.staffId(), v.competencyId(), v.level(), v.assessedOn(), v.validTo(),
                v.assessor(), v.evidence(), v.current(), files);
    }
}
