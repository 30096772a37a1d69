package vn.boiduong.reporting.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import vn.boiduong.common.Actor;
import vn.boiduong.common.AuditEvent;
import vn.boiduong.common.IllegalTransitionException;
import vn.boiduong.common.InvalidInputException;
import vn.boiduong.common.NotFoundException;
import vn.boiduong.common.PageResponse;
import vn.boiduong.common.web.PageHelpers;
import vn.boiduong.delivery.DeliveryFigures;
import vn.boiduong.documents.DocumentKind;
import vn.boiduong.documents.DocumentNumber;
import vn.boiduong.documents.DocxRenderer;
import vn.boiduong.documents.OfficialDocument;
import vn.boiduong.documents.PdfRenderer;
import vn.boiduong.identity.UserDirectory;
import vn.boiduong.organization.Agency;
import vn.boiduong.organization.UnitService;

/**
 * The report to the Director, one use case a method: the transaction, the scope check (through
 * {@link ReportPolicy}) and the audit line; the rules are the aggregate's. Figures come from
 * delivery's read-only {@link DeliveryFigures}; at acknowledgement they are frozen with the DOCX and
 * PDF rendered from them (bytes and SHA-256 stored, served as they are afterwards).
 */
@Service
public class ResultsReportService {

    static final String AUDIT_TYPE = "results-report";
    public static final Map<String, String> SORTABLE = Map.of("year", "year", "status", "status",
            "createdAt", "createdAt");
    public static final Sort DEFAULT_SORT = Sort.by(Sort.Direction.DESC, "year");

    /** A line of the list. */
    public record Summary(Long id, int year, String status, String statusLabel, String statusBadge, String number,
            String createdByName, LocalDateTime createdAt) {
    }

    /** The report as its page and the API show it: names, never usernames. */
    public record View(Long id, int year, String status, String statusLabel, String statusBadge,
            String generalAssessment, String achievements, String shortcomings, String proposals,
            String returnReason, String directorComment, String createdByName, LocalDateTime createdAt,
            String submittedByName, LocalDateTime submittedAt, String decidedByName, LocalDateTime decidedAt,
            String number, boolean frozen, DeliveryFigures.YearFigures figures, ReportPolicy.Allowed allowed,
            long version, Map<String, String> sha256) {
    }

    /** A stored document of an acknowledged report. */
    public record StoredFile(String fileName, String contentType, byte[] content, String sha256) {
    }

