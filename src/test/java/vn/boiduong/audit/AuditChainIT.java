package vn.boiduong.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.boiduong.support.Api;
import vn.boiduong.support.External;
import vn.boiduong.support.HttpTest;

/**
 * Issue 13, tamper-evident audit: entries chained by hash, the check in the API and on a page, the
 * PostgreSQL trigger that refuses UPDATE and DELETE, and concurrent writers that never fork the chain.
 * Each test that edits a row puts it back, so the shared trail stays intact for the other tests.
 */
class AuditChainIT extends HttpTest {

    @Autowired
    JdbcTemplate jdbc;

    private final boolean postgres = "postgres".equals(External.database());

    private void unguarded(Runnable edit) {
        if (postgres) {
            // what a superuser or the table's owner could do: switch the trigger off for the edit
            jdbc.execute("alter table audit_entry disable trigger audit_entry_append_only");
        }
        try {
            edit.run();
        } finally {
            if (postgres) {
                jdbc.execute("alter table audit_entry enable trigger audit_entry_append_only");
            }
        }
    }

    private tools.jackson.databind.JsonNode check() {
        var r = api().as("admin").get("/api/v1/audit/chain-check");
        assertThat(r.status()).isEqualTo(200);
        return r.json();
    }

    /** A fresh line of our own in the trail (a failed sign-in), returning its id. */
    private long freshEntry() {
        api().from("198.18.1." + (System.nanoTime() % 250 + 1)).as("chuoi.thu." + System.nanoTime(), "Sai-Mat-Khau-1")
                .get("/api/v1/me");
        return jdbc.queryForObject("select max(id) from audit_entry", Long.class);
    }

    @Test
    void anEditedEntryIsReportedAsTheFirstBrokenLinkOnTheApiAndThePage() {
        long id = freshEntry();
        freshEntry();
        assertThat(check().get("intact").asBoolean()).isTrue();
        String detail = jdbc.queryForObject("select detail from audit_entry where id = ?", String.class, id);
        long seq = jdbc.queryForObject("select chain_seq from audit_entry where id = ?", Long.class, id);
        unguarded(() -> jdbc.update("update audit_entry set detail = ? where id = ?", detail + " (sửa lén)", id));
        try {
            var broken = check();
            assertThat(broken.get("intact").asBoolean()).isFalse();
            assertThat(broken.get("entryId").asLong()).isEqualTo(id);
            assertThat(broken.get("brokenAt").asLong()).isEqualTo(seq);
            assertThat(broken.get("checked").asLong()).isEqualTo(seq - 1);
            assertThat(broken.get("problem").asString()).contains("đã bị sửa");
            String page = new Api(baseUrl()).signedIn("admin").get("/audit/chain-check").body();
            assertThat(page).contains("Nhật ký đã bị can thiệp").contains("Bản ghi thứ " + seq);
        } finally {
            unguarded(() -> jdbc.update("update audit_entry set detail = ? where id = ?", detail, id));
        }
        assertThat(check().get("intact").asBoolean()).isTrue();
        assertThat(new Api(baseUrl()).signedIn("admin").get("/audit/chain-check").body()).contains("nguyên vẹn");
    }

    @Test
    void aDeletedEntryBreaksTheChainAtItsPlace() {
        long id = freshEntry();
        freshEntry();
        var row = jdbc.queryForMap("select * from audit_entry where id = ?", id);
        unguarded(() -> jdbc.update("delete from audit_entry where id = ?", id));
        try {
            var broken = check();
            assertThat(broken.get("intact").asBoolean()).isFalse();
            assertThat(broken.get("brokenAt").asLong()).isEqualTo(((Number) row.get("chain_seq")).longValue());
            assertThat(broken.get("problem").asString()).contains("Thiếu bản ghi");
        } finally {
            unguarded(() -> {
                List<String> cols = new ArrayList<>(row.keySet());
                jdbc.update("insert into audit_entry (" + String.join(", ", cols) + ") values ("
                        + String.join(", ", cols.stream().map(c -> "?").toList()) + ")",
                        cols.stream().map(row::get).toArray());
            });
        }
        assertThat(check().get("intact").asBoolean()).isTrue();
    }

    @Test
    void onPostgresTheTableRefusesUpdateAndDelete() {
        org.junit.jupiter.api.Assumptions.assumeTrue(postgres, "the trigger exists on PostgreSQL only");
        long id = freshEntry();
        // the trigger's own words, under Spring's translation of its SQLSTATE (42501)
        assertThatThrownBy(() -> jdbc.update("update audit_entry set detail = 'x' where id = ?", id))
                .rootCause().hasMessageContaining("append-only").hasMessageContaining("UPDATE refused");
        assertThatThrownBy(() -> jdbc.update("delete from audit_entry where id = ?", id))
                .rootCause().hasMessageContaining("append-only").hasMessageContaining("DELETE refused");
        assertThat(check().get("intact").asBoolean()).isTrue();
    }

    @Test
    void concurrentWritersNeverForkTheChain() throws Exception {
        long before = jdbc.queryForObject("select last_seq from audit_chain_head", Long.class);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Callable<Integer>> writes = new ArrayList<>();
            for (int i = 0; i < 48; i++) {
                int n = i;
                writes.add(() -> api().from("198.18.2." + (n % 200 + 1)).as("song.song." + n, "Sai-Mat-Khau-" + n)
                        .get("/api/v1/me").status());
            }
            for (Future<Integer> f : pool.invokeAll(writes)) {
                assertThat(f.get()).isEqualTo(401);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.queryForObject("select last_seq from audit_chain_head", Long.class))
                .isGreaterThanOrEqualTo(before + 48);
        assertThat(jdbc.queryForObject("select count(*) from (select prev_hash from audit_entry "
                + "group by prev_hash having count(*) > 1) forks", Long.class)).isZero();
        assertThat(check().get("intact").asBoolean()).isTrue();
    }

    @Test
    void onlyTheAdministratorRunsTheCheck() {
        assertThat(api().as("chanhvp").get("/api/v1/audit/chain-check").status()).isEqualTo(403);
    }
}
