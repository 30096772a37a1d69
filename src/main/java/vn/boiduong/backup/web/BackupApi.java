package vn.boiduong.backup.web;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.boiduong.backup.DatabaseBackups;
import vn.boiduong.common.CurrentActor;

/**
 * Backups of the embedded database for the administrator's scripts (docs/backup.md):
 * {@code curl -u admin -X POST http://host:8080/api/v1/backups} takes one, online.
 */
@RestController
@RequestMapping("/api/v1/backups")
class BackupApi {

    private final DatabaseBackups backups;

    BackupApi(DatabaseBackups backups) {
        this.backups = backups;
    }

    @Operation(summary = "Sao lưu ngay cơ sở dữ liệu nhúng (H2), trực tuyến; 409 trên PostgreSQL (dùng pg_dump)")
    @PostMapping
    ResponseEntity<DatabaseBackups.Backup> create() {
        DatabaseBackups.Backup b = backups.create(CurrentActor.get());
        return ResponseEntity.created(URI.create("/api/v1/backups/" + b.name())).body(b);
    }

    @Operation(summary = "Danh sách các bản sao lưu, mới nhất trước")
    @GetMapping
    List<DatabaseBackups.Backup> list() {
        return backups.list(CurrentActor.get());
    }

    @Operation(summary = "Tải về một bản sao lưu (tệp .zip của cơ sở dữ liệu)")
    @GetMapping("/{name}")
    ResponseEntity<Resource> download(@PathVariable String name) {
        return file(backups.file(CurrentActor.get(), name));
    }

    static ResponseEntity<Resource> file(Path path) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(path.getFileName().toString()).build().toString())
                .body(new FileSystemResource(path));
    }
}
