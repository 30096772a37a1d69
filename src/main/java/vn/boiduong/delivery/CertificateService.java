package vn.boiduong.delivery;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.common.Actor;
import vn.boiduong.common.AuditEvent;
import vn.boiduong.common.IllegalTransitionException;
import vn.boiduong.common.NotFoundException;
import vn.boiduong.delivery.internal.CertificatePdf;
import vn.boiduong.delivery.internal.CertificateRepository;
import vn.boiduong.delivery.internal.EnrolmentRepository;
import vn.boiduong.delivery.internal.RuleTables;
import vn.boiduong.delivery.internal.ClassSessionRepository;
import vn.boiduong.identity.UserDirectory;
import vn.boiduong.organization.Agency;
import vn.boiduong.organization.Gender;
import vn.boiduong.organization.StaffService;
import vn.boiduong.organization.StaffView;
import vn.boiduong.organization.UnitService;

/**
 * Certificates (giấy chứng nhận) of B5: issued to a learner who completed a hosted class, numbered per
 * agency and year in the format kept as data, drawn as a PDF with a random verification code and the
 * address of the public page {@code /verify/{code}}; the PDF is stored as issued with its SHA-256.
 * Never deleted: the Office chief revokes one by a decision with a reason.
 */
@Service
@Transactional(readOnly = true)
public class CertificateService {

    public static final String AUDIT_TYPE = "certificate";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ClassService classes;
    private final CertificateRepository certificates;
    private final ClassSessionRepository sessions;
    private final EnrolmentRepository enrolments;
    private final RuleTables rules;
    private final CertificatePdf pdf;
    private final StaffService staff;
    private final UnitService units;
    private final UserDirectory users;
    private final ClassPolicy policy;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String publicUrl;

