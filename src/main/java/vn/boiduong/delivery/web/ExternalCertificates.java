package vn.boiduong.delivery.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;
import vn.boiduong.common.InvalidInputException;
import vn.boiduong.competency.EvidenceUpload;
import vn.boiduong.delivery.Certificate;

/** What the API and the page share for an institution's certificate: its date as typed, its scan in and out. */
final class ExternalCertificates {

    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private ExternalCertificates() {
    }

    /** yyyy-MM-dd (the API) or dd/MM/yyyy (the page); blank is null (the service says it is needed). */
    static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        try {
            return t.contains("/") ? LocalDate.parse(t, DMY) : LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of("certificateDate", "Ngày cấp không hợp lệ (ghi theo dạng dd/mm/yyyy).");
        }
    }

    static EvidenceUpload upload(MultipartFile part) {
        return part == null ? null : new EvidenceUpload(part.getOriginalFilename(), part.getSize(), part::getBytes);
    }

    static ResponseEntity<byte[]> download(Certificate c) {
        String ascii = c.getScanFileName().replaceAll("[^0-9A-Za-z._-]+", "-");
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(c.getScanContentType()))
                .contentLength(c.getScan().length)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(c.getScanFileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString()
                        .replaceFirst("^attachment", "attachment; filename=\"" + ascii + "\""))
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noCache().cachePrivate())
                .eTag("\"" + c.getScanSha256() + "\"")
                .body(c.getScan());
    }
}
