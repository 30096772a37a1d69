package vn.boiduong.competency.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * What an evidence file must be before it is stored: one of five kinds, its name's extension and its
 * first bytes naming the same kind (a program or a web page renamed to .pdf is refused), within the
 * size limit, and for the zip-based kinds (DOCX, XLSX) an Office package of that kind whose entries
 * do not expand past the limits below (a "zip bomb"). Nothing is parsed: the bytes are only looked
 * at, and stored unchanged when they pass. Messages are Vietnamese, for the person who uploaded.
 */
public final class EvidenceCheck {

    /** The kinds accepted as evidence; the content type sent back is always this one, never the client's. */
    public enum Kind {
        PDF("PDF", "application/pdf", List.of("pdf")),
        JPEG("JPEG", "image/jpeg", List.of("jpg", "jpeg")),
        PNG("PNG", "image/png", List.of("png")),
        DOCX("Word (DOCX)", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", List.of("docx")),
        XLSX("Excel (XLSX)", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", List.of("xlsx"));

        final String label;
        final String contentType;
        final List<String> extensions;

        Kind(String label, String contentType, List<String> extensions) {
            this.label = label;
            this.contentType = contentType;
            this.extensions = extensions;
        }

        public String contentType() {
            return contentType;
        }

        static Kind ofExtension(String ext) {
            for (Kind k : values()) {
                if (k.extensions.contains(ext)) {
                    return k;
                }
            }
            return null;
        }
    }

    /** A file that passed: its safe name and its kind. */
    public record Accepted(String fileName, Kind kind) {
    }

    /** Why a file was refused, in Vietnamese; {@code tooLarge} lets the web layer answer 413. */
    public static final class Refused extends Exception {
        private final boolean tooLarge;

        Refused(String message, boolean tooLarge) {
            super(message, null, false, false);
            this.tooLarge = tooLarge;
        }

        public boolean tooLarge() {
            return tooLarge;
        }
    }

    public static final String ACCEPTED_LIST = "PDF, JPEG, PNG, DOCX, XLSX";
    static final int MAX_NAME_CHARS = 200;
    /** A Word or Excel file of a few megabytes has tens of entries; a thousand is POI's own ceiling. */
    static final int MAX_ZIP_ENTRIES = 1000;
    /** All entries together, counted as they actually inflate (the sizes the zip declares may lie). */
    static final long MAX_EXPANDED_BYTES = 100L * 1024 * 1024;
    /** Expanded ÷ compressed above 100 after the first 100 KB of an entry: POI's limit, as the staff import uses. */
    static final double MAX_RATIO = 100;
    static final long RATIO_GRACE_BYTES = 100 * 1024;
    /** [Content_Types].xml of a real document is a few kilobytes. */
    static final int MAX_CONTENT_TYPES_BYTES = 1024 * 1024;

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static final String DOCX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private static final String XLSX_MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

    private EvidenceCheck() {
    }

    /**
     * The size is checked first, before the bytes are read into memory by the caller, from the size
     * the upload declares; {@link #check} checks it again on the bytes themselves.
     */
    public static void checkSize(String shownName, long size, long maxBytes) throws Refused {
        if (size <= 0) {
            throw new Refused("Tệp «" + shownName + "» rỗng.", false);
        }
        if (size > maxBytes) {
            throw new Refused("Tệp «" + shownName + "» có dung lượng " + megabytes(size) + ", vượt quá giới hạn "
                    + megabytes(maxBytes) + " cho mỗi tệp minh chứng.", true);
        }
    }

    public static Accepted check(String originalName, byte[] content, long maxBytes) throws Refused {
        String name = sanitise(originalName);
        checkSize(name, content.length, maxBytes);
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        Kind kind = Kind.ofExtension(ext);
        if (kind == null) {
            throw new Refused("Tệp «" + name + "» không thuộc loại được nhận làm minh chứng; chỉ nhận " + ACCEPTED_LIST
                    + ".", false);
        }
        boolean zipKind = kind == Kind.DOCX || kind == Kind.XLSX;
        if (zipKind ? !startsWith(content, ZIP_MAGIC) : sniff(content) != kind) {
            if (zipKind && startsWith(content, OLE2_MAGIC)) {
                throw new Refused("Tệp «" + name + "» là tệp Office đời cũ (.doc, .xls) hoặc đã đặt mật khẩu; hãy "
                        + "lưu lại thành " + kind.label + " không mật khẩu rồi tải lên.", false);
            }
            throw mismatch(name, kind);
        }
        if (zipKind) {
            checkOfficePackage(name, content, kind);
        }
        if (kind == Kind.PNG && (content.length < 16
                || !Arrays.equals(content, 12, 16, "IHDR".getBytes(StandardCharsets.US_ASCII), 0, 4))) {
            throw new Refused("Tệp «" + name + "» bị hỏng hoặc không phải ảnh PNG hợp lệ.", false);
        }
        return new Accepted(name, kind);
    }

    /** The kind the first bytes say, for the kinds with a signature of their own; null for zip and anything else. */
    static Kind sniff(byte[] content) {
        if (startsWith(content, PDF_MAGIC)) {
            return Kind.PDF;
        }
        if (startsWith(content, PNG_MAGIC)) {
            return Kind.PNG;
        }
        if (startsWith(content, JPEG_MAGIC)) {
            return Kind.JPEG;
        }
        return null;
    }

    private static Refused mismatch(String name, Kind kind) {
        return new Refused("Nội dung tệp «" + name + "» không phải là " + kind.label + " như đuôi tệp cho biết "
                + "(có thể là tệp loại khác đã bị đổi tên); không nhận.", false);
    }

    /**
     * Reads every entry through the central directory, counting the bytes that actually come out, and
     * stops at the first limit passed; then asks [Content_Types].xml whether the package's main part
     * is a Word document or a workbook, so a .docx renamed .xlsx (or any other zip) is refused.
     */
    private static void checkOfficePackage(String name, byte[] content, Kind kind) throws Refused {
        Refused corrupt = new Refused("Tệp «" + name + "» bị hỏng hoặc không phải tệp " + kind.label
                + " hợp lệ.", false);
        Refused bomb = new Refused("Tệp «" + name + "» khi giải nén lớn bất thường (nghi là «bom nén»); không nhận.",
                false);
        String contentTypes = null;
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(content))
                .get()) {
            List<ZipArchiveEntry> entries = Collections.list(zip.getEntries());
            if (entries.size() > MAX_ZIP_ENTRIES) {
                throw bomb;
            }
            long total = 0;
            byte[] buffer = new byte[8192];
            for (ZipArchiveEntry entry : entries) {
                if (entry.isDirectory()) {
                    continue;
                }
                if (!zip.canReadEntryData(entry)) {
                    throw corrupt;
                }
                boolean types = "[Content_Types].xml".equals(entry.getName());
                java.io.ByteArrayOutputStream kept = types ? new java.io.ByteArrayOutputStream() : null;
                long compressed = Math.max(1, entry.getCompressedSize());
                long expanded = 0;
                try (InputStream in = zip.getInputStream(entry)) {
                    int n;
                    while ((n = in.read(buffer)) > 0) {
                        expanded += n;
                        total += n;
                        if (total > MAX_EXPANDED_BYTES
                                || expanded > RATIO_GRACE_BYTES && expanded > compressed * MAX_RATIO) {
                            throw bomb;
                        }
                        if (kept != null) {
                            if (kept.size() + n > MAX_CONTENT_TYPES_BYTES) {
                                throw corrupt;
                            }
                            kept.write(buffer, 0, n);
                        }
                    }
                }
                if (kept != null) {
                    contentTypes = kept.toString(StandardCharsets.UTF_8);
                }
            }
        } catch (Refused r) {
            throw r;
        } catch (IOException | RuntimeException e) {
            throw corrupt;
        }
        if (contentTypes == null) {
            throw corrupt;
        }
        boolean word = contentTypes.contains(DOCX_MAIN);
        boolean sheet = contentTypes.contains(XLSX_MAIN);
        if (kind == Kind.DOCX ? !word || sheet : !sheet || word) {
            throw mismatch(name, kind);
        }
    }