    private final ResultsReportRepository reports;
    private final ReportPolicy policy;
    private final DeliveryFigures figures;
    private final UnitService units;
    private final UserDirectory users;
    private final ResultsReportDocument document;
    private final DocxRenderer docx;
    private final PdfRenderer pdf;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    ResultsReportService(ResultsReportRepository reports, ReportPolicy policy, DeliveryFigures figures, UnitService units,
            UserDirectory users, ResultsReportDocument document, DocxRenderer docx, PdfRenderer pdf, JdbcTemplate jdbc,
            ApplicationEventPublisher events, Clock clock) {
        this.reports = reports;
        this.policy = policy;
        this.figures = figures;
        this.units = units;
        this.users = users;
        this.document = document;
        this.docx = docx;
        this.pdf = pdf;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    public ReportPolicy policy() {
        return policy;
    }

    @Transactional(readOnly = true)
    public PageResponse<Summary> list(Actor actor, Integer year, ReportStatus status, Pageable pageable) {
        policy.read(actor).orThrow();
        var page = reports.search(actor.agencyId(), year, status, pageable);
        Map<String, String> names = users.fullNamesOf(page.getContent().stream().map(ResultsReport::getCreatedBy).toList());
        return PageResponse.of(page, r -> new Summary(r.getId(), r.getYear(), r.status().name(), r.status().label(),
                r.status().badge(), r.getNumberText(), names.getOrDefault(r.getCreatedBy(), ""), r.getCreatedAt()));
    }

    /** Whether the actor may read the reports (the menu entry). */
    public boolean mayRead(Actor actor) {
        return actor != null && policy.read(actor).isAllowed();
    }

    /** Whether the actor may draft a report at all (the list page's form). */
    public boolean mayDraft(Actor actor) {
        return policy.draft(actor).isAllowed();
    }

    @Transactional
    public View create(Actor actor, Integer year) {
        policy.draft(actor).orThrow();
        if (year == null || year < 2000 || year > 2100) {
            throw InvalidInputException.of("year", "Năm phải trong khoảng 2000–2100.");
        }
        ResultsReport r = ResultsReport.draft(policy, actor, actor.agencyId(), year,
                reports.existsByAgencyIdAndYear(actor.agencyId(), year), LocalDateTime.now(clock));
        try {
            r = reports.saveAndFlush(r);
        } catch (DataIntegrityViolationException e) {
            throw new IllegalTransitionException("Năm " + year + " đã có báo cáo kết quả; mỗi năm chỉ có một báo cáo.");
        }
        events.publishEvent(AuditEvent.of("CREATE", AUDIT_TYPE, r.getId(), "Soạn báo cáo kết quả công tác đào tạo, "
                + "bồi dưỡng năm " + year));
        return view(actor, r);
    }

    @Transactional(readOnly = true)
    public View get(Actor actor, Long id) {
        return view(actor, readable(actor, id));
    }

    ResultsReport readable(Actor actor, Long id) {
        policy.read(actor).orThrow();
        ResultsReport r = reports.findById(id).orElseThrow(() -> new NotFoundException(ReportPolicy.REPORT));
        policy.read(actor, r).orThrow();
        return r;
    }

    @Transactional
    public View edit(Actor actor, Long id, ResultsReport.Narrative narrative, Long version) {
        ResultsReport r = readable(actor, id);
        policy.edit(actor, r).orThrowUnlessWrongState();
        if (narrative == null) {
            throw InvalidInputException.of("body", "Thiếu dữ liệu gửi lên.");
        }
        checkVersion(r, version);
        r.edit(policy, actor, narrative);
        reports.saveAndFlush(r);
        events.publishEvent(AuditEvent.of("EDIT", AUDIT_TYPE, id, "Sửa nội dung báo cáo kết quả năm " + r.getYear()));
        return view(actor, r);
    }

    @Transactional
    public View submit(Actor actor, Long id) {
        ResultsReport r = readable(actor, id);
        r.submit(policy, actor, LocalDateTime.now(clock));
        reports.saveAndFlush(r);
        events.publishEvent(AuditEvent.of("SUBMIT", AUDIT_TYPE, id, "Trình Giám đốc báo cáo kết quả năm " + r.getYear()));
        r.takeEvents().forEach(events::publishEvent);
        return view(actor, r);
    }

    @Transactional
    public View returnIt(Actor actor, Long id, String reason) {
        ResultsReport r = readable(actor, id);
        r.returnIt(policy, actor, reason, LocalDateTime.now(clock));
        reports.saveAndFlush(r);
        events.publishEvent(AuditEvent.of("RETURN", AUDIT_TYPE, id, "Trả lại báo cáo kết quả năm " + r.getYear()
                + ". Lý do: " + r.getReturnReason()));
        r.takeEvents().forEach(events::publishEvent);
        return view(actor, r);
    }

    /**
     * The Director acknowledges: the number (next of the agency's reports in the year of the day),
     * the figures frozen, the DOCX and PDF rendered once and stored with their SHA-256.
     */
    @Transactional
    public View acknowledge(Actor actor, Long id, String comment) {
        ResultsReport r = readable(actor, id);
        policy.acknowledge(actor, r).orThrowUnlessWrongState();
        ResultsReport.note("comment", comment, "Cần nhập ý kiến của Giám đốc.");
        policy.acknowledge(actor, r).orThrow();
        LocalDateTime now = LocalDateTime.now(clock);
        Agency agency = units.agency(r.agencyId());
        int seq = reports.lastNumber(r.agencyId(), now.getYear()) + 1;
        DocumentNumber number = DocumentNumber.of(seq, now.getYear(), DocumentKind.REPORT, agency.getCode());
        DeliveryFigures.YearFigures f = figures.of(r.agencyId(), r.getYear(), null, now.toLocalDate());
        r.acknowledge(policy, actor, comment, seq, number.text(), json.writeValueAsString(f), now);
        try {
            reports.saveAndFlush(r);
        } catch (DataIntegrityViolationException e) {
            throw new IllegalTransitionException("Số báo cáo " + number.text() + " vừa được dùng. Hãy thử lại.");
        }
        OfficialDocument doc = document.of(new ResultsReportDocument.Data(r, f, agency, number, now.toLocalDate(),
                users.fullNamesOf(List.of(r.getSubmittedBy())).getOrDefault(r.getSubmittedBy(), "")));
        store(r.getId(), "docx", docx.render(doc), now);
        store(r.getId(), "pdf", pdf.render(doc), now);
        events.publishEvent(AuditEvent.of("ACKNOWLEDGE", AUDIT_TYPE, id, "Cho ý kiến báo cáo kết quả năm " + r.getYear()
                + " (số " + number.text() + "): " + r.getDirectorComment()));
        r.takeEvents().forEach(events::publishEvent);
        return view(actor, r);
    }

    private void store(Long reportId, String kind, byte[] bytes, LocalDateTime at) {
        jdbc.update("insert into results_report_file (report_id, kind, content, sha256, rendered_at) values (?, ?, ?, ?, ?)",
                reportId, kind, bytes, sha256(bytes), Timestamp.valueOf(at));
    }

    /** The stored DOCX or PDF of an acknowledged report, as rendered at acknowledgement. */
    @Transactional(readOnly = true)
    public StoredFile file(Actor actor, Long id, String kind) {
        ResultsReport r = readable(actor, id);
        policy.documents(actor, r).orThrow();
        List<StoredFile> found = jdbc.query("select content, sha256 from results_report_file where report_id = ? and kind = ?",
                (rs, i) -> new StoredFile("bao-cao-ket-qua-dtbd-" + r.getYear() + "." + kind,
                        kind.equals("pdf") ? "application/pdf"
                                : "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        rs.getBytes(1), rs.getString(2)), id, kind);
        return found.stream().findFirst().orElseThrow(() -> new NotFoundException("văn bản báo cáo"));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The figures of a report: frozen once acknowledged, else computed now from B5's data. */
    DeliveryFigures.YearFigures figuresOf(ResultsReport r) {
        if (r.getFiguresJson() != null) {
            return json.readValue(r.getFiguresJson(), DeliveryFigures.YearFigures.class);
        }
        return figures.of(r.agencyId(), r.getYear(), null, LocalDate.now(clock));
    }

    /** The report of the agency's year, if any (for the dashboard). */
    @Transactional(readOnly = true)
    public Optional<ResultsReport> ofYear(Long agencyId, int year) {
        return reports.findByAgencyIdAndYear(agencyId, year);
    }

    private void checkVersion(ResultsReport r, Long version) {
        if (version != null && version != r.getVersion()) {
            throw new org.springframework.orm.ObjectOptimisticLockingFailureException(ResultsReport.class, r.getId());
        }
    }

    View view(Actor actor, ResultsReport r) {
        Map<String, String> names = users.fullNamesOf(Stream.of(r.getCreatedBy(), r.getSubmittedBy(), r.getDecidedBy())
                .filter(java.util.Objects::nonNull).distinct().toList());
        Map<String, String> shas = new java.util.TreeMap<>();
        if (r.status() == ReportStatus.ACKNOWLEDGED) {
            jdbc.query("select kind, sha256 from results_report_file where report_id = ?",
                    rs -> {
                        shas.put(rs.getString(1), rs.getString(2));
                    }, r.getId());
        }
        return new View(r.getId(), r.getYear(), r.status().name(), r.status().label(), r.status().badge(),
                r.getGeneralAssessment(), r.getAchievements(), r.getShortcomings(), r.getProposals(), r.getReturnReason(),
                r.getDirectorComment(), name(names, r.getCreatedBy()), r.getCreatedAt(), name(names, r.getSubmittedBy()),
                r.getSubmittedAt(), name(names, r.getDecidedBy()), r.getDecidedAt(), r.getNumberText(),
                r.status() == ReportStatus.ACKNOWLEDGED, figuresOf(r), policy.allowed(actor, r), r.getVersion(), shas);
    }

    private static String name(Map<String, String> names, String username) {
        return username == null ? null : names.getOrDefault(username, "");
    }

    static String money(long v) {
        return PageHelpers.vnd(v);
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static List<String> paragraphs(String text) {
        List<String> out = new ArrayList<>();
        if (text != null) {
            for (String p : text.split("\\R+")) {
                if (!p.isBlank()) {
                    out.add(p.strip());
                }
            }
        }
        return out;
    }
}
