package vn.boiduong.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.boiduong.common.Actor;
import vn.boiduong.documents.VietnameseDates;
import vn.boiduong.reporting.report.ResultsReportService;
import vn.boiduong.reporting.supervision.SupervisionVisits;

/**
 * What B6 hands to B7 to file (QT.VP.05 section 7): the acknowledged report's DOCX and PDF exactly as
 * stored at acknowledgement, and a closed supervision visit's minutes (biên bản) as rows. Read-only,
 * and asked with an actor like the pages, so the same policies decide what may be read.
 */
@Service
public class ReportingRecords {

    /** A stored document: the bytes as they were frozen. */
    public record StoredDocument(String fileName, String mediaType, byte[] bytes) {
    }

    /**
     * A visit's minutes: what was checked ({@code classId} for a class, else a unit's whole training),
     * when, by whom, and its table (criteria met or not, findings, requests and how they were closed).
     */
    public record VisitMinutes(Long visitId, Long classId, LocalDate date, String subject, List<String> heading,
            List<String> columns, List<List<Object>> rows) {
    }

    private final ResultsReportService reports;
    private final SupervisionVisits visits;

    ReportingRecords(ResultsReportService reports, SupervisionVisits visits) {
        this.reports = reports;
        this.visits = visits;
    }

    /** The acknowledged report's DOCX and PDF (404 for another agency's, 409 before acknowledgement). */
    public List<StoredDocument> acknowledgedReport(Actor actor, Long reportId) {
        List<StoredDocument> out = new ArrayList<>();
        for (String kind : List.of("docx", "pdf")) {
            ResultsReportService.StoredFile f = reports.file(actor, reportId, kind);
            out.add(new StoredDocument(f.fileName(), f.contentType(), f.content()));
        }
        return out;
    }

    public VisitMinutes visitMinutes(Actor actor, Long visitId) {
        SupervisionVisits.VisitView v = visits.get(actor, visitId);
        List<String> heading = List.of("Đối tượng kiểm tra: " + v.subject(),
                "Ngày kiểm tra: " + VietnameseDates.shortDate(v.date()),
                "Người kiểm tra: " + nz(v.recordedBy()),
                "Trạng thái: " + v.statusLabel() + (v.closedAt() == null ? ""
                        : " (" + VietnameseDates.shortDate(v.closedAt().toLocalDate()) + ")"));
        List<List<Object>> rows = new ArrayList<>();
        int n = 1;
        for (SupervisionVisits.CriterionView c : v.criteria()) {
            rows.add(List.of(n++, "Tiêu chí: " + c.label(), c.met() ? "Đạt" : "Không đạt", nz(c.note())));
        }
        rows.add(List.of(n++, "Nhận xét, phát hiện", "", nz(v.findings())));
        for (SupervisionVisits.RequestView r : v.requests()) {
            rows.add(List.of(n++, "Kiến nghị " + r.seq() + ": " + r.text(), r.statusLabel(),
                    "Đơn vị thực hiện: " + nz(r.ownerUnitName()) + "; hạn "
                            + (r.dueDate() == null ? "" : VietnameseDates.shortDate(r.dueDate()))
                            + (r.closedAt() == null ? "" : "; hoàn thành " + VietnameseDates.shortDate(
                                    r.closedAt().toLocalDate()))));
        }
        return new VisitMinutes(v.id(), v.classId(), v.date(), v.subject(), heading,
                List.of("STT", "Nội dung", "Kết quả", "Ghi chú"), rows);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
