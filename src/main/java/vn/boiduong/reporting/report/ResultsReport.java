package vn.boiduong.reporting.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import vn.boiduong.common.Actor;
import vn.boiduong.common.CleanText;
import vn.boiduong.common.InvalidInputException;
import vn.boiduong.reporting.ResultsReportAcknowledged;
import vn.boiduong.reporting.ResultsReportReturned;
import vn.boiduong.reporting.ResultsReportSubmitted;

/**
 * The Office chief's report of a year's results to the Director (Báo cáo kết quả công tác ĐTBD năm N,
 * QT.VP.05 5.2.6). Its transitions ask {@link ReportPolicy} first and register the events that
 * {@link ResultsReportService} publishes with the audit line ({@link #takeEvents()}). Its figures are
 * computed from B5's data while it moves, and frozen with its documents when acknowledged.
 */
@Entity
@Table(name = "results_report")
public class ResultsReport implements ReportPolicy.Subject {

    /** The longest narrative section, in characters. */
    public static final int MAX_SECTION = 4000;
    /** The longest reason or comment. */
    public static final int MAX_NOTE = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long agencyId;
    @Column(name = "report_year")
    private int year;
    @Enumerated(EnumType.STRING)
    private ReportStatus status;
    private String generalAssessment;
    private String achievements;
    private String shortcomings;
    private String proposals;
    private String returnReason;
    private String directorComment;
    private String createdBy;
    private LocalDateTime createdAt;
    private String submittedBy;
    private LocalDateTime submittedAt;
    private String decidedBy;
    private LocalDateTime decidedAt;
    private String numberText;
    private Integer numberSeq;
    private Integer numberYear;
    private String figuresJson;
    @Version
    private long version;
    @Transient
    private final List<Object> events = new ArrayList<>();

    protected ResultsReport() {
    }

    /** A new draft of {@code year}: the policy has said the chief may draft it. */
    public static ResultsReport draft(ReportPolicy policy, Actor actor, Long agencyId, int year, boolean yearHasReport,
            LocalDateTime now) {
        policy.draft(actor, yearHasReport, year).orThrow();
        ResultsReport r = new ResultsReport();
        r.agencyId = agencyId;
        r.year = year;
        r.status = ReportStatus.DRAFT;
        r.createdBy = actor.username();
        r.createdAt = now;
        return r;
    }

    /** The narrative sections as the page and the API send them. */
    public record Narrative(String generalAssessment, String achievements, String shortcomings, String proposals) {
    }

