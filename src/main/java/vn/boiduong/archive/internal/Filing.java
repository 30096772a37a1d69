package vn.boiduong.archive.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.boiduong.archive.ArchiveService;
import vn.boiduong.archive.ArchiveService.FileRequest;
import vn.boiduong.archive.ArchiveService.SetKey;
import vn.boiduong.archive.RecordType;
import vn.boiduong.common.Actor;
import vn.boiduong.common.TrainingCategory;
import vn.boiduong.delivery.AttendanceGrid;
import vn.boiduong.delivery.AttendanceService;
import vn.boiduong.delivery.Certificate;
import vn.boiduong.delivery.CertificateService;
import vn.boiduong.delivery.ClassDetail;
import vn.boiduong.delivery.ClassEvents;
import vn.boiduong.delivery.ClassService;
import vn.boiduong.delivery.ClassView;
import vn.boiduong.delivery.CourseFeedback;
import vn.boiduong.delivery.DeliveryDocuments;
import vn.boiduong.delivery.EnrolmentService;
import vn.boiduong.delivery.EnrolmentStatus;
import vn.boiduong.delivery.EnrolmentView;
import vn.boiduong.documents.DocxRenderer;
import vn.boiduong.documents.OfficialDocument;
import vn.boiduong.documents.PdfRenderer;
import vn.boiduong.documents.VietnameseDates;
import vn.boiduong.needs.NeedConsolidation;
import vn.boiduong.planning.PlanApproved;
import vn.boiduong.planning.PlanDocuments;
import vn.boiduong.reporting.ReportingRecords;
import vn.boiduong.reporting.ResultsReportAcknowledged;
import vn.boiduong.reporting.SupervisionEvents;

/**
 * Files each step's records as the step's events tell of them (archive listens; no step imports it).
 * Each listener runs after the step's transaction commits, in its own, through Spring Modulith's
 * event publication registry: a listener that fails leaves its publication incomplete, and it is
 * filed again by {@link FilingRetry} or at the next start, never dropped. Filing is idempotent
 * (the document's source key), so a second delivery files nothing twice.
 * <ul>
 *   <li>B4 {@link PlanApproved}: the year's general set gets the consolidation (B2, XLSX) the plan was
 *       built on and the decision (DOCX and PDF); a set is opened for each approved item's content;</li>
 *   <li>B5 announcement issued: the THÔNG BÁO (DOCX and PDF) into the general set;</li>
 *   <li>B5 certificate issued: its PDF as issued into the class's content set;</li>
 *   <li>B5 class closed: the class list, the attendance sheet (hosted classes), the results and the
 *       feedback summary (XLSX) into its content set;</li>
 *   <li>B6 supervision visit closed: its minutes (biên bản kiểm tra, giám sát, XLSX) into the class's
 *       content set, or the year's general set for a unit's visit;</li>
 *   <li>B6 report acknowledged by the Director: its DOCX and PDF as stored then into the general set.</li>
 * </ul>
 */
@Component
class Filing {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final ArchiveService archive;
    private final PlanDocuments planDocuments;
    private final NeedConsolidation consolidation;
    private final DeliveryDocuments deliveryDocuments;
    private final ClassService classes;
    private final EnrolmentService enrolments;
    private final AttendanceService attendance;
    private final CourseFeedback feedback;
    private final CertificateService certificates;
    private final DocxRenderer docx;
    private final PdfRenderer pdf;
    private final ReportingRecords reporting;

    Filing(ArchiveService archive, PlanDocuments planDocuments, NeedConsolidation consolidation,
            DeliveryDocuments deliveryDocuments, ClassService classes, EnrolmentService enrolments,
            AttendanceService attendance, CourseFeedback feedback, CertificateService certificates, DocxRenderer docx,
            PdfRenderer pdf, ReportingRecords reporting) {
        this.archive = archive;
        this.planDocuments = planDocuments;
        this.consolidation = consolidation;
        this.deliveryDocuments = deliveryDocuments;
        this.classes = classes;
        this.enrolments = enrolments;
        this.attendance = attendance;
        this.feedback = feedback;
        this.certificates = certificates;
        this.docx = docx;
        this.pdf = pdf;
        this.reporting = reporting;
    }

