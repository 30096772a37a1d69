package vn.boiduong.competency.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.boiduong.common.CurrentActor;
import vn.boiduong.common.web.ErrorHandling;
import vn.boiduong.competency.EvidenceDownload;
import vn.boiduong.competency.EvidenceFileView;
import vn.boiduong.competency.EvidenceFiles;
import vn.boiduong.competency.EvidenceUpload;

/** Evidence files (minh chứng) of a competency assessment, for integrators and for the page's download links. */
@RestController
@RequestMapping("/api/v1/staff/{staffId}/assessments/{assessmentId}/evidence")
@Tag(name = "Năng lực (B1)")
class EvidenceApi {

    private final EvidenceFiles evidence;

    EvidenceApi(EvidenceFiles evidence) {
        this.evidence = evidence;
    }

    @GetMapping
    @Operation(summary = "Các tệp minh chứng của một lần đánh giá năng lực",
            description = "Người được đánh giá, trưởng đơn vị của họ, Văn phòng, Giám đốc, quản trị. Không có nội dung tệp; "
                    + "sha256 dạng hex chữ thường.",
            responses = {
                    @ApiResponse(responseCode = "200", description = "the files, oldest first"),
                    @ApiResponse(responseCode = "403", description = "a role that may not read this person's assessments"),
                    @ApiResponse(responseCode = "404", description = "no such person or assessment, or outside the caller's unit")})
    List<EvidenceFileView> list(@PathVariable long staffId, @PathVariable long assessmentId) {
        return evidence.list(CurrentActor.get(), staffId, assessmentId);
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Đính kèm tệp minh chứng vào một lần đánh giá (Văn phòng; trưởng đơn vị với người của đơn vị mình)",
            description = """
                    Multipart, one or more parts named `file` (or `files`), at most 10 per request and 20 per \
                    assessment. Accepted: PDF, JPEG, PNG, DOCX, XLSX, each at most `boiduong.evidence.max-file-size` \
                    (5 MB by default). Before anything is stored, the name's extension and the file's first bytes \
                    must name the same kind (a renamed program or web page is refused), a DOCX or XLSX must be an \
                    Office package of that kind and expand within zip-bomb limits. The name is kept without any \
                    path or control characters. All files are stored or none; each upload is in the audit trail \
                    (`type=competency`, `id=assessment:{assessmentId}`).""",
            responses = {
                    @ApiResponse(responseCode = "201", description = "the stored files: id, fileName, size, sha256, …"),
                    @ApiResponse(responseCode = "400", description = "no file, a kind not accepted, content that does "
                            + "not match its extension, a damaged file or a zip bomb; Vietnamese detail"),
                    @ApiResponse(responseCode = "403", description = "a role that may not record assessments"),
                    @ApiResponse(responseCode = "404", description = "no such person or assessment, or another unit"),
                    @ApiResponse(responseCode = "413", description = "a file over the size limit")})
    List<EvidenceFileView> upload(@PathVariable long staffId, @PathVariable long assessmentId,
            @Parameter(description = "tệp minh chứng") @RequestParam(name = "file", required = false)
            List<MultipartFile> file,
            @RequestParam(name = "files", required = false) List<MultipartFile> files) {
        List<MultipartFile> all = new ArrayList<>();
        if (file != null) {
            all.addAll(file);
        }
        if (files != null) {
            all.addAll(files);
        }
        return evidence.attach(CurrentActor.get(), staffId, assessmentId, uploads(all));
    }

    @GetMapping("/{fileId}")
    @Operation(summary = "Tải về một tệp minh chứng, nguyên vẹn từng byte",
            description = "Content-Disposition: attachment với tên tệp theo RFC 5987 (filename*=UTF-8''…) và một tên "
                    + "ASCII dự phòng; X-Content-Type-Options: nosniff; ETag là SHA-256 của nội dung.",
            responses = {
                    @ApiResponse(responseCode = "200", description = "the bytes, with the type detected on upload"),
                    @ApiResponse(responseCode = "403", description = "a role that may not read this person's assessments"),
                    @ApiResponse(responseCode = "404", description = "no such file of this assessment, or another unit")})
    ResponseEntity<byte[]> download(@PathVariable long staffId, @PathVariable long assessmentId,
            @PathVariable long fileId) {
        EvidenceDownload d = evidence.download(CurrentActor.get(), staffId, assessmentId, fileId);
        return attachment(d);
    }

    /** A file over the limit is 413 here (the page shows the same message beside its field). */
    @ExceptionHandler(EvidenceFiles.TooLarge.class)
    ResponseEntity<ProblemDetail> tooLarge(EvidenceFiles.TooLarge e, HttpServletRequest req) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ErrorHandling.problem(HttpStatus.CONTENT_TOO_LARGE, e.getMessage(), e.errors(),
                        req.getRequestURI()));
    }

    static List<EvidenceUpload> uploads(List<MultipartFile> parts) {
        return parts.stream().map(p -> new EvidenceUpload(p.getOriginalFilename(), p.getSize(), p::getBytes)).toList();
    }

    static ResponseEntity<byte[]> attachment(EvidenceDownload d) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(d.contentType()))
                .contentLength(d.content().length)
                .header(HttpHeaders.CONTENT_DISPOSITION, DownloadNames.attachment(d.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noCache().cachePrivate())
                .eTag("\"" + d.sha256() + "\"")
                .body(d.content());
    }
}
