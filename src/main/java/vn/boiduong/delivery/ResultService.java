package vn.boiduong.delivery;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.common.Actor;
import vn.boiduong.common.AuditEvent;
import vn.boiduong.common.IllegalTransitionException;
import vn.boiduong.common.InvalidInputException;
import vn.boiduong.delivery.internal.AttendanceRepository;
import vn.boiduong.delivery.internal.CertificateRepository;
import vn.boiduong.delivery.internal.EnrolmentRepository;
import vn.boiduong.delivery.internal.RuleTables;
import vn.boiduong.delivery.internal.ClassSessionRepository;
import vn.boiduong.organization.StaffCard;
import vn.boiduong.organization.StaffService;
import vn.boiduong.planning.ItemKind;

/**
 * Results of a finished class (B5): each enrolled learner COMPLETED or NOT_COMPLETED, with an
 * optional score (0–10, one decimal) classified by the score bands in force. A learner below the
 * completion rule (share of sessions attended) or in a failing band cannot be COMPLETED. The request
 * is refused whole if one row is wrong (nothing half-saved). A completed learner of a hosted class
 * gets a certificate; of an external class, the institution's certificate number may be recorded.
 */
@Service
@Transactional(readOnly = true)
public class ResultService {

    static final int MAX_ROWS = 500;
    static final int MAX_NUMBER = 60;

    private final ClassService classes;
    private final vn.boiduong.competency.EvidenceFiles evidence;
    private final EnrolmentService enrolmentService;
    private final EnrolmentRepository enrolments;
    private final ClassSessionRepository sessions;
    private final AttendanceRepository marks;
    private final CertificateRepository certificates;
    private final CertificateService certificateService;
    private final RuleTables rules;
    private final StaffService staff;
    private final ClassPolicy policy;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ResultService(ClassService classes, EnrolmentService enrolmentService, EnrolmentRepository enrolments,
            ClassSessionRepository sessions, AttendanceRepository marks, CertificateRepository certificates,
            CertificateService certificateService, RuleTables rules, StaffService staff, ClassPolicy policy,
            ApplicationEventPublisher events, Clock clock, vn.boiduong.competency.EvidenceFiles evidence) {
        this.classes = classes;
        this.evidence = evidence;
        this.enrolmentService = enrolmentService;
        this.enrolments = enrolments;
        this.sessions = sessions;
        this.marks = marks;
        this.certificates = certificates;
        this.certificateService = certificateService;
        this.rules = rules;
        this.staff = staff;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
    }

    /**
     * One learner's result. {@code certificateNumber}: for a hosted class, a number to print instead
     * of the next one; for an external class, the institution's certificate's number (with its date
     * {@code certificateDate}, the class's last day if absent).
     */
    public record Row(Long staffId, Outcome outcome, BigDecimal score, String certificateNumber,
            LocalDate certificateDate) {
    }

    /** The score bands in force for a class (its last day). */
    public Classification classification(TrainingClass c) {
        return rules.classification(c.getEndDate());
    }

