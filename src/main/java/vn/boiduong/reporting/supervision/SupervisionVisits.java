package vn.boiduong.reporting.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.common.Actor;
import vn.boiduong.common.AuditEvent;
import vn.boiduong.common.InvalidInputException;
import vn.boiduong.common.InvalidInputException.FieldError;
import vn.boiduong.common.NotFoundException;
import vn.boiduong.common.PageResponse;
import vn.boiduong.common.SearchTerms;
import vn.boiduong.common.web.PageHelpers;
import vn.boiduong.delivery.ClassService;
import vn.boiduong.delivery.TrainingClass;
import vn.boiduong.identity.UserDirectory;
import vn.boiduong.organization.Unit;
import vn.boiduong.organization.UnitService;
import vn.boiduong.reporting.SupervisionPolicy;

/**
 * B6's supervision visits (QT.VP.05 5.2.6, "Kiểm tra, giám sát thực hiện kế hoạch — Chánh Văn
 * phòng"): recorded by the Office chief, read by the Office, the Director and the units concerned;
 * requests closed by their owner unit's head or the Office; the visit closed by the chief. Every act asks
 * {@link SupervisionPolicy} (through the visit's transitions), writes an audit line and publishes the
 * events the visit registered.
 */
@Service
@Transactional(readOnly = true)
public class SupervisionVisits {

    public static final String AUDIT_TYPE = "supervision-visit";
    public static final Map<String, String> SORTABLE = Map.of("date", "visitDate", "subject", "subjectTitle", "status",
            "status");
    public static final Sort DEFAULT_SORT = Sort.by(Sort.Direction.DESC, "visitDate").and(Sort.by(Sort.Direction.DESC,
            "id"));
    static final int TEXT_MAX = 1000;
    static final int FINDINGS_MAX = 4000;
    static final int REQUESTS_MAX = 50;

    // ---- input, as the API and the page's form send it ----

    public record CriterionInput(String code, Boolean met, String note) {
    }

    public record RequestInput(String text, Long ownerUnitId, LocalDate dueDate) {
    }

    public record VisitInput(Long classId, Long unitId, LocalDate date, List<CriterionInput> criteria, String findings,
            List<RequestInput> requests) {
    }

    // ---- views ----

    public record CriterionView(String code, String label, boolean met, String note) {
    }

    public record RequestView(Long id, int seq, String text, Long ownerUnitId, String ownerUnitName, LocalDate dueDate,
            String status, String statusLabel, boolean overdue, String closedBy, LocalDateTime closedAt,
            boolean mayClose) {
    }

    public record VisitView(Long id, Long classId, Long unitId, String subject, String subjectKind, LocalDate date,
            String findings, String status, String statusLabel, String recordedBy, LocalDateTime recordedAt,
            String closedBy, LocalDateTime closedAt, List<CriterionView> criteria, List<RequestView> requests,
            boolean mayClose) {
    }

    public record VisitLine(Long id, String subject, String subjectKind, LocalDate date, String status,
            String statusLabel, int requests, long openRequests) {
    }

    private final VisitRepository visits;
    private final ClassService classes;
    private final UnitService units;
    private final UserDirectory users;
    private final SupervisionPolicy policy;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SupervisionVisits(VisitRepository visits, ClassService classes, UnitService units, UserDirectory users,
            SupervisionPolicy policy, ApplicationEventPublisher events, Clock clock) {
        this.visits = visits;
        this.classes = classes;
        this.units = units;
        this.users = users;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
    }

    public boolean mayRead(Actor actor) {
        return policy.readVisits(actor).isAllowed();
    }

    public boolean mayRecord(Actor actor) {
        return policy.record(actor).isAllowed();
    }

