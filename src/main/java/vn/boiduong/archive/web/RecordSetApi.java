package vn.boiduong.archive.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.boiduong.archive.ArchiveService;
import vn.boiduong.archive.BagIt;
import vn.boiduong.archive.FixityCheck;
import vn.boiduong.archive.RetentionRules;
import vn.boiduong.archive.internal.ArchiveStore;
import vn.boiduong.common.Actor;
import vn.boiduong.common.CurrentActor;
import vn.boiduong.common.ForbiddenException;
import vn.boiduong.common.InvalidInputException;
import vn.boiduong.common.PageResponse;
import vn.boiduong.common.Paging;
import vn.boiduong.common.Role;
import vn.boiduong.common.web.ErrorHandling;
import vn.boiduong.competency.EvidenceFiles;
import vn.boiduong.organization.UnitService;

/** B7's API (api.md): the record sets, their documents, closing, export and import, disposal, retention, fixity. */
@RestController
class RecordSetApi {

    private final ArchiveService archive;
    private final BagIt bagIt;
    private final RetentionRules retention;
    private final FixityCheck fixity;
    private final UnitService units;
    private final long maxScanBytes;

    RecordSetApi(ArchiveService archive, BagIt bagIt, RetentionRules retention, FixityCheck fixity,
            UnitService units, @Value("${boiduong.archive.max-scan-size:10MB}") DataSize maxScan) {
        this.archive = archive;
        this.bagIt = bagIt;
        this.retention = retention;
        this.fixity = fixity;
        this.units = units;
        this.maxScanBytes = maxScan.toBytes();
    }

    record CreateSet(Integer year, String title, String trainingContent, String category, Long planId) {
    }

    @Operation(summary = "Hồ sơ lưu của cơ quan (B7): lọc theo năm, từ khóa (tên hồ sơ, tài liệu, người có tên), loại tài liệu")
    @GetMapping("/api/v1/record-sets")
    PageResponse<ArchiveService.SetSummary> list(@RequestParam(required = false) Integer year,
            @RequestParam(required = false) String q, @RequestParam(required = false) String type,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort) {
        return archive.list(CurrentActor.get(), new ArchiveService.Filter(year, q, type),
                Paging.of(page, size, sort, ArchiveService.SORTABLE, org.springframework.data.domain.Sort.by(
                        org.springframework.data.domain.Sort.Direction.DESC, "year")));
    }

