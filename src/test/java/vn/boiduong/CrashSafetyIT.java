package vn.boiduong;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import vn.boiduong.fixtures.StaffWorkbooks;
import vn.boiduong.support.Api;
import vn.boiduong.support.ChildApp;
import vn.boiduong.support.External;
import vn.boiduong.support.RequiresExternal;

/**
 * A committed write survives {@code kill -9} of the node, and an import cut off while saving is ended as
 * failed when the node starts again, and can be run again. The application runs in a JVM of its own, with
 * the default profile's own settings: on H2 its embedded file database under the working directory's
 * {@code ./data} exactly as {@code java -jar} makes it (before WRITE_DELAY=0 H2 held commits up to 500 ms
 * in memory and the kill lost them); on PostgreSQL a schema of its own.
 */
@ExtendWith(RequiresExternal.class)
class CrashSafetyIT {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Test
    void committedWritesSurviveSigkillAndACutOffImportIsEndedAndCanBeRunAgain() throws Exception {
        Path work = Files.createTempDirectory("boiduong-crash");
        Path log = Path.of("target", "crash-safety-" + External.database() + ".log").toAbsolutePath();
        Files.deleteIfExists(log);
        List<String> args = arguments();

        // 1. five writes, each answered 201 (committed), then SIGKILL at once
        List<Long> written = new ArrayList<>();
        try (ChildApp node = ChildApp.start(work, log, args)) {
            Api api = new Api(node.base()).as("chuyenvien");
            long unitId = new Api(node.base()).as("tp.cchc").get("/api/v1/me").json().get("unitId").asLong();
            for (int i = 1; i <= 5; i++) {
                Map<String, Object> data = new HashMap<>();
                data.put("unitId", unitId);
                data.put("fullName", "Phạm Thị Bền Vững " + i);
                data.put("category", "WORKER");
                data.put("gender", "FEMALE");
                data.put("birthDate", "1990-01-0" + i);
                Api.Response created = api.postJson("/api/v1/staff", Map.of("code", "CRASH." + i, "data", data));
                assertThat(created.status()).as(created.body()).isEqualTo(201);
                written.add(created.json().get("id").asLong());
            }
            node.kill9();
        }

        // 2. started again: every write is there; then an import of many rows, killed while it saves
        byte[] file = StaffWorkbooks.validWorkbook(30_000, "CCHC", "CUT");
        long importId;
        try (ChildApp node = ChildApp.start(work, log, args)) {
            Api api = new Api(node.base()).as("chuyenvien");
            for (int i = 0; i < written.size(); i++) {
                Api.Response r = api.get("/api/v1/staff/" + written.get(i));
                assertThat(r.status()).as("write %d of 5 after kill -9: %s", i + 1, r.body()).isEqualTo(200);
                assertThat(r.body()).contains("Phạm Thị Bền Vững " + (i + 1));
            }
            Api.Response started = api.postFile("/api/v1/staff/imports", "file", "danh-sach-lon.xlsx", XLSX, file);
            assertThat(started.status()).as(started.body()).isEqualTo(202);
            importId = started.json().get("id").asLong();
            String status = "QUEUED";
            long end = System.nanoTime() + 120_000_000_000L;
            while (!status.equals("SAVING") && System.nanoTime() < end) {
                status = api.get("/api/v1/staff/imports/" + importId).json().get("status").asString();
                assertThat(status).as("the import must still be running to be cut off").isNotIn("DONE", "FAILED");
                Thread.sleep(10);
            }
            assertThat(status).isEqualTo("SAVING");
            node.kill9();
        }

        // 3. started again: the cut-off import is failed with a reason, nothing of it saved; run again, it is done
        try (ChildApp node = ChildApp.start(work, log, args)) {
            Api api = new Api(node.base()).as("chuyenvien");
            JsonNode cut = api.get("/api/v1/staff/imports/" + importId).json();
            assertThat(cut.get("status").asString()).as(cut.toString()).isEqualTo("FAILED");
            assertThat(cut.toString()).contains("dừng giữa chừng");
            assertThat(api.get("/api/v1/staff?q=" + StaffWorkbooks.code("CUT", 1)).json().get("totalItems").asLong())
                    .isZero();
            assertThat(api.as("chanhvp").get("/api/v1/audit?type=staff-import&id=" + importId).body())
                    .contains("dừng giữa chừng");

            Api.Response again = api.as("chuyenvien").postFile("/api/v1/staff/imports", "file", "danh-sach-lon.xlsx",
                    XLSX, file);
            assertThat(again.status()).as(again.body()).isEqualTo(202);
            long againId = again.json().get("id").asLong();
            JsonNode done = null;
            long end = System.nanoTime() + 180_000_000_000L;
            while (System.nanoTime() < end) {
                done = api.get("/api/v1/staff/imports/" + againId).json();
                if (done.get("status").asString().equals("DONE") || done.get("status").asString().equals("FAILED")) {
                    break;
                }
                Thread.sleep(200);
            }
            assertThat(done.get("status").asString()).as(done.toString()).isEqualTo("DONE");
            assertThat(api.get("/api/v1/staff?q=" + StaffWorkbooks.code("CUT", 30_000)).json().get("totalItems")
                    .asLong()).isEqualTo(1);
        }
    }

    /** The default profile as shipped on H2; on PostgreSQL a schema of its own, emptied first. */
    private static List<String> arguments() throws Exception {
        List<String> args = new ArrayList<>(List.of("--boiduong.reminders.cron=-"));
        if ("postgres".equals(External.database())) {
            External.emptyPostgresSchema("crash").forEach((k, v) -> args.add("--" + k + "=" + v));
            // several nodes may share PostgreSQL: an import is ended once its heartbeat is this old
            args.add("--boiduong.imports.stale-after=PT3S");
        }
        return args;
    }
}
