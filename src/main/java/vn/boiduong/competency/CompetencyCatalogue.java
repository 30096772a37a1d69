package vn.boiduong.competency;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.common.Actor;
import vn.boiduong.common.AuditEvent;
import vn.boiduong.common.IllegalTransitionException;
import vn.boiduong.common.InputValidator;
import vn.boiduong.common.InvalidInputException;
import vn.boiduong.common.NotFoundException;
import vn.boiduong.common.Role;
import vn.boiduong.common.TrainingCategory;
import vn.boiduong.competency.internal.Competency;
import vn.boiduong.competency.internal.CompetencyRepository;
import vn.boiduong.competency.internal.JobPosition;
import vn.boiduong.competency.internal.JobPositionRepository;
import vn.boiduong.competency.internal.RequiredCompetency;
import vn.boiduong.competency.internal.RequiredCompetencyRepository;
import vn.boiduong.competency.internal.TrainingLink;
import vn.boiduong.organization.Grades;

/**
 * B1 "lập danh mục năng lực cần có": the catalogue in the seed's two groups, the job positions and
 * the level each position, grade or title requires. Everyone signed in reads it; the Office
 * (specialist, chief) and the administrator edit it; every write is audited.
 */
@Service
@Transactional(readOnly = true)
public class CompetencyCatalogue {

    static final int MAX_TRAININGS = 5;

    private final CompetencyRepository competencies;
    private final JobPositionRepository positions;
    private final RequiredCompetencyRepository requirements;
    private final InputValidator validator;
    private final ApplicationEventPublisher events;

    CompetencyCatalogue(CompetencyRepository competencies, JobPositionRepository positions,
            RequiredCompetencyRepository requirements, InputValidator validator, ApplicationEventPublisher events) {
        this.competencies = competencies;
        this.positions = positions;
        this.requirements = requirements;
        this.validator = validator;
        this.events = events;
    }

    public static boolean canEdit(Actor actor) {
        return actor.hasAny(Role.OFFICE_SPECIALIST, Role.OFFICE_CHIEF, Role.ADMIN);
    }

    public static void requireEditor(Actor actor) {
        actor.require(Role.OFFICE_SPECIALIST, Role.OFFICE_CHIEF, Role.ADMIN);
    }

    public List<CompetencyView> list(Actor actor) {
        if (actor.agencyId() == null) {
            return List.of();
        }
        return competencies.findByAgencyIdOrderByGroupAscCodeAsc(actor.agencyId()).stream()
                .map(CompetencyCatalogue::view).toList();
    }

    public CompetencyView get(Actor actor, long id) {
        return view(visible(actor, id));
    }

    @Transactional
    public CompetencyView create(Actor actor, CompetencyData data) {
        requireEditor(actor);
        Long agencyId = agencyOf(actor);
        check(data);
        String code = data.code().trim().toUpperCase(Locale.ROOT);
        if (competencies.findByAgencyIdAndCode(agencyId, code).isPresent()) {
            throw InvalidInputException.of("code", "Mã năng lực '" + code + "' đã tồn tại.");
        }
        Competency c = new Competency(agencyId, code);
        apply(c, data);
        competencies.saveAndFlush(c);
        events.publishEvent(AuditEvent.of("CREATE", "competency", c.getId(), "Thêm năng lực " + code + " — "
                + c.getName() + " (" + c.getGroup().label() + ")"));
        return view(c);
    }

    /** The code is kept as created; {@code expectedVersion} guards against overwriting someone else's edit. */
    @Transactional
    public CompetencyView update(Actor actor, long id, Long expectedVersion, CompetencyData data) {
        requireEditor(actor);
        Competency c = visible(actor, id);
        check(data);
        if (expectedVersion != null && expectedVersion != c.getVersion()) {
            throw new IllegalTransitionException(
                    "Năng lực này đã được người khác sửa trong lúc bạn đang sửa. Hãy tải lại trang và nhập lại.");
        }
        CompetencyView before = view(c);
        apply(c, data);
        competencies.flush();
        events.publishEvent(AuditEvent.of("UPDATE", "competency", c.getId(), "Sửa năng lực " + c.getCode() + ": "
                + diff(before, view(c))));
        return view(c);
    }

