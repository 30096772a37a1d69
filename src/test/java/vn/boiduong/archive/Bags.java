package vn.boiduong.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** What the archive's tests do with the bytes they get back: hash them, unpack an exported bag. */
final class Bags {

    private Bags() {
    }

    static String sha256(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }

    /** Unpacks a ZIP under {@code into} (no entry may leave it) and returns the bag's folder, where bagit.txt is. */
    static Path unzip(byte[] zip, Path into) throws Exception {
        Path base = null;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                Path p = into.resolve(e.getName()).normalize();
                assertThat(p.startsWith(into)).isTrue();
                if (e.isDirectory()) {
                    continue;
                }
                Files.createDirectories(p.getParent());
                Files.write(p, in.readAllBytes());
                if (e.getName().endsWith("bagit.txt")) {
                    base = p.getParent();
                }
            }
        }
        assertThat(base).as("bagit.txt in the ZIP").isNotNull();
        return base;
    }
}
