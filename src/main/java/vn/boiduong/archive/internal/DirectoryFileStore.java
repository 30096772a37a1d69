package vn.boiduong.archive.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The bytes in a directory every node reaches ({@code boiduong.archive.directory}), as
 * {@code ab/abcdef….bin}: written to a temporary name and moved into place, so a reader never sees
 * half a file; {@code archive_file} still lists each file with its size (content null).
 */
@Component
@ConditionalOnExpression("'${boiduong.archive.directory:}' != ''")
class DirectoryFileStore implements FileStore {

    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

    private final Path root;
    private final JdbcClient jdbc;
    private final Clock clock;

    DirectoryFileStore(@Value("${boiduong.archive.directory}") String directory, JdbcClient jdbc, Clock clock) {
        this.root = Path.of(directory).toAbsolutePath();
        this.jdbc = jdbc;
        this.clock = clock;
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException("Không tạo được thư mục lưu trữ " + root, e);
        }
    }

    private Path path(String sha256) {
        if (!HASH.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256 + ".bin");
    }

    @Override
    public void put(String sha256, byte[] bytes) {
        Path target = path(sha256);
        try {
            if (!Files.exists(target)) {
                Files.createDirectories(target.getParent());
                Path tmp = Files.createTempFile(target.getParent(), sha256, ".tmp");
                Files.write(tmp, bytes);
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (jdbc.sql("select count(*) from archive_file where sha256 = ?").param(sha256).query(Long.class).single() == 0) {
            jdbc.sql("insert into archive_file (sha256, size_bytes, stored_at) values (?, ?, ?)")
                    .params(sha256, (long) bytes.length, LocalDateTime.now(clock)).update();
        }
    }

    @Override
    public Optional<InputStream> open(String sha256) {
        Path p = path(sha256);
        try {
            return Files.exists(p) ? Optional.of(Files.newInputStream(p)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Override
    public void delete(String sha256) {
        try {
            Files.deleteIfExists(path(sha256));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        jdbc.sql("delete from archive_file where sha256 = ?").param(sha256).update();
    }

    @Override
    public Set<String> unknown(Set<String> known) {
        Set<String> found = new HashSet<>();
        try (Stream<Path> files = Files.walk(root, 2)) {
            files.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".bin")).map(n -> n.substring(0, n.length() - 4))
                    .filter(n -> !known.contains(n)).forEach(found::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }
}
