package vn.boiduong.competency;

/** The stored bytes of an evidence file, unchanged, with the name and type to send them under. */
public record EvidenceDownload(String fileName, String contentType, String sha256, byte[] content) {
}
