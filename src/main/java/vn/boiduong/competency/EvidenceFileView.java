package vn.boiduong.competency;

import java.time.LocalDateTime;

/** An evidence file of an assessment as lists show it: no bytes; {@code sha256} in lower-case hex. */
public record EvidenceFileView(Long id, Long assessmentId, String fileName, String contentType, long size,
        String sha256, String uploadedBy, LocalDateTime uploadedAt) {

    /** "850 KB", "1,3 MB", for pages. */
    public String sizeText() {
        return vn.boiduong.competency.internal.EvidenceCheck.sizeText(size);
    }
}