    @ApplicationModuleListener(id = "archive.plan-approved")
    void on(PlanApproved e) {
        Actor office = SystemActor.officeOf(e.agencyId());
        SetKey plan = SetKey.plan(e.agencyId(), e.year(), e.planId());
        byte[] workbook = consolidation.workbook(office, e.year());
        List<FileRequest> out = new ArrayList<>();
        out.add(new FileRequest(plan, RecordType.CONSOLIDATION, "Bảng tổng hợp nhu cầu ĐTBD năm " + e.year(),
                "tong-hop-nhu-cau-" + e.year() + ".xlsx", XLSX, workbook, "plan", e.planId(), 1, null, e.actor()));
        OfficialDocument decision = planDocuments.decision(office, e.planId());
        String title = "Quyết định phê duyệt kế hoạch ĐTBD năm " + e.year() + " số " + e.decisionNumber() + " ngày "
                + VietnameseDates.shortDate(e.decisionDate());
        out.add(new FileRequest(plan, RecordType.PLAN_DECISION, title, "quyet-dinh-ke-hoach-" + e.year() + ".docx",
                DOCX, docx.render(decision), "plan", e.planId(), 1, null, e.actor()));
        out.add(new FileRequest(plan, RecordType.PLAN_DECISION, title, "quyet-dinh-ke-hoach-" + e.year() + ".pdf",
                "application/pdf", pdf.render(decision), "plan", e.planId(), 1, null, e.actor()));
        fileAll(out);
        for (PlanApproved.Item item : e.items()) {
            archive.ensureSet(SetKey.content(e.agencyId(), e.year(), e.planId(), item.category(), item.title()), e.actor());
        }
    }

    @ApplicationModuleListener(id = "archive.announcement-issued")
    void on(ClassEvents.AnnouncementIssued e) {
        Actor office = SystemActor.officeOf(e.agencyId());
        SetKey plan = SetKey.plan(e.agencyId(), e.year(), e.planId());
        OfficialDocument doc = deliveryDocuments.announcement(office, e.planId());
        String title = "Thông báo triển khai kế hoạch và phân bổ kinh phí năm " + e.year() + " số " + e.number();
        byte[] word = docx.render(doc);
        byte[] printable = pdf.render(doc);
        fileAll(List.of(new FileRequest(plan, RecordType.ANNOUNCEMENT, title, "thong-bao-ke-hoach-" + e.year() + ".docx",
                DOCX, word, "announcement", e.planId(), 1, null, e.actor()),
                new FileRequest(plan, RecordType.ANNOUNCEMENT, title, "thong-bao-ke-hoach-" + e.year() + ".pdf",
                "application/pdf", printable, "announcement", e.planId(), 1, null, e.actor())));
    }

    @ApplicationModuleListener(id = "archive.certificate-issued")
    void on(ClassEvents.CertificateIssued e) {
        Actor office = SystemActor.officeOf(e.agencyId());
        ClassDetail c = classes.get(office, e.classId());
        Certificate cert = certificates.issuedPdf(office, e.classId(), e.staffId());
        if (cert.getPdf() == null) {
            return;
        }
        String person = enrolments.enrolments(office, e.classId()).stream().filter(x -> x.staffId().equals(e.staffId()))
                .map(EnrolmentView::fullName).findFirst().orElse("");
        archive.file(new FileRequest(setOf(e.agencyId(), c.info()), RecordType.CERTIFICATE, "Giấy chứng nhận số " + e.number() + " — "
                + person, "giay-chung-nhan-" + e.number().replaceAll("[^0-9A-Za-z-]", "-") + ".pdf", "application/pdf",
                cert.getPdf(), "certificate", e.certificateId(), 1, person, "system"));
    }