    /**
     * The name to keep and to send back: the last segment of any path (either slash), Unicode NFC so
     * that "ệ" typed on a Mac and on Windows is one name, without control, format (bidirectional
     * overrides that disguise "fdp.exe" as "exe.pdf") or reserved characters, without leading dots
     * (hidden files), at most {@value #MAX_NAME_CHARS} characters keeping the extension.
     */
    public static String sanitise(String original) {
        String s = original == null ? "" : original;
        s = s.substring(Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\')) + 1);
        s = Normalizer.normalize(s, Normalizer.Form.NFC);
        s = s.replaceAll("[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cn}\\p{Zl}\\p{Zp}]", "")
                .replaceAll("[<>:\"|?*;]", "_")
                .replaceAll("\\s+", " ")
                .trim();
        s = s.replaceAll("^[.\\s]+", "").replaceAll("[.\\s]+$", "");
        int dot = s.lastIndexOf('.');
        String ext = dot < 0 ? "" : s.substring(dot);
        String base = dot < 0 ? s : s.substring(0, dot);
        if (base.isBlank()) {
            base = "minh-chung";
        }
        if (ext.length() > 10) {
            base = base + ext;
            ext = "";
        }
        if (base.length() + ext.length() > MAX_NAME_CHARS) {
            int keep = MAX_NAME_CHARS - ext.length();
            // never cut a surrogate pair in half
            if (Character.isHighSurrogate(base.charAt(keep - 1))) {
                keep--;
            }
            base = base.substring(0, keep).trim();
        }
        return base + ext;
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }

    /** "850 KB", "1,3 MB": as a person reads a file's size. */
    public static String sizeText(long bytes) {
        return bytes < 1024 * 1024 ? Math.max(1, Math.round(bytes / 1024.0)) + " KB" : megabytes(bytes);
    }

    public static String megabytes(long bytes) {
        double mb = bytes / (1024.0 * 1024.0);
        return String.format(Locale.ROOT, mb >= 10 || mb == Math.floor(mb) ? "%.0f" : "%.1f", mb).replace('.', ',')
                + " MB";
    }
}
