package vn.boiduong.organization.web;

import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import vn.boiduong.common.Actor;
import vn.boiduong.common.CurrentActor;
import vn.boiduong.organization.importing.ImportView;
import vn.boiduong.organization.importing.StaffImportService;

/** Staff import for integrators (api.md): upload an .xlsx, then poll its status. */
@RestController
@RequestMapping("/api/v1/staff/imports")
class StaffImportApi {

    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final StaffImportService imports;

    StaffImportApi(StaffImportService imports) {
        this.imports = imports;
    }

    /** 202: the file is readable and queued; its rows are checked and saved in the background. */
    @Operation(summary = "Nhập danh sách cán bộ từ tệp Excel (chạy nền; trả về mã lượt nhập)")
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<StaffImportService.Started> start(@RequestParam("file") MultipartFile file) throws IOException {
        Actor actor = CurrentActor.get();
        StaffImportService.requireImporter(actor);
        StaffImportService.Started started = imports.start(actor, file.getOriginalFilename(), checked(file)
                .getInputStream());
        return ResponseEntity.accepted().location(URI.create("/api/v1/staff/imports/" + started.id())).body(started);
    }

    @Operation(summary = "Tình trạng một lượt nhập cán bộ: số dòng đã xử lý, lỗi từng dòng")
    @GetMapping("/{id}")
    ImportView status(@PathVariable long id) {
        return imports.status(CurrentActor.get(), id);
    }

    @Operation(summary = "Tệp Excel mẫu để nhập cán bộ")
    @GetMapping("/template.xlsx")
    ResponseEntity<byte[]> template() {
        return template(imports.template(CurrentActor.get()));
    }

    static ResponseEntity<byte[]> template(byte[] bytes) {
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("mau-nhap-can-bo.xlsx").build().toString())
                .body(bytes);
    }

    /** The servlet's multipart limit answers first; this keeps the rule if that setting is ever relaxed. */
    static MultipartFile checked(MultipartFile file) {
        if (file.getSize() > StaffImportService.MAX_BYTES) {
            throw new MaxUploadSizeExceededException(StaffImportService.MAX_BYTES);
        }
        return file;
    }
}