    @ApplicationModuleListener(id = "archive.class-closed")
    void on(ClassEvents.ClassClosed e) {
        Actor office = SystemActor.officeOf(e.agencyId());
        ClassDetail c = classes.get(office, e.classId());
        ClassView v = c.info();
        SetKey set = setOf(e.agencyId(), v);
        List<EnrolmentView> people = enrolments.enrolments(office, e.classId()).stream()
                .filter(p -> p.status() == EnrolmentStatus.ENROLLED).toList();
        String persons = people.stream().map(EnrolmentView::fullName).collect(Collectors.joining("; "));
        List<String> heading = List.of("Lớp: " + v.title(), "Loại hình: " + v.categoryLabel()
                + (v.levelLabel() == null ? "" : " — " + v.levelLabel()), "Thời gian: "
                + VietnameseDates.shortDate(v.startDate()) + " – " + VietnameseDates.shortDate(v.endDate()),
                "Địa điểm: " + (v.location() == null ? "" : v.location()));
        String slug = "lop-" + v.id();
        List<FileRequest> out = new ArrayList<>();

        List<List<Object>> list = new ArrayList<>();
        int n = 1;
        for (EnrolmentView p : people) {
            list.add(List.of(n++, p.fullName(), nz(p.unitName())));
        }
        file(out, set, RecordType.CLASS_LIST, "Danh sách học viên — " + v.title(), slug + "-danh-sach.xlsx",
                new RecordSheets.Table("DANH SÁCH HỌC VIÊN", heading, List.of("STT", "Họ và tên", "Đơn vị"), list),
                e, persons);

        if (!c.sessions().isEmpty()) {
            AttendanceGrid g = attendance.grid(office, e.classId());
            List<String> cols = new ArrayList<>(List.of("STT", "Họ và tên", "Đơn vị"));
            g.sessions().forEach(s -> cols.add(VietnameseDates.shortDate(s.date())));
            cols.add("Số buổi có mặt");
            cols.add("Số giờ");
            List<List<Object>> rows = new ArrayList<>();
            n = 1;
            for (AttendanceGrid.LearnerRow l : g.learners()) {
                List<Object> row = new ArrayList<>(List.of(n++, l.fullName(), nz(l.unitName())));
                g.sessions().forEach(s -> row.add(l.mark(s.id()) == null ? "" : l.mark(s.id()).label()));
                row.add(l.attended());
                row.add(l.attendedHours());
                rows.add(row);
            }
            file(out, set, RecordType.ATTENDANCE, "Bảng điểm danh — " + v.title(), slug + "-diem-danh.xlsx",
                    new RecordSheets.Table("BẢNG ĐIỂM DANH", heading, cols, rows), e, persons);
        }

        List<List<Object>> results = new ArrayList<>();
        n = 1;
        for (EnrolmentView p : people) {
            results.add(List.of(n++, p.fullName(), nz(p.unitName()), p.outcome() == null ? "" : p.outcome().label(),
                    p.score() == null ? "" : p.score(), nz(p.classification()), nz(p.certificateNumber())));
        }
        file(out, set, RecordType.RESULTS, "Kết quả học tập — " + v.title(), slug + "-ket-qua.xlsx",
                new RecordSheets.Table("KẾT QUẢ HỌC TẬP", heading, List.of("STT", "Họ và tên", "Đơn vị", "Kết quả",
                        "Điểm", "Xếp loại", "Số giấy chứng nhận"), results), e, persons);

        CourseFeedback.Summary f = feedback.summary(office, e.classId());
        if (f.responses() > 0) {
            List<List<Object>> rows = new ArrayList<>();
            n = 1;
            for (CourseFeedback.QuestionResult q : f.questions()) {
                rows.add(List.of(n++, q.text(), q.average(), q.answers()));
            }
            for (String comment : f.comments()) {
                rows.add(List.of("", "Ý kiến: " + comment, "", ""));
            }
            file(out, set, RecordType.FEEDBACK, "Tổng hợp phiếu đánh giá khóa học — " + v.title(), slug + "-danh-gia.xlsx",
                    new RecordSheets.Table("TỔNG HỢP PHIẾU ĐÁNH GIÁ KHÓA HỌC", List.of("Lớp: " + v.title(),
                            "Số phiếu: " + f.responses() + " / " + f.attended() + " học viên có tham gia"),
                            List.of("STT", "Câu hỏi", "Điểm trung bình (1–5)", "Số trả lời"), rows), e, null);
        }
        fileAll(out);
    }

    @ApplicationModuleListener(id = "archive.supervision-visit-closed")
    void on(SupervisionEvents.VisitClosed e) {
        Actor office = SystemActor.officeOf(e.agencyId());
        ReportingRecords.VisitMinutes m = reporting.visitMinutes(office, e.visitId());
        SetKey set = m.classId() != null ? setOf(e.agencyId(), classes.get(office, m.classId()).info())
                : SetKey.plan(e.agencyId(), m.date().getYear(), null);
        String title = "Biên bản kiểm tra, giám sát — " + m.subject() + " ngày " + VietnameseDates.shortDate(m.date());
        archive.file(new FileRequest(set, RecordType.SUPERVISION_VISIT, title, "bien-ban-kiem-tra-" + m.visitId()
                + ".xlsx", XLSX, RecordSheets.workbook(new RecordSheets.Table("BIÊN BẢN KIỂM TRA, GIÁM SÁT",
                        m.heading(), m.columns(), m.rows())), "supervision-visit", m.visitId(), 1, null, e.actor()));
    }

    @ApplicationModuleListener(id = "archive.results-report-acknowledged")
    void on(ResultsReportAcknowledged e) {
        Actor office = SystemActor.officeOf(e.agencyId());
        SetKey plan = SetKey.plan(e.agencyId(), e.year(), null);
        String title = "Báo cáo kết quả công tác ĐTBD năm " + e.year() + " số " + e.number();
        fileAll(reporting.acknowledgedReport(office, e.reportId()).stream().map(d -> new FileRequest(plan,
                RecordType.RESULTS_REPORT, title, d.fileName(), d.mediaType(), d.bytes(), "results-report",
                e.reportId(), 1, null, e.acknowledgedBy())).toList());
    }

    /**
     * Files what a listener gathered, after everything was rendered: the audit trail's chain head,
     * which the first filed document's audit line locks, is then held only for the inserts, not while
     * a PDF is drawn (the other writers of the agency wait on it).
     */
    private void fileAll(List<FileRequest> requests) {
        requests.forEach(archive::file);
    }

    private static void file(List<FileRequest> out, SetKey set, RecordType type, String title, String fileName,
            RecordSheets.Table table, ClassEvents.ClassClosed e, String persons) {
        out.add(new FileRequest(set, type, title, fileName, XLSX, RecordSheets.workbook(table), "class", e.classId(),
                1, persons, e.actor()));
    }

    private static SetKey setOf(Long agencyId, ClassView v) {
        return SetKey.content(agencyId, v.year(), v.planId(), TrainingCategory.valueOf(v.category()), v.title());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
