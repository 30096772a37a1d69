package vn.boiduong.competency;

import vn.boiduong.common.InvalidInputException;
import vn.boiduong.competency.internal.EvidenceCheck;

/**
 * The evidence files' checks (name, extension and first bytes agreeing, size, zip bombs) offered to
 * the later steps that take uploads too — B7's scanned signed originals — so that every upload of
 * the application is checked the same way. Refusals are 400 (413 over the size) with a Vietnamese text.
 */
public final class UploadedFileCheck {

    /** A file that passed: its safe name and the content type of its detected kind (never the client's). */
    public record Checked(String fileName, String contentType) {
    }

    private UploadedFileCheck() {
    }

    /** Checks a PDF (only a PDF is accepted): 400 on the field, {@link EvidenceFiles.TooLarge} over {@code maxBytes}. */
    public static Checked pdf(String field, String originalName, byte[] content, long maxBytes) {
        try {
            EvidenceCheck.Accepted a = EvidenceCheck.check(originalName, content, maxBytes);
            if (a.kind() != EvidenceCheck.Kind.PDF) {
                throw InvalidInputException.of(field, "Chỉ nhận tệp PDF (bản quét bản gốc có chữ ký).");
            }
            return new Checked(a.fileName(), a.kind().contentType());
        } catch (EvidenceCheck.Refused r) {
            if (r.tooLarge()) {
                throw new EvidenceFiles.TooLarge(r.getMessage());
            }
            throw InvalidInputException.of(field, r.getMessage());
        }
    }
}