    @Transactional
    public List<EnrolmentView> record(Actor actor, Long classId, List<Row> rows) {
        TrainingClass c = classes.lockedForAct(actor, classId);
        policy.recordResults(actor, c).orThrowUnlessWrongState();
        Map<Long, Enrolment> enrolled = enrolments.findByClassIdOrderByIdAsc(c.getId()).stream()
                .filter(e -> e.getStatus() == EnrolmentStatus.ENROLLED)
                .collect(Collectors.toMap(Enrolment::getStaffId, Function.identity()));
        List<Row> clean = validate(rows, enrolled.keySet());
        policy.recordResults(actor, c).orThrow();

        Classification bands = classification(c);
        CompletionRule rule = rules.completionRule(c.getEndDate());
        int sessionCount = (int) sessions.countByClassId(c.getId());
        Map<Long, Integer> attended = new HashMap<>();
        for (Attendance a : marks.findByClassId(c.getId())) {
            if (a.getPresence() == Presence.PRESENT) {
                attended.merge(a.getStaffId(), 1, Integer::sum);
            }
        }
        Map<Long, String> names = staff.cards(clean.stream().map(Row::staffId).toList()).stream()
                .collect(Collectors.toMap(StaffCard::id, StaffCard::fullName));
        Map<Long, Certificate> existing = certificates.findByClassIdOrderByIdAsc(c.getId()).stream()
                .collect(Collectors.toMap(Certificate::getStaffId, Function.identity()));
        LocalDate today = LocalDate.now(clock);
        // every rule is checked for every row before anything is written
        List<String> refusals = new ArrayList<>();
        for (Row r : clean) {
            String name = names.getOrDefault(r.staffId(), "");
            Certificate cert = existing.get(r.staffId());
            if (r.outcome() == Outcome.COMPLETED) {
                int n = attended.getOrDefault(r.staffId(), 0);
                if (!rule.met(n, sessionCount)) {
                    refusals.add(name + " mới dự " + n + "/" + sessionCount + " buổi ("
                            + CompletionRule.percent(CompletionRule.share(n, sessionCount)) + "), dưới mức tối thiểu "
                            + rule.percent() + " để được công nhận hoàn thành");
                } else if (r.score() != null && !bands.of(r.score()).passing()) {
                    refusals.add(name + " có điểm " + r.score().stripTrailingZeros().toPlainString().replace('.', ',')
                            + " (xếp loại " + bands.of(r.score()).label() + "), không thể công nhận hoàn thành");
                }
                if (cert != null && r.certificateNumber() != null && !cert.getNumber().equals(r.certificateNumber())) {
                    refusals.add(name + " đã có giấy chứng nhận số " + cert.getNumber());
                } else if (cert == null && r.certificateNumber() != null && certificates
                        .existsByAgencyIdAndIssueYearAndNumber(c.getAgencyId(), certificateDay(c, r, today).getYear(),
                                r.certificateNumber())) {
                    refusals.add("số giấy chứng nhận " + r.certificateNumber() + " của " + name
                            + " đã được dùng cho giấy chứng nhận khác");
                }
            } else if (cert != null && cert.statusOn(today) != CertificateStatus.REVOKED) {
                refusals.add(name + " đã được cấp giấy chứng nhận số " + cert.getNumber()
                        + ": cần thu hồi giấy chứng nhận trước khi ghi không hoàn thành");
            }
        }
        if (!refusals.isEmpty()) {
            throw new IllegalTransitionException(String.join("; ", refusals) + ". Chưa lưu kết quả nào.");
        }

        LocalDateTime now = LocalDateTime.now(clock);
        List<Long> completed = new ArrayList<>();
        List<Long> notCompleted = new ArrayList<>();
        for (Row r : clean) {
            Enrolment e = enrolled.get(r.staffId());
            String label = r.score() == null ? null : bands.of(r.score()).label();
            e.recordResult(policy, actor, c, r.outcome(), r.score(), label, now);
            (r.outcome() == Outcome.COMPLETED ? completed : notCompleted).add(r.staffId());
        }
        enrolments.flush();
        events.publishEvent(AuditEvent.of("RESULTS", ClassService.AUDIT_TYPE, c.getId(), "Nhập kết quả lớp "
                + c.getTitle() + ": " + clean.stream().map(r -> names.getOrDefault(r.staffId(), "") + " "
                        + r.outcome().label().toLowerCase()
                        + (r.score() == null ? "" : " (" + r.score().toPlainString().replace('.', ',') + ")"))
                        .collect(Collectors.joining(", "))));
        // the training record's lines first (ResultsRecorded), then the certificates, whose numbers
        // (CertificateIssued) fill those lines
        events.publishEvent(new ClassEvents.ResultsRecorded(c.getId(), c.getAgencyId(), List.copyOf(completed),
                List.copyOf(notCompleted), actor.username()));
        for (Row r : clean) {
            if (r.outcome() != Outcome.COMPLETED || existing.containsKey(r.staffId())) {
                continue;
            }
            if (c.getKind() == ItemKind.HOSTED) {
                certificateService.issue(c, enrolled.get(r.staffId()), r.certificateNumber(), today, actor.username());
            } else if (r.certificateNumber() != null) {
                certificateService.recordExternal(c, r.staffId(), names.getOrDefault(r.staffId(), ""),
                        r.certificateNumber(), certificateDay(c, r, today),
                        null, actor.username());
            }
        }
        certificates.flush();
        Set<Long> mine = clean.stream().map(Row::staffId).collect(Collectors.toSet());
        return enrolmentService.enrolments(actor, classId).stream().filter(v -> mine.contains(v.staffId())).toList();
    }