    @Operation(summary = "Mở một hồ sơ lưu bằng tay (các bước tự mở hồ sơ theo nội dung đào tạo)")
    @PostMapping("/api/v1/record-sets")
    ResponseEntity<ArchiveService.SetDetail> create(@RequestBody CreateSet body) {
        if (body == null) {
            throw InvalidInputException.of("title", "Cần nhập tên hồ sơ.");
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(archive.create(CurrentActor.get(), body.year(),
                body.title(), body.trainingContent(), body.category(), body.planId()));
    }

    @Operation(summary = "Một hồ sơ lưu: tài liệu, thời hạn bảo quản, đề nghị hủy và các việc người đọc được làm")
    @GetMapping("/api/v1/record-sets/{id}")
    ArchiveService.SetDetail get(@PathVariable Long id) {
        return archive.detail(CurrentActor.get(), id);
    }

    record Filed(Long id, String fileName, long size, String sha256) {
    }

    @Operation(summary = "Thêm bản quét bản gốc có chữ ký (PDF, kiểm tra như tệp minh chứng) vào hồ sơ đang mở")
    @PostMapping(value = "/api/v1/record-sets/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Filed> upload(@PathVariable Long id, @RequestParam(name = "file", required = false) MultipartFile file) {
        Actor actor = CurrentActor.get();
        archive.detail(actor, id);
        archive.checkManage(actor);
        if (file == null || file.isEmpty()) {
            throw InvalidInputException.of("file", "Cần chọn tệp PDF để tải lên.");
        }
        if (file.getSize() > maxScanBytes) {
            throw InvalidInputException.of("file", "Tệp vượt quá giới hạn " + DataSize.ofBytes(maxScanBytes).toMegabytes() + " MB.");
        }
        try {
            ArchiveService.DocumentView d = archive.addScan(actor, id, file.getOriginalFilename(), file.getBytes(),
                    maxScanBytes);
            return ResponseEntity.status(HttpStatus.CREATED).body(new Filed(d.id(), d.fileName(), d.size(), d.sha256()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Operation(summary = "Tải tài liệu của hồ sơ: đúng các byte đã lưu (kiểm tra SHA-256 trước khi trả)")
    @GetMapping("/api/v1/record-sets/{id}/documents/{docId}")
    ResponseEntity<byte[]> download(@PathVariable Long id, @PathVariable Long docId) {
        ArchiveService.Download d = archive.download(CurrentActor.get(), id, docId);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(d.mediaType())).contentLength(d.bytes().length)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(d.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff").header("Digest", "sha-256=" + d.sha256())
                .cacheControl(CacheControl.noCache().cachePrivate()).body(d.bytes());
    }

    @Operation(summary = "Đóng hồ sơ: từ đó chỉ đọc")
    @PostMapping("/api/v1/record-sets/{id}/close")
    ArchiveService.SetDetail close(@PathVariable Long id) {
        return archive.close(CurrentActor.get(), id);
    }

    /**
     * Written straight to the response as it is produced (one document in memory at a time), on the
     * request's own thread: an async StreamingResponseBody would be dispatched again without the
     * HTTP Basic or token caller's authentication.
     */
    @Operation(summary = "Xuất hồ sơ thành gói BagIt (RFC 8493) nén ZIP, ghi theo luồng")
    @GetMapping("/api/v1/record-sets/{id}/export")
    void export(@PathVariable Long id, jakarta.servlet.http.HttpServletResponse response) throws IOException {
        Actor actor = CurrentActor.get();
        ArchiveService.ExportSet set = bagIt.prepare(actor, id);
        String agency = units.agency(actor.agencyId()).getName();
        response.setContentType("application/zip");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(BagIt.baseName(id) + ".zip", StandardCharsets.UTF_8).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache, private");
        bagIt.write(set, agency, response.getOutputStream());
        response.flushBuffer();
    }

    @Operation(summary = "Nhập một gói BagIt (ZIP) thành hồ sơ mới: mọi mã SHA-256 được kiểm tra trước")
    @PostMapping(value = "/api/v1/record-sets/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ArchiveService.SetDetail> importBag(@RequestParam(name = "file", required = false) MultipartFile file) {
        Actor actor = CurrentActor.get();
        archive.checkManage(actor);
        if (file == null || file.isEmpty()) {
            throw InvalidInputException.of("file", "Cần chọn gói ZIP để nhập.");
        }
        try {
            return ResponseEntity.status(HttpStatus.CREATED).body(bagIt.importBag(actor, file.getInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Propose(String reason, String councilMembers) {
    }

    record Opinion(String opinion) {
    }

    record Decision(String decisionNumber, LocalDate decisionDate) {
    }

    record Reason(String reason) {
    }

    @Operation(summary = "Văn phòng đề nghị hủy hồ sơ đã hết thời hạn bảo quản (409 cho hồ sơ vĩnh viễn)")
    @PostMapping("/api/v1/record-sets/{id}/disposal")
    ArchiveService.SetDetail propose(@PathVariable Long id, @RequestBody(required = false) Propose body) {
        Propose b = body == null ? new Propose(null, null) : body;
        return archive.proposeDisposal(CurrentActor.get(), id, b.reason(), b.councilMembers());
    }

    @Operation(summary = "Ý kiến của Hội đồng xác định giá trị tài liệu (Chánh Văn phòng ghi)")
    @PostMapping("/api/v1/record-sets/{id}/disposal/opinion")
    ArchiveService.SetDetail opinion(@PathVariable Long id, @RequestBody(required = false) Opinion body) {
        return archive.appraise(CurrentActor.get(), id, body == null ? null : body.opinion());
    }

    @Operation(summary = "Giám đốc quyết định hủy (số, ngày quyết định); người đề nghị không tự quyết định")
    @PostMapping("/api/v1/record-sets/{id}/disposal/approve")
    ArchiveService.SetDetail approve(@PathVariable Long id, @RequestBody(required = false) Decision body) {
        Decision b = body == null ? new Decision(null, null) : body;
        return archive.approveDisposal(CurrentActor.get(), id, b.decisionNumber(), b.decisionDate());
    }

    @Operation(summary = "Giám đốc không đồng ý hủy (lý do)")
    @PostMapping("/api/v1/record-sets/{id}/disposal/reject")
    ArchiveService.SetDetail reject(@PathVariable Long id, @RequestBody(required = false) Reason body) {
        return archive.rejectDisposal(CurrentActor.get(), id, body == null ? null : body.reason());
    }

    record NewRule(String type, Integer years, String legalBasis, LocalDate effectiveFrom) {
    }

    @Operation(summary = "Danh mục thời hạn bảo quản theo loại tài liệu")
    @GetMapping("/api/v1/retention-rules")
    List<RetentionRules.Rule> rules() {
        return retention.list(CurrentActor.get());
    }

    @Operation(summary = "Thêm thời hạn bảo quản cho một loại tài liệu từ một ngày (quản trị)")
    @PostMapping("/api/v1/retention-rules")
    ResponseEntity<RetentionRules.Rule> addRule(@RequestBody(required = false) NewRule body) {
        NewRule b = body == null ? new NewRule(null, null, null, null) : body;
        return ResponseEntity.status(HttpStatus.CREATED).body(retention.add(CurrentActor.get(), b.type(), b.years(),
                b.legalBasis(), b.effectiveFrom()));
    }

    @Operation(summary = "Các lần kiểm tra tính toàn vẹn (biên bản): thời điểm, số tệp, kết quả")
    @GetMapping("/api/v1/fixity-runs")
    List<ArchiveStore.FixityRun> runs() {
        return fixity.runs(CurrentActor.get(), 100);
    }

    @Operation(summary = "Các tệp bị thay đổi, bị mất hoặc không rõ nguồn gốc mà một lần kiểm tra tìm thấy")
    @GetMapping("/api/v1/fixity-runs/{id}/findings")
    List<ArchiveStore.Finding> findings(@PathVariable Long id) {
        return fixity.findings(CurrentActor.get(), id);
    }

    @Operation(summary = "Kiểm tra toàn bộ kho ngay (quản trị)")
    @PostMapping("/api/v1/fixity-runs")
    FixityCheck.Outcome runNow() {
        if (!CurrentActor.get().has(Role.ADMIN)) {
            throw new ForbiddenException();
        }
        return fixity.runAll();
    }

    @ExceptionHandler(EvidenceFiles.TooLarge.class)
    ResponseEntity<ProblemDetail> tooLarge(EvidenceFiles.TooLarge e, HttpServletRequest req) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ErrorHandling.problem(HttpStatus.CONTENT_TOO_LARGE, e.getMessage(), e.errors(), req.getRequestURI()));
    }
}