    @Transactional
    public CompetencyView setActive(Actor actor, long id, boolean active) {
        requireEditor(actor);
        Competency c = visible(actor, id);
        if (c.isActive() == active) {
            throw new IllegalTransitionException(active ? "Năng lực này đang được sử dụng."
                    : "Năng lực này đã ngừng sử dụng.");
        }
        c.setActive(active);
        competencies.flush();
        events.publishEvent(AuditEvent.of(active ? "REACTIVATE" : "DEACTIVATE", "competency", c.getId(),
                (active ? "Dùng lại năng lực " : "Ngừng sử dụng năng lực ") + c.getCode() + " — " + c.getName()));
        return view(c);
    }

    public List<JobPositionView> jobPositions(Actor actor) {
        if (actor.agencyId() == null) {
            return List.of();
        }
        return positions.findByAgencyIdOrderByNameAsc(actor.agencyId()).stream()
                .map(p -> new JobPositionView(p.getId(), p.getName(), p.getDescription())).toList();
    }

    @Transactional
    public JobPositionView addJobPosition(Actor actor, String name, String description) {
        requireEditor(actor);
        Long agencyId = agencyOf(actor);
        String n = name == null ? "" : name.trim().replaceAll("\\s+", " ");
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        if (n.isEmpty() || n.length() > 100) {
            errors.add(new InvalidInputException.FieldError("name", "Tên vị trí việc làm là bắt buộc, tối đa 100 ký tự."));
        }
        if (description != null && description.length() > 1000) {
            errors.add(new InvalidInputException.FieldError("description", "Tối đa 1000 ký tự."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("Dữ liệu không hợp lệ.", errors);
        }
        boolean taken = positions.findByAgencyIdOrderByNameAsc(agencyId).stream()
                .anyMatch(p -> JobPosition.key(p.getName()).equals(JobPosition.key(n)));
        if (taken) {
            throw InvalidInputException.of("name", "Vị trí việc làm '" + n + "' đã có.");
        }
        JobPosition p = positions.saveAndFlush(new JobPosition(agencyId, n, blank(description)));
        events.publishEvent(AuditEvent.of("CREATE", "competency", "position:" + p.getId(), "Thêm vị trí việc làm "
                + n));
        return new JobPositionView(p.getId(), p.getName(), p.getDescription());
    }

    /** The requirements of one competency. */
    public List<RequirementView> requirements(Actor actor, long competencyId) {
        Competency c = visible(actor, competencyId);
        Map<Long, JobPosition> byId = positionsById(c.getAgencyId());
        return requirements.findByCompetencyIdOrderByIdAsc(competencyId).stream().map(r -> view(r, c, byId)).toList();
    }

    @Transactional
    public RequirementView addRequirement(Actor actor, long competencyId, RequirementData data) {
        requireEditor(actor);
        Competency c = visible(actor, competencyId);
        validator.check(data);
        String grade = blank(data.gradeCode());
        String title = blank(data.professionalTitle());
        int targets = (data.jobPositionId() == null ? 0 : 1) + (grade == null ? 0 : 1) + (title == null ? 0 : 1);
        if (targets != 1) {
            throw InvalidInputException.of("target",
                    "Chọn đúng một đối tượng yêu cầu: vị trí việc làm, ngạch hoặc chức danh nghề nghiệp.");
        }
        Map<Long, JobPosition> byId = positionsById(c.getAgencyId());
        RequiredCompetency r;
        if (data.jobPositionId() != null) {
            if (!byId.containsKey(data.jobPositionId())) {
                throw InvalidInputException.of("jobPositionId", "Vị trí việc làm không tồn tại.");
            }
            r = RequiredCompetency.forJobPosition(c.getId(), data.jobPositionId(), data.level());
        } else if (grade != null) {
            r = RequiredCompetency.forGrade(c.getId(), grade, data.level());
        } else {
            r = RequiredCompetency.forTitle(c.getId(), title, data.level());
        }
        RequiredCompetency probe = r;
        boolean duplicate = requirements.findByCompetencyIdOrderByIdAsc(c.getId()).stream().anyMatch(e ->
                java.util.Objects.equals(e.getJobPositionId(), probe.getJobPositionId())
                        && java.util.Objects.equals(e.getGradeCode(), probe.getGradeCode())
                        && java.util.Objects.equals(e.getProfessionalTitle(), probe.getProfessionalTitle()));
        if (duplicate) {
            throw InvalidInputException.of("target", "Đối tượng này đã có yêu cầu cho năng lực này; hãy xóa yêu cầu "
                    + "cũ trước khi đặt mức mới.");
        }
        requirements.saveAndFlush(r);
        RequirementView v = view(r, c, byId);
        events.publishEvent(AuditEvent.of("CREATE", "competency", c.getId(), "Yêu cầu năng lực " + c.getCode()
                + " mức " + r.getLevel() + " đối với " + v.targetName()));
        return v;
    }

    @Transactional
    public void removeRequirement(Actor actor, long requirementId) {
        requireEditor(actor);
        RequiredCompetency r = requirements.findById(requirementId)
                .orElseThrow(() -> new NotFoundException("yêu cầu năng lực"));
        Competency c = visible(actor, r.getCompetencyId());
        RequirementView v = view(r, c, positionsById(c.getAgencyId()));
        requirements.delete(r);
        events.publishEvent(AuditEvent.of("DELETE", "competency", c.getId(), "Bỏ yêu cầu năng lực " + c.getCode()
                + " mức " + r.getLevel() + " đối với " + v.targetName()));
    }

    Competency visible(Actor actor, long id) {
        Competency c = competencies.findById(id).orElseThrow(() -> new NotFoundException("năng lực"));
        if (actor.agencyId() == null || !actor.agencyId().equals(c.getAgencyId())) {
            throw new NotFoundException("năng lực");
        }
        return c;
    }

    private Map<Long, JobPosition> positionsById(Long agencyId) {
        return positions.findByAgencyIdOrderByNameAsc(agencyId).stream()
                .collect(Collectors.toMap(JobPosition::getId, Function.identity()));
    }

    private static Long agencyOf(Actor actor) {
        if (actor.agencyId() == null) {
            throw InvalidInputException.of("agencyId", "Tài khoản chưa gắn với cơ quan nào.");
        }
        return actor.agencyId();
    }

    /** Bean Validation of the plain fields, then the five levels and the trainings, all errors at once. */
    private void check(CompetencyData data) {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        try {
            validator.check(data);
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
        }
        if (data == null) {
            throw new InvalidInputException("Dữ liệu không hợp lệ.", errors);
        }
        List<String> levels = data.levels() == null ? List.of() : data.levels();
        if (levels.size() != Competency.LEVELS) {
            errors.add(new InvalidInputException.FieldError("levels", "Cần mô tả đủ 5 mức năng lực (mức 1 đến mức 5)."));
        } else {
            for (int i = 0; i < levels.size(); i++) {
                String l = levels.get(i);
                if (l == null || l.isBlank()) {
                    errors.add(new InvalidInputException.FieldError("levels[" + i + "]", "Hãy mô tả mức " + (i + 1)
                            + "."));
                } else if (l.length() > 500) {
                    errors.add(new InvalidInputException.FieldError("levels[" + i + "]", "Mô tả mức " + (i + 1)
                            + " tối đa 500 ký tự."));
                }
            }
        }
        List<CompetencyData.TrainingData> trainings = data.trainings() == null ? List.of() : data.trainings();
        if (trainings.size() > MAX_TRAININGS) {
            errors.add(new InvalidInputException.FieldError("trainings", "Tối đa " + MAX_TRAININGS
                    + " loại hình bồi dưỡng cho một năng lực."));
        }
        for (int i = 0; i < trainings.size(); i++) {
            CompetencyData.TrainingData t = trainings.get(i);
            if (t == null || t.category() == null) {
                errors.add(new InvalidInputException.FieldError("trainings[" + i + "].category",
                        "Hãy chọn loại hình bồi dưỡng."));
            } else if (!t.category().allowsLevel(t.level())) {
                errors.add(new InvalidInputException.FieldError("trainings[" + i + "].level",
                        levelMessage(t.category(), t.level())));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("Dữ liệu không hợp lệ.", errors);
        }
    }

    static String levelMessage(TrainingCategory category, String level) {
        if (!category.hasLevels()) {
            return "Loại hình \"" + category.label() + "\" không có cấp độ.";
        }
        return "Cấp độ '" + level + "' không thuộc loại hình \"" + category.label() + "\"; chọn một trong: "
                + category.levels().stream().map(l -> l.code() + " (" + l.label() + ")")
                        .collect(Collectors.joining(", ")) + ".";
    }

    private static void apply(Competency c, CompetencyData d) {
        List<TrainingLink> links = d.trainings() == null ? List.of() : d.trainings().stream()
                .map(t -> new TrainingLink(t.category(), blank(t.level()))).toList();
        c.describe(d.name().trim(), d.group(), blank(d.description()), d.levels().stream().map(String::trim).toList(),
                links);
    }

    static CompetencyView view(Competency c) {
        return new CompetencyView(c.getId(), c.getCode(), c.getName(), c.getGroup(), c.getGroup().label(),
                c.getDescription(), c.levels(), c.getTrainings().stream()
                        .map(t -> CompetencyView.Training.of(t.getCategory(), t.getLevel())).toList(),
                c.isActive(), c.getVersion());
    }

    static RequirementView view(RequiredCompetency r, Competency c, Map<Long, JobPosition> positions) {
        String target;
        String name;
        if (r.getJobPositionId() != null) {
            target = "JOB_POSITION";
            JobPosition p = positions.get(r.getJobPositionId());
            name = p == null ? "#" + r.getJobPositionId() : p.getName();
        } else if (r.getGradeCode() != null) {
            target = "GRADE";
            name = r.getGradeCode() + " — " + Grades.NAMES.getOrDefault(r.getGradeCode(), "");
        } else {
            target = "TITLE";
            name = r.getProfessionalTitle();
        }
        return new RequirementView(r.getId(), c.getId(), c.getCode(), c.getName(), target, r.getJobPositionId(),
                r.getGradeCode(), r.getProfessionalTitle(), name, r.getLevel());
    }

    private static String diff(CompetencyView a, CompetencyView b) {
        List<String> parts = new ArrayList<>();
        if (!a.name().equals(b.name())) {
            parts.add("tên: " + a.name() + " → " + b.name());
        }
        if (a.group() != b.group()) {
            parts.add("nhóm: " + a.groupLabel() + " → " + b.groupLabel());
        }
        if (!java.util.Objects.equals(a.description(), b.description())) {
            parts.add("mô tả");
        }
        for (int i = 0; i < Competency.LEVELS; i++) {
            if (!a.levels().get(i).equals(b.levels().get(i))) {
                parts.add("mức " + (i + 1));
            }
        }
        if (!a.trainings().equals(b.trainings())) {
            parts.add("bồi dưỡng: " + b.trainings().stream().map(CompetencyView.Training::describe)
                    .collect(Collectors.joining("; ")));
        }
        String s = parts.isEmpty() ? "không thay đổi" : String.join("; ", parts);
        return s.length() > 3500 ? s.substring(0, 3500) + "…" : s;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