    /**
     * The rights of {@link #record} alone (403 without them, 404 for another agency's class), asked
     * before the request's body is read, so a role without the right learns nothing of its shape.
     */
    public void checkMayRecord(Actor actor, Long classId) {
        TrainingClass c = classes.readable(actor, classId);
        policy.recordResults(actor, c).orThrowUnlessWrongState();
    }

    /**
     * The institution's certificate of a learner of an external class (cử đi học), recorded by the
     * Office from the paper: its number, its date and a scan (PDF, JPEG or PNG) that passes the same
     * checks as an evidence file. A learner without a result yet is recorded COMPLETED by it (the
     * training record's line follows, as for any result); one already completed gets the certificate;
     * an external certificate recorded earlier without a scan gets the scan. Rights first (403/404),
     * then the fields and the file (400), then the state (409): nothing is stored when one fails.
     */
    @Transactional
    public CertificateView recordExternalCertificate(Actor actor, Long classId, Long staffId, String number,
            LocalDate issuedOn, vn.boiduong.competency.EvidenceUpload scan) {
        TrainingClass c = classes.lockedForAct(actor, classId);
        policy.recordExternalCertificate(actor, c).orThrowUnlessWrongState();
        Enrolment e = enrolments.findByClassIdOrderByIdAsc(c.getId()).stream()
                .filter(x -> x.getStaffId().equals(staffId) && x.getStatus() == EnrolmentStatus.ENROLLED).findFirst()
                .orElseThrow(() -> new vn.boiduong.common.NotFoundException("học viên của lớp"));
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        String n = number == null ? "" : number.strip();
        if (n.isEmpty()) {
            errors.add(new InvalidInputException.FieldError("certificateNumber", "Cần ghi số giấy chứng nhận."));
        } else if (n.length() > MAX_NUMBER) {
            errors.add(new InvalidInputException.FieldError("certificateNumber", "Số giấy chứng nhận dài quá "
                    + MAX_NUMBER + " ký tự."));
        } else if (!vn.boiduong.common.CleanText.clean(n)) {
            errors.add(new InvalidInputException.FieldError("certificateNumber", vn.boiduong.common.CleanText.MESSAGE));
        }
        LocalDate today = LocalDate.now(clock);
        if (issuedOn == null) {
            errors.add(new InvalidInputException.FieldError("certificateDate", "Cần ghi ngày cấp giấy chứng nhận."));
        } else {
            vn.boiduong.common.Days.within(errors, "certificateDate", issuedOn,
                    c.getStartDate() == null ? vn.boiduong.common.Days.MIN : c.getStartDate(),
                    c.getEndDate() == null || c.getEndDate().plusYears(2).isAfter(vn.boiduong.common.Days.MAX)
                            ? vn.boiduong.common.Days.MAX : c.getEndDate().plusYears(2));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("Giấy chứng nhận chưa hợp lệ, chưa lưu gì.", errors);
        }
        vn.boiduong.competency.EvidenceFiles.CheckedScan file = evidence.checkScan(scan, "scan");
        policy.recordExternalCertificate(actor, c).orThrow();
        CertificateService.ScanFile scanFile = new CertificateService.ScanFile(file.fileName(), file.contentType(),
                file.content(), file.sha256());
        Certificate existing = certificates.findByClassIdAndStaffId(c.getId(), staffId).orElse(null);
        if (existing != null) {
            if (!existing.getNumber().equals(n)) {
                throw new IllegalTransitionException(existing.getFullName() + " đã có giấy chứng nhận số "
                        + existing.getNumber() + ".");
            }
            existing.attachScan(scanFile.fileName(), scanFile.contentType(), scanFile.content(), scanFile.sha256());
            certificates.flush();
            events.publishEvent(AuditEvent.of("ATTACH_SCAN", CertificateService.AUDIT_TYPE, existing.getId(),
                    "Tải lên bản chụp «" + scanFile.fileName() + "» (SHA-256 " + scanFile.sha256()
                            + ") của giấy chứng nhận số " + n + " của " + existing.getFullName()));
            return CertificateView.of(existing, today);
        }
        if (e.getOutcome() != Outcome.COMPLETED) {
            record(actor, classId, List.of(new Row(staffId, Outcome.COMPLETED, e.getScore(), n, issuedOn)));
            Certificate x = certificates.findByClassIdAndStaffId(c.getId(), staffId).orElseThrow();
            x.attachScan(scanFile.fileName(), scanFile.contentType(), scanFile.content(), scanFile.sha256());
            certificates.flush();
            return CertificateView.of(x, today);
        }
        String name = staff.cards(List.of(staffId)).stream().map(StaffCard::fullName).findFirst().orElse("");
        Certificate x = certificateService.recordExternal(c, staffId, name, n, issuedOn, scanFile, actor.username());
        return CertificateView.of(x, today);
    }

