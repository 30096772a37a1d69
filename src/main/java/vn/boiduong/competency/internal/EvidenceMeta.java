package vn.boiduong.competency.internal;

import java.time.LocalDateTime;

/** What a list shows of an evidence file: everything but the bytes. */
public record EvidenceMeta(Long id, Long assessmentId, String fileName, String contentType, long sizeBytes,
        String sha256, String uploadedBy, LocalDateTime uploadedAt) {
}
