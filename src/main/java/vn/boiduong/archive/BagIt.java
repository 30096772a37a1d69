package vn.boiduong.archive;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;
import vn.boiduong.common.Actor;
import vn.boiduong.common.InvalidInputException;

/**
 * A record set as a BagIt bag (RFC 8493) in a ZIP: {@code bagit.txt}, {@code bag-info.txt}, the payload
 * under {@code data/} (each document's bytes as filed, and beside it {@code data/metadata/….json}: its
 * type, title, source, who filed it and when, its SHA-256), {@code manifest-sha256.txt} over the
 * payload and {@code tagmanifest-sha256.txt} over the tag files. Written as a stream: one document's
 * bytes in memory at a time, whatever the set's size.
 * <p>Reading a bag back ({@link #verify}) checks everything before anything is believed: the
 * declaration, every payload file against the manifest (none missing, none extra), the Payload-Oxum,
 * with limits on entries and sizes so a crafted ZIP cannot exhaust the server.
 */
@Service
public class BagIt {

    static final int MAX_ENTRIES = 20_000;
    static final long MAX_BYTES = 2L * 1024 * 1024 * 1024;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ArchiveService archive;
    private final Clock clock;

    BagIt(ArchiveService archive, Clock clock) {
        this.archive = archive;
        this.clock = clock;
    }

    /** The ZIP's file name and base directory for a set. */
    public static String baseName(Long setId) {
        return "ho-so-" + setId;
    }

    /** Writes the bag of set {@code id} to {@code out} (the Office's right checked first, before anything is written). */
    public ArchiveService.ExportSet prepare(Actor actor, Long id) {
        return archive.forExport(actor, id);
    }