    /** A page of the visits the actor may read; {@code q} searches the subject and the findings. */
    public PageResponse<VisitLine> list(Actor actor, String q, String status, Pageable pageable) {
        policy.readVisits(actor).orThrow();
        if (status != null && !status.isBlank() && !Set.of(SupervisionVisit.OPEN, SupervisionVisit.CLOSED)
                .contains(status)) {
            throw InvalidInputException.of("status", "Trạng thái phải là OPEN hoặc CLOSED.");
        }
        if (q != null && q.length() > 200) {
            throw InvalidInputException.of("q", "Từ khóa tìm kiếm dài quá 200 ký tự.");
        }
        String like = q == null || q.isBlank() ? null
                : SearchTerms.likeContains(q.strip().toLowerCase(Locale.ROOT));
        Long unit = policy.seesEveryVisit(actor) ? null : actor.unitId() == null ? -1L : actor.unitId();
        Page<SupervisionVisit> page = visits.search(actor.agencyId(), unit, status == null || status.isBlank() ? null
                : status, like, pageable);
        return PageResponse.of(page, v -> new VisitLine(v.getId(), v.getSubjectTitle(), kind(v), v.getVisitDate(),
                v.getStatus(), statusLabel(v.getStatus()), v.getRequests().size(), v.openRequests()));
    }

    public VisitView get(Actor actor, Long id) {
        return view(actor, readable(actor, id));
    }

    /** The visit a request belongs to, if the actor may read it (the reminders' link). */
    public Long visitOfRequest(Actor actor, Long requestId) {
        policy.readVisits(actor).orThrow();
        SupervisionRequest r = visits.request(requestId).orElseThrow(() -> new NotFoundException("kiến nghị"));
        policy.read(actor, r.getVisit()).orThrow();
        return r.getVisit().getId();
    }

    private SupervisionVisit readable(Actor actor, Long id) {
        policy.readVisits(actor).orThrow();
        SupervisionVisit v = visits.findById(id).orElseThrow(() -> new NotFoundException(SupervisionPolicy.VISIT));
        policy.read(actor, v).orThrow();
        return v;
    }

    // ---- acts ----

    @Transactional
    public VisitView record(Actor actor, VisitInput in) {
        policy.record(actor).orThrow();
        if (in == null) {
            throw InvalidInputException.of("body", "Thiếu dữ liệu gửi lên.");
        }
        List<FieldError> errors = new ArrayList<>();
        if ((in.classId() == null) == (in.unitId() == null)) {
            errors.add(new FieldError("classId", "Chọn đúng một đối tượng kiểm tra: một lớp học hoặc một phòng/đơn vị."));
        }
        LocalDate today = LocalDate.now(clock);
        if (in.date() == null) {
            errors.add(new FieldError("date", "Cần nhập ngày kiểm tra."));
        } else if (in.date().getYear() < 1900 || in.date().getYear() > 2100) {
            errors.add(new FieldError("date", "Ngày kiểm tra phải trong khoảng năm 1900–2100."));
        } else if (in.date().isAfter(today)) {
            errors.add(new FieldError("date", "Ngày kiểm tra không được sau hôm nay."));
        }
        List<CriterionCheck> criteria = criteria(in.criteria(), errors);
        String findings = in.findings() == null ? "" : in.findings().strip();
        if (findings.isEmpty()) {
            errors.add(new FieldError("findings", "Cần ghi kết quả kiểm tra (nhận xét, phát hiện)."));
        } else if (findings.length() > FINDINGS_MAX) {
            errors.add(new FieldError("findings", "Kết quả kiểm tra dài quá " + FINDINGS_MAX + " ký tự."));
        }
        Map<Long, Unit> agencyUnits = units.unitsById(actor);
        List<SupervisionVisit.RequestData> requests = requests(in.requests(), in.date(), agencyUnits, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException("Đợt kiểm tra chưa hợp lệ.", errors);
        }
        String subject;
        if (in.classId() != null) {
            TrainingClass c = classes.readable(actor, in.classId()); // 404 for another agency's class
            subject = c.getTitle();
        } else {
            subject = units.visibleUnit(actor, in.unitId()).getName();
        }
        SupervisionVisit v = SupervisionVisit.record(policy, actor, new SupervisionVisit.Data(in.classId(),
                in.unitId(), subject, in.date(), criteria, findings, requests), now());
        v = visits.saveAndFlush(v);
        v.registerRecorded();
        long notMet = criteria.stream().filter(c -> !c.isMet()).count();
        return publish(actor, v, "CREATE", "Kiểm tra, giám sát " + kind(v).toLowerCase() + " " + subject + " ngày "
                + PageHelpers.DATE.format(in.date()) + ": " + (criteria.size() - notMet) + "/" + criteria.size()
                + " tiêu chí đạt, " + requests.size() + " kiến nghị");
    }