    CertificateService(ClassService classes, CertificateRepository certificates, ClassSessionRepository sessions,
            EnrolmentRepository enrolments,
            RuleTables rules, CertificatePdf pdf, StaffService staff, UnitService units, UserDirectory users,
            ClassPolicy policy, ApplicationEventPublisher events, Clock clock,
            @Value("${boiduong.public-url:http://localhost:8080}") String publicUrl) {
        this.classes = classes;
        this.certificates = certificates;
        this.sessions = sessions;
        this.enrolments = enrolments;
        this.rules = rules;
        this.pdf = pdf;
        this.staff = staff;
        this.units = units;
        this.users = users;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    // ---- reading ----

    /** The class's certificates; a unit head sees the own unit's learners' only (by the enrolments' units). */
    public List<CertificateView> ofClass(Actor actor, Long classId) {
        TrainingClass c = classes.readable(actor, classId);
        java.util.Set<Long> visible = policy.seesEveryUnit(actor) ? null : enrolments.findByClassIdOrderByIdAsc(c.getId())
                .stream().filter(e -> e.getUnitId().equals(actor.unitId())).map(Enrolment::getStaffId)
                .collect(java.util.stream.Collectors.toSet());
        LocalDate today = LocalDate.now(clock);
        return certificates.findByClassIdOrderByIdAsc(c.getId()).stream()
                .filter(x -> visible == null || visible.contains(x.getStaffId()))
                .map(x -> CertificateView.of(x, today)).toList();
    }

    public Optional<Certificate> find(Long classId, Long staffId) {
        return certificates.findByClassIdAndStaffId(classId, staffId);
    }

    /** The PDF as issued: for the Office of the agency and the learner themself (see {@link ClassPolicy#certificate}). */
    public Certificate issuedPdf(Actor actor, Long classId, Long staffId) {
        boolean own = actor.userId() != null && users.staffIdOf(actor.userId()).filter(staffId::equals).isPresent();
        TrainingClass c = classes.byId(classId);
        policy.certificate(actor, c, own).orThrow();
        Certificate x = certificates.findByClassIdAndStaffId(c.getId(), staffId)
                .filter(Certificate::isIssued).orElseThrow(() -> new NotFoundException("giấy chứng nhận"));
        return x;
    }

    /** The institution's scan of an external certificate: for whoever may fetch the PDF of an issued one. */
    public Certificate scan(Actor actor, Long classId, Long staffId) {
        boolean own = actor.userId() != null && users.staffIdOf(actor.userId()).filter(staffId::equals).isPresent();
        TrainingClass c = classes.byId(classId);
        policy.certificate(actor, c, own).orThrow();
        return certificates.findByClassIdAndStaffId(c.getId(), staffId).filter(x -> x.getScan() != null)
                .orElseThrow(() -> new NotFoundException("bản chụp giấy chứng nhận"));
    }

    /** The public verification page's certificate (no sign-in): by its random code. */
    public Optional<CertificateView> verify(String code) {
        if (code == null || code.length() > 64 || !code.matches("[0-9a-f]+")) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(clock);
        return certificates.findByVerificationCode(code).map(x -> CertificateView.of(x, today));
    }

    /**
     * The valid certificates of every agency expiring between two days (inclusive): what the daily
     * reminders job reminds their holders and the Office of. Revoked ones are left out.
     */
    public List<ExpiringCertificate> expiringBetween(LocalDate from, LocalDate to) {
        return certificates.expiringBetween(from, to).stream().map(ExpiringCertificate::of).toList();
    }

    /** One certificate as it stands now, while still valid with an expiry date (read again in the reminder's transaction). */
    public Optional<ExpiringCertificate> expiring(Long certificateId) {
        return certificates.findById(certificateId)
                .filter(x -> CertificateStatus.VALID.name().equals(x.getStatusCode()) && x.getExpiresOn() != null)
                .map(ExpiringCertificate::of);
    }

    public String verifyUrl(String code) {
        return publicUrl + "/verify/" + code;
    }

    // ---- issuing (inside the results' transaction) ----

    /**
     * Issues the certificate of a learner who completed a hosted class, dated {@code issuedOn}: the
     * given number (checked unique in the agency and year) or the next in the format in force.
     */
    @Transactional
    Certificate issue(TrainingClass c, Enrolment e, String givenNumber, LocalDate issuedOn, String by) {
        Agency agency = units.agency(c.getAgencyId());
        StaffView person = staff.own(e.getStaffId()).orElseThrow(() -> new NotFoundException(ClassPolicy.PERSON));
        CertificateNumberFormat format = rules.certificateFormat(issuedOn);
        int year = issuedOn.getYear();
        int seq = certificates.maxSeq(c.getAgencyId(), year) + 1;
        String number;
        if (givenNumber != null) {
            number = givenNumber;
            if (certificates.existsByAgencyIdAndIssueYearAndNumber(c.getAgencyId(), year, number)) {
                throw new IllegalTransitionException("Số giấy chứng nhận " + number + " đã được cấp trong năm " + year
                        + ".");
            }
        } else {
            number = format.format(seq, year, agency.getCode());
            while (certificates.existsByAgencyIdAndIssueYearAndNumber(c.getAgencyId(), year, number)) {
                number = format.format(++seq, year, agency.getCode());
            }
        }
        LocalDate expiresOn = format.validMonths() == null ? null : issuedOn.plusMonths(format.validMonths());
        double hours = sessions.findByClassIdOrderBySessionDateAscStartTimeAscIdAsc(c.getId()).stream()
                .mapToDouble(ClassSession::hours).sum();
        Certificate.Printed printed = new Certificate.Printed(person.fullName(), person.birthDate(), person.unitName(),
                c.getTitle(), c.getStartDate(), c.getEndDate(),
                BigDecimal.valueOf(hours).setScale(2, RoundingMode.HALF_UP), e.getScore(), e.getClassification(),
                agency.getName(), agency.getSignerTitle(), agency.getSignerName());
        String code = HexFormat.of().formatHex(randomBytes(16));
        Certificate x = Certificate.issued(c, e.getStaffId(), givenNumber == null ? seq : null, number, issuedOn,
                expiresOn, printed, code, by, LocalDateTime.now(clock));
        byte[] bytes = pdf.render(new CertificatePdf.Content(agency.getPrintedParentName(), agency.getPrintedName(),
                agency.getPlaceName(), number, issuedOn, expiresOn, person.gender() == Gender.MALE ? "Ông" : "Bà",
                person.fullName(), person.birthDate(), person.unitName(), c.getTitle(), c.getStartDate(),
                c.getEndDate(), printed.hours(), e.getScore(), e.getClassification(), agency.getSignerTitle(),
                agency.getSignerName(), code, verifyUrl(code)));
        x.attachPdf(bytes, sha256(bytes));
        x = certificates.save(x);
        events.publishEvent(AuditEvent.of("ISSUE", AUDIT_TYPE, x.getId(), "Cấp giấy chứng nhận số " + number + " cho "
                + person.fullName() + " (lớp " + c.getTitle() + ")"));
        events.publishEvent(new ClassEvents.CertificateIssued(x.getId(), c.getId(), c.getAgencyId(), e.getStaffId(),
                number, issuedOn, expiresOn));
        return x;
    }

    /**
     * Records the institution's certificate of an external class (number, date, and the scan once it
     * passed the file checks; the scan may come later with a later upload).
     */
    @Transactional
    Certificate recordExternal(TrainingClass c, Long staffId, String fullName, String number, LocalDate issuedOn,
            ScanFile scan, String by) {
        if (certificates.existsByAgencyIdAndIssueYearAndNumber(c.getAgencyId(), issuedOn.getYear(), number)) {
            throw new IllegalTransitionException("Số giấy chứng nhận " + number + " đã được dùng cho giấy chứng nhận khác.");
        }
        Certificate x = certificates.saveAndFlush(Certificate.external(c, staffId, fullName, number, issuedOn,
                scan == null ? null : scan.fileName(), scan == null ? null : scan.contentType(),
                scan == null ? null : scan.content(), scan == null ? null : scan.sha256(), by,
                LocalDateTime.now(clock)));
        events.publishEvent(AuditEvent.of("RECORD_EXTERNAL", AUDIT_TYPE, x.getId(), "Ghi giấy chứng nhận số " + number
                + " của " + c.getInstitution() + " cho " + fullName + " (lớp " + c.getTitle() + ")"));
        return x;
    }

    /** A scan that passed the file checks. */
    public record ScanFile(String fileName, String contentType, byte[] content, String sha256) {
    }

    /**
     * Issues the certificates a year's completed learners of the agency's hosted classes do not have
     * yet, each dated the class's last day (the demo data's classes of last year; an import of results
     * recorded elsewhere). Returns how many were issued.
     */
    @Transactional
    public int issueMissing(long agencyId, int year, String by) {
        int n = 0;
        for (Enrolment e : certificates.completedWithoutCertificate(agencyId, year)) {
            TrainingClass c = classes.byId(e.getClassId());
            issue(c, e, null, c.getEndDate(), by);
            n++;
        }
        return n;
    }

    // ---- revoking ----

    /** The Office chief revokes a certificate by a decision, with a reason (400 without them, 409 if revoked). */
    @Transactional
    public CertificateView revoke(Actor actor, Long classId, Long staffId, String decisionNumber, String reason) {
        TrainingClass c = classes.byId(classId);
        policy.revokeCertificate(actor, c).orThrow();
        Certificate x = certificates.findByClassIdAndStaffId(c.getId(), staffId)
                .orElseThrow(() -> new NotFoundException("giấy chứng nhận"));
        x.revoke(decisionNumber, reason, actor.username(), LocalDateTime.now(clock));
        certificates.flush();
        events.publishEvent(AuditEvent.of("REVOKE", AUDIT_TYPE, x.getId(), "Thu hồi giấy chứng nhận số "
                + x.getNumber() + " của " + x.getFullName() + " theo quyết định số " + x.getRevocationDecision()
                + ". Lý do: " + x.getRevocationReason()));
        return CertificateView.of(x, LocalDate.now(clock));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }
}