    /** The scan of an external certificate: for the Office of the agency and the learner themself. */
    public Certificate externalScan(Actor actor, Long classId, Long staffId) {
        return certificateService.scan(actor, classId, staffId);
    }

    /** The date of a learner's certificate: today for one the agency issues, else the institution's date. */
    private static LocalDate certificateDay(TrainingClass c, Row r, LocalDate today) {
        if (c.getKind() == ItemKind.HOSTED) {
            return today;
        }
        return r.certificateDate() == null ? c.getEndDate() : r.certificateDate();
    }

    /** Shape of the rows: 400 naming each wrong row's field; returns the rows with numbers stripped. */
    private static List<Row> validate(List<Row> rows, Set<Long> enrolled) {
        if (rows == null || rows.isEmpty()) {
            throw InvalidInputException.of("results", "Cần ít nhất một học viên để nhập kết quả.");
        }
        if (rows.size() > MAX_ROWS) {
            throw InvalidInputException.of("results", "Mỗi lần nhập tối đa " + MAX_ROWS + " học viên.");
        }
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        Set<String> numbers = new HashSet<>();
        List<Row> clean = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            String at = "[" + i + "].";
            String line = "Dòng " + (i + 1) + ": ";
            if (r == null || r.staffId() == null) {
                errors.add(new InvalidInputException.FieldError(at + "staffId", line + "thiếu học viên."));
                continue;
            }
            if (!seen.add(r.staffId())) {
                errors.add(new InvalidInputException.FieldError(at + "staffId", line + "học viên có hai dòng kết quả."));
            } else if (!enrolled.contains(r.staffId())) {
                errors.add(new InvalidInputException.FieldError(at + "staffId", line
                        + "người này không phải học viên đã ghi danh của lớp."));
            }
            if (r.outcome() == null) {
                errors.add(new InvalidInputException.FieldError(at + "outcome", line
                        + "cần chọn hoàn thành hoặc không hoàn thành."));
            }
            String bad = Classification.invalid(r.score());
            if (bad != null) {
                errors.add(new InvalidInputException.FieldError(at + "score", line + bad));
            }
            String number = r.certificateNumber() == null || r.certificateNumber().isBlank() ? null
                    : r.certificateNumber().strip();
            if (number != null) {
                if (number.length() > MAX_NUMBER) {
                    errors.add(new InvalidInputException.FieldError(at + "certificateNumber", line
                            + "số giấy chứng nhận dài quá " + MAX_NUMBER + " ký tự."));
                } else if (!numbers.add(number)) {
                    errors.add(new InvalidInputException.FieldError(at + "certificateNumber", line
                            + "số giấy chứng nhận " + number + " trùng với dòng khác."));
                }
                if (r.outcome() == Outcome.NOT_COMPLETED) {
                    errors.add(new InvalidInputException.FieldError(at + "certificateNumber", line
                            + "người không hoàn thành không có giấy chứng nhận."));
                }
            }
            clean.add(new Row(r.staffId(), r.outcome(), r.score() == null || bad != null ? r.score()
                    : r.score().setScale(1, java.math.RoundingMode.UNNECESSARY), number, r.certificateDate()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("Kết quả chưa hợp lệ, chưa lưu gì.", errors);
        }
        return clean;
    }
}