    @Transactional
    public VisitView closeRequest(Actor actor, Long id, Long requestId) {
        SupervisionVisit v = readable(actor, id);
        SupervisionRequest r = v.closeRequest(policy, actor, requestId, now());
        return publish(actor, v, "CLOSE_REQUEST", "Đóng kiến nghị " + r.getSeq() + " của đợt kiểm tra "
                + v.getSubjectTitle() + ": " + r.getText());
    }

    @Transactional
    public VisitView close(Actor actor, Long id) {
        SupervisionVisit v = readable(actor, id);
        v.close(policy, actor, now());
        return publish(actor, v, "CLOSE", "Kết thúc đợt kiểm tra " + v.getSubjectTitle() + " ngày "
                + PageHelpers.DATE.format(v.getVisitDate()));
    }

    private VisitView publish(Actor actor, SupervisionVisit v, String action, String detail) {
        visits.flush();
        events.publishEvent(AuditEvent.of(action, AUDIT_TYPE, v.getId(), detail));
        v.takeEvents().forEach(events::publishEvent);
        return view(actor, v);
    }

    // ---- input checks ----

    private static List<CriterionCheck> criteria(List<CriterionInput> in, List<FieldError> errors) {
        List<CriterionCheck> out = new ArrayList<>();
        if (in == null || in.isEmpty()) {
            errors.add(new FieldError("criteria", "Cần đánh giá ít nhất một tiêu chí của kế hoạch."));
            return out;
        }
        Set<Criterion> seen = EnumSet.noneOf(Criterion.class);
        for (int i = 0; i < in.size(); i++) {
            CriterionInput c = in.get(i);
            String f = "criteria[" + i + "]";
            if (c == null) {
                errors.add(new FieldError(f, "Tiêu chí trống."));
                continue;
            }
            Criterion code = null;
            try {
                code = c.code() == null ? null : Criterion.valueOf(c.code().strip());
            } catch (IllegalArgumentException e) {
                // refused below
            }
            if (code == null) {
                errors.add(new FieldError(f + ".code", "Tiêu chí phải là một trong CONTENT, LEARNERS, TIME, PLACE, "
                        + "LECTURERS, BUDGET."));
            } else if (!seen.add(code)) {
                errors.add(new FieldError(f + ".code", "Tiêu chí " + code.label().toLowerCase() + " được đánh giá hai lần."));
            }
            if (c.met() == null) {
                errors.add(new FieldError(f + ".met", "Cần cho biết tiêu chí đạt hay không đạt."));
            }
            String note = c.note() == null || c.note().isBlank() ? null : c.note().strip();
            if (note != null && note.length() > TEXT_MAX) {
                errors.add(new FieldError(f + ".note", "Ghi chú dài quá " + TEXT_MAX + " ký tự."));
            }
            if (code != null && c.met() != null) {
                out.add(new CriterionCheck(code, c.met(), note));
            }
        }
        return out;
    }