    public void write(ArchiveService.ExportSet export, String agencyName, OutputStream out) {
        String base = baseName(export.set().id()) + "/";
        Map<String, String> manifest = new LinkedHashMap<>();
        long octets = 0;
        int count = 0;
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            int n = 1;
            for (ArchiveService.DocumentView d : export.documents()) {
                String name = String.format("%04d-%s", n++, safe(d.fileName()));
                byte[] bytes = archive.bytes(d.sha256()).orElseThrow(() -> new IllegalStateException(
                        "Thiếu tệp " + d.sha256() + " trong kho lưu trữ"));
                String payload = "data/" + name;
                put(zip, base + payload, bytes);
                // the hash recorded at filing, not one of the bytes read now: should the file change
                // after prepare() checked it, the bag fails its validation instead of hiding the change
                manifest.put(payload, d.sha256());
                octets += bytes.length;
                count++;
                Map<String, Object> meta = new LinkedHashMap<>();
                meta.put("file", payload);
                meta.put("recordType", d.type().name());
                meta.put("recordTypeLabel", d.typeLabel());
                meta.put("step", d.step());
                meta.put("title", d.title());
                meta.put("fileName", d.fileName());
                meta.put("mediaType", d.mediaType());
                meta.put("size", d.size());
                meta.put("sha256", d.sha256());
                meta.put("sourceType", d.sourceType());
                meta.put("sourceId", d.sourceId());
                meta.put("sourceVersion", d.sourceVersion());
                meta.put("filedBy", d.filedBy());
                meta.put("filedAt", String.valueOf(d.filedAt()));
                byte[] json = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(meta);
                String metaPath = "data/metadata/" + name + ".json";
                put(zip, base + metaPath, json);
                manifest.put(metaPath, ArchiveService.sha256(json));
                octets += json.length;
                count++;
            }
            Map<String, byte[]> tags = new LinkedHashMap<>();
            tags.put("bagit.txt", "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n".getBytes(StandardCharsets.UTF_8));
            StringBuilder m = new StringBuilder();
            manifest.forEach((path, sha) -> m.append(sha).append(' ').append(path).append('\n'));
            tags.put("manifest-sha256.txt", m.toString().getBytes(StandardCharsets.UTF_8));
            String info = "Source-Organization: " + oneLine(agencyName) + "\n"
                    + "Bagging-Date: " + LocalDate.now(clock) + "\n"
                    + "External-Identifier: record-set-" + export.set().id() + "\n"
                    + "External-Description: " + oneLine(export.set().title()) + " (năm " + export.set().year() + ")\n"
                    + "Bag-Group-Identifier: " + export.set().year() + "\n"
                    + "Payload-Oxum: " + octets + "." + count + "\n";
            tags.put("bag-info.txt", info.getBytes(StandardCharsets.UTF_8));
            StringBuilder tm = new StringBuilder();
            for (var t : tags.entrySet()) {
                put(zip, base + t.getKey(), t.getValue());
                tm.append(ArchiveService.sha256(t.getValue())).append(' ').append(t.getKey()).append('\n');
            }
            put(zip, base + "tagmanifest-sha256.txt", tm.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }

    /** A file name safe in a bag and on any disk: ASCII letters, digits, dot, dash, underscore. */
    static String safe(String name) {
        String n = java.text.Normalizer.normalize(name == null ? "tep" : name, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replace('đ', 'd').replace('Đ', 'D').replaceAll("[^A-Za-z0-9._-]", "-");
        n = n.replaceAll("^[.-]+", "");
        return n.isEmpty() ? "tep" : n.length() > 120 ? n.substring(n.length() - 120) : n;
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("[\\r\\n]+", " ");
    }

    /** Imports a bag (a ZIP upload) into a new set of the actor's agency, every checksum verified first. */
    public ArchiveService.SetDetail importBag(Actor actor, InputStream zip) {
        archive.checkManage(actor);
        VerifiedBag bag = verify(zip);
        Map<String, PayloadFile> byPath = new LinkedHashMap<>();
        bag.payload().forEach(p -> byPath.put(p.path(), p));
        List<ArchiveService.Imported> docs = new ArrayList<>();
        for (PayloadFile p : bag.payload()) {
            if (p.path().startsWith("data/metadata/")) {
                continue;
            }
            PayloadFile meta = byPath.get("data/metadata/" + p.path().substring(5) + ".json");
            RecordType type = RecordType.SCAN;
            String title = p.path().substring(5);
            String fileName = title;
            String mediaType = "application/octet-stream";
            if (meta != null) {
                try {
                    Map<?, ?> m = JSON.readValue(meta.bytes(), Map.class);
                    RecordType t = RecordType.parse(String.valueOf(m.get("recordType")));
                    type = t == null ? type : t;
                    title = m.get("title") == null ? title : String.valueOf(m.get("title"));
                    fileName = m.get("fileName") == null ? fileName : String.valueOf(m.get("fileName"));
                    mediaType = m.get("mediaType") == null ? mediaType : String.valueOf(m.get("mediaType"));
                } catch (RuntimeException e) {
                    throw InvalidInputException.of("file", "Tệp mô tả " + meta.path() + " không đọc được.");
                }
            }
            docs.add(new ArchiveService.Imported(type, vn.boiduong.common.CleanText.require("file", title),
                    vn.boiduong.common.CleanText.require("file", fileName), mediaType.length() > 100
                            ? "application/octet-stream" : mediaType, p.bytes()));
        }
        int year = LocalDate.now(clock).getYear();
        try {
            year = Integer.parseInt(bag.info().getOrDefault("Bag-Group-Identifier", String.valueOf(year)).strip());
        } catch (NumberFormatException e) {
            // a bag from elsewhere: this year's
        }
        return archive.importSet(actor, year, bag.info().get("External-Description"),
                bag.info().getOrDefault("External-Identifier", "bagit"), docs);
    }

    // ---- reading a bag back ----

    /** A payload file of a verified bag. */
    public record PayloadFile(String path, byte[] bytes, String sha256) {
    }

    /** A bag that passed every check: its bag-info and its payload (metadata files included). */
    public record VerifiedBag(Map<String, String> info, List<PayloadFile> payload) {
    }

    /**
     * Reads a bag from a ZIP and checks it whole: 400 naming what is wrong (a checksum that does not
     * match, a file missing from or not listed in the manifest, a bad Payload-Oxum), nothing believed before.
     */
    public static VerifiedBag verify(InputStream zipStream) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(zipStream, StandardCharsets.UTF_8)) {
            ZipEntry e;
            byte[] buffer = new byte[8192];
            while ((e = zip.getNextEntry()) != null) {
                if (e.isDirectory()) {
                    continue;
                }
                if (entries.size() >= MAX_ENTRIES) {
                    throw bad("Gói có quá nhiều tệp (tối đa " + MAX_ENTRIES + ").");
                }
                String name = e.getName();
                if (name.contains("..") || name.startsWith("/") || name.contains("\\")) {
                    throw bad("Gói có đường dẫn tệp không hợp lệ: " + name);
                }
                ByteArrayOutputStream b = new ByteArrayOutputStream();
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    total += n;
                    if (total > MAX_BYTES) {
                        throw bad("Gói khi giải nén vượt quá giới hạn dung lượng.");
                    }
                    b.write(buffer, 0, n);
                }
                entries.put(name, b.toByteArray());
            }
        } catch (IOException ex) {
            throw bad("Tệp không phải gói ZIP hợp lệ.");
        }
        String base = entries.keySet().stream().filter(k -> k.endsWith("bagit.txt")).map(k -> k.substring(0, k.length() - 9))
                .min(java.util.Comparator.comparingInt(String::length))
                .orElseThrow(() -> bad("Gói không có tệp bagit.txt (không phải gói BagIt)."));
        String declaration = text(entries.get(base + "bagit.txt"));
        if (!declaration.startsWith("BagIt-Version: ")) {
            throw bad("bagit.txt không đúng định dạng BagIt.");
        }
        byte[] manifestBytes = entries.get(base + "manifest-sha256.txt");
        if (manifestBytes == null) {
            throw bad("Gói không có manifest-sha256.txt.");
        }
        Map<String, String> manifest = new LinkedHashMap<>();
        for (String line : text(manifestBytes).split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            int sp = line.indexOf(' ');
            if (sp != 64) {
                throw bad("manifest-sha256.txt có dòng không hợp lệ.");
            }
            manifest.put(line.substring(sp + 1).strip(), line.substring(0, sp).toLowerCase());
        }
        List<String> problems = new ArrayList<>();
        List<PayloadFile> payload = new ArrayList<>();
        long octets = 0;
        for (var en : entries.entrySet()) {
            if (!en.getKey().startsWith(base + "data/")) {
                continue;
            }
            String path = en.getKey().substring(base.length());
            String expected = manifest.get(path);
            String actual = ArchiveService.sha256(en.getValue());
            if (expected == null) {
                problems.add(path + ": không có trong manifest");
            } else if (!expected.equals(actual)) {
                problems.add(path + ": mã SHA-256 không khớp");
            }
            octets += en.getValue().length;
            payload.add(new PayloadFile(path, en.getValue(), actual));
        }
        for (String path : manifest.keySet()) {
            if (!entries.containsKey(base + path)) {
                problems.add(path + ": thiếu tệp");
            }
        }
        Map<String, String> info = new LinkedHashMap<>();
        byte[] infoBytes = entries.get(base + "bag-info.txt");
        if (infoBytes != null) {
            for (String line : text(infoBytes).split("\n")) {
                int c = line.indexOf(':');
                if (c > 0) {
                    info.put(line.substring(0, c).strip(), line.substring(c + 1).strip());
                }
            }
        }
        String oxum = info.get("Payload-Oxum");
        if (oxum != null && !oxum.equals(octets + "." + payload.size())) {
            problems.add("Payload-Oxum " + oxum + " không khớp (" + octets + "." + payload.size() + ")");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("Gói BagIt không hợp lệ: " + String.join("; ",
                    problems.subList(0, Math.min(20, problems.size()))), List.of(new InvalidInputException.FieldError(
                            "file", problems.size() + " lỗi kiểm tra: " + problems.get(0))));
        }
        return new VerifiedBag(info, payload);
    }

    private static String text(byte[] b) {
        return new String(b, StandardCharsets.UTF_8).replace("\r\n", "\n");
    }

    private static InvalidInputException bad(String message) {
        return InvalidInputException.of("file", message);
    }
}
