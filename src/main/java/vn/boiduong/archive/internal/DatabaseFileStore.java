package vn.boiduong.archive.internal;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.Set;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The default: the bytes in {@code archive_file.content}. */
@Component
@ConditionalOnExpression("'${boiduong.archive.directory:}' == ''")
class DatabaseFileStore implements FileStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    DatabaseFileStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void put(String sha256, byte[] bytes) {
        int updated = jdbc.sql("update archive_file set content = ? where sha256 = ? and content is null")
                .params(bytes, sha256).update();
        if (updated == 0 && jdbc.sql("select count(*) from archive_file where sha256 = ?").param(sha256)
                .query(Long.class).single() == 0) {
            jdbc.sql("insert into archive_file (sha256, size_bytes, content, stored_at) values (?, ?, ?, ?)")
                    .params(sha256, (long) bytes.length, bytes, LocalDateTime.now(clock)).update();
        }
    }

    @Override
    public Optional<InputStream> open(String sha256) {
        return jdbc.sql("select content from archive_file where sha256 = ? and content is not null").param(sha256)
                .query((rs, n) -> rs.getBytes(1)).optional().map(ByteArrayInputStream::new);
    }

    @Override
    public void delete(String sha256) {
        jdbc.sql("delete from archive_file where sha256 = ?").param(sha256).update();
    }

    @Override
    public Set<String> unknown(Set<String> known) {
        return Set.of();
    }
}