    private static List<SupervisionVisit.RequestData> requests(List<RequestInput> in, LocalDate visitDate,
            Map<Long, Unit> agencyUnits, List<FieldError> errors) {
        List<SupervisionVisit.RequestData> out = new ArrayList<>();
        if (in == null) {
            return out;
        }
        if (in.size() > REQUESTS_MAX) {
            errors.add(new FieldError("requests", "Tối đa " + REQUESTS_MAX + " kiến nghị cho một đợt kiểm tra."));
            return out;
        }
        for (int i = 0; i < in.size(); i++) {
            RequestInput r = in.get(i);
            String f = "requests[" + i + "]";
            if (r == null) {
                errors.add(new FieldError(f, "Kiến nghị trống."));
                continue;
            }
            String text = r.text() == null ? "" : r.text().strip();
            if (text.isEmpty()) {
                errors.add(new FieldError(f + ".text", "Cần ghi nội dung kiến nghị."));
            } else if (text.length() > TEXT_MAX) {
                errors.add(new FieldError(f + ".text", "Nội dung kiến nghị dài quá " + TEXT_MAX + " ký tự."));
            }
            if (r.ownerUnitId() == null) {
                errors.add(new FieldError(f + ".ownerUnitId", "Cần chọn phòng/đơn vị thực hiện kiến nghị."));
            } else if (!agencyUnits.containsKey(r.ownerUnitId())) {
                errors.add(new FieldError(f + ".ownerUnitId", "Phòng/đơn vị không thuộc cơ quan."));
            }
            if (r.dueDate() != null) {
                if (r.dueDate().getYear() < 1900 || r.dueDate().getYear() > 2100) {
                    errors.add(new FieldError(f + ".dueDate", "Hạn thực hiện phải trong khoảng năm 1900–2100."));
                } else if (visitDate != null && r.dueDate().isBefore(visitDate)) {
                    errors.add(new FieldError(f + ".dueDate", "Hạn thực hiện không được trước ngày kiểm tra."));
                }
            }
            out.add(new SupervisionVisit.RequestData(text, r.ownerUnitId(), r.dueDate()));
        }
        return out;
    }

    // ---- views ----

    private VisitView view(Actor actor, SupervisionVisit v) {
        Map<Long, String> unitNames = units.unitsById(actor).values().stream()
                .collect(Collectors.toMap(Unit::getId, Unit::getName));
        List<String> who = new ArrayList<>();
        who.add(v.getRecordedBy());
        who.add(v.getClosedBy());
        v.getRequests().forEach(r -> who.add(r.getClosedBy()));
        Map<String, String> names = users.fullNamesOf(who);
        LocalDate today = LocalDate.now(clock);
        List<CriterionView> criteria = v.getCriteria().stream()
                .sorted(java.util.Comparator.comparing(CriterionCheck::getCode))
                .map(c -> new CriterionView(c.getCode().name(), c.getCode().label(), c.isMet(), c.getNote())).toList();
        List<RequestView> requests = v.getRequests().stream().map(r -> new RequestView(r.getId(), r.getSeq(),
                r.getText(), r.getOwnerUnitId(), unitNames.getOrDefault(r.getOwnerUnitId(), "Đơn vị"), r.getDueDate(),
                r.getStatus(), r.closed() ? "Đã hoàn thành" : "Đang thực hiện",
                !r.closed() && r.getDueDate() != null && r.getDueDate().isBefore(today), name(names, r.getClosedBy()),
                r.getClosedAt(), policy.closeRequest(actor, v, r).isAllowed())).toList();
        return new VisitView(v.getId(), v.getClassId(), v.getUnitId(), v.getSubjectTitle(), kind(v), v.getVisitDate(),
                v.getFindings(), v.getStatus(), statusLabel(v.getStatus()), name(names, v.getRecordedBy()),
                v.getRecordedAt(), name(names, v.getClosedBy()), v.getClosedAt(), criteria, requests,
                policy.close(actor, v).isAllowed());
    }

    private static String name(Map<String, String> names, String username) {
        return username == null ? null : names.getOrDefault(username, "Người dùng đã xóa");
    }

    static String kind(SupervisionVisit v) {
        return v.getClassId() != null ? "Lớp học" : "Phòng/đơn vị";
    }

    static String statusLabel(String status) {
        return SupervisionVisit.CLOSED.equals(status) ? "Đã kết thúc" : "Đang theo dõi";
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