    /** Text checked before the state (400 before 409), then the policy; null sections stay as they were. */
    public void edit(ReportPolicy policy, Actor actor, Narrative n) {
        policy.edit(actor, this).orThrowUnlessWrongState();
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        String g = section("generalAssessment", n.generalAssessment(), errors);
        String a = section("achievements", n.achievements(), errors);
        String s = section("shortcomings", n.shortcomings(), errors);
        String p = section("proposals", n.proposals(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException("Nội dung báo cáo chưa hợp lệ.", errors);
        }
        policy.edit(actor, this).orThrow();
        if (n.generalAssessment() != null) {
            generalAssessment = g;
        }
        if (n.achievements() != null) {
            achievements = a;
        }
        if (n.shortcomings() != null) {
            shortcomings = s;
        }
        if (n.proposals() != null) {
            proposals = p;
        }
    }

    /** DRAFT or RETURNED → SUBMITTED: every section written. */
    public void submit(ReportPolicy policy, Actor actor, LocalDateTime now) {
        policy.submit(actor, this).orThrow();
        List<InvalidInputException.FieldError> missing = new ArrayList<>();
        need("generalAssessment", generalAssessment, "đánh giá chung", missing);
        need("achievements", achievements, "kết quả đạt được", missing);
        need("shortcomings", shortcomings, "tồn tại, hạn chế và nguyên nhân", missing);
        need("proposals", proposals, "đề xuất, kiến nghị", missing);
        if (!missing.isEmpty()) {
            throw new InvalidInputException("Báo cáo còn thiếu nội dung, chưa trình được.", missing);
        }
        status = ReportStatus.SUBMITTED;
        submittedBy = actor.username();
        submittedAt = now;
        events.add(new ResultsReportSubmitted(id, agencyId, year, actor.username()));
    }

    /** SUBMITTED → RETURNED with a reason (checked before the state). */
    public void returnIt(ReportPolicy policy, Actor actor, String reason, LocalDateTime now) {
        policy.returnIt(actor, this).orThrowUnlessWrongState();
        String why = note("reason", reason, "Cần nêu lý do trả lại báo cáo.");
        policy.returnIt(actor, this).orThrow();
        status = ReportStatus.RETURNED;
        returnReason = why;
        decidedBy = actor.username();
        decidedAt = now;
        events.add(new ResultsReportReturned(id, agencyId, year, why, actor.username()));
    }

    /**
     * SUBMITTED → ACKNOWLEDGED with the Director's comment: the number, the frozen figures (JSON) are
     * set here; the service stores the documents rendered from them.
     */
    public void acknowledge(ReportPolicy policy, Actor actor, String comment, int sequence, String number,
            String figures, LocalDateTime now) {
        policy.acknowledge(actor, this).orThrowUnlessWrongState();
        String c = note("comment", comment, "Cần nhập ý kiến của Giám đốc.");
        policy.acknowledge(actor, this).orThrow();
        status = ReportStatus.ACKNOWLEDGED;
        directorComment = c;
        decidedBy = actor.username();
        decidedAt = now;
        numberSeq = sequence;
        numberYear = now.getYear();
        numberText = number;
        figuresJson = figures;
        events.add(new ResultsReportAcknowledged(id, agencyId, year, number, c, actor.username()));
    }

    /** Validates a comment or reason before the state (so a 400 comes before a 409). */
    public static String note(String field, String text, String blank) {
        if (text == null || text.isBlank()) {
            throw InvalidInputException.of(field, blank);
        }
        CleanText.require(field, text);
        String t = text.strip();
        if (t.length() > MAX_NOTE) {
            throw InvalidInputException.of(field, "Tối đa " + MAX_NOTE + " ký tự.");
        }
        return t;
    }

    private static String section(String field, String text, List<InvalidInputException.FieldError> errors) {
        if (text == null) {
            return null;
        }
        if (!CleanText.clean(text)) {
            errors.add(new InvalidInputException.FieldError(field, CleanText.MESSAGE));
            return null;
        }
        String t = text.strip().replace("\r\n", "\n");
        if (t.length() > MAX_SECTION) {
            errors.add(new InvalidInputException.FieldError(field, "Mỗi phần tối đa " + MAX_SECTION + " ký tự (phần này: "
                    + t.length() + ")."));
            return null;
        }
        return t.isEmpty() ? null : t;
    }

    private static void need(String field, String text, String name, List<InvalidInputException.FieldError> missing) {
        if (text == null || text.isBlank()) {
            missing.add(new InvalidInputException.FieldError(field, "Cần viết phần " + name + "."));
        }
    }

    /** The events registered since the last call; the service publishes them. */
    public List<Object> takeEvents() {
        List<Object> out = List.copyOf(events);
        events.clear();
        return out;
    }

    public Long getId() { return id; }
    @Override public Long agencyId() { return agencyId; }
    @Override public ReportStatus status() { return status; }
    public int getYear() { return year; }
    public String getGeneralAssessment() { return generalAssessment; }
    public String getAchievements() { return achievements; }
    public String getShortcomings() { return shortcomings; }
    public String getProposals() { return proposals; }
    public String getReturnReason() { return returnReason; }
    public String getDirectorComment() { return directorComment; }
    public String getCreatedBy() { return createdBy; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public String getSubmittedBy() { return submittedBy; }
    public LocalDateTime getSubmittedAt() { return submittedAt; }
    public String getDecidedBy() { return decidedBy; }
    public LocalDateTime getDecidedAt() { return decidedAt; }
    public String getNumberText() { return numberText; }
    public Integer getNumberSeq() { return numberSeq; }
    public String getFiguresJson() { return figuresJson; }
    public long getVersion() { return version; }
}
