package vn.boiduong;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.boiduong.support.Api;
import vn.boiduong.support.External;
import vn.boiduong.support.RequiresExternal;

/**
 * A backup restored into an empty database holds every record: the row count of every table is the same
 * before the backup and in the restored database. On H2 the backup is the application's own online one
 * (the administrator's {@code POST /api/v1/backups}, as the admin page and docs/backup.md's command take
 * it), unzipped into an empty folder; on PostgreSQL {@code pg_dump -Fc} of the schema, restored with
 * {@code pg_restore} into a new, empty database, as docs/backup.md says.
 */
@ExtendWith(RequiresExternal.class)
class BackupRestoreIT {

    @Test
    void aBackupRestoredIntoAnEmptyDatabaseHasEveryRecord() throws Exception {
        Path work = Files.createTempDirectory("boiduong-backup");
        Map<String, Object> props = new HashMap<>();
        props.put("server.port", "0");
        props.put("boiduong.demo-data", "true");
        props.put("boiduong.reminders.cron", "-");
        props.put("boiduong.backup.dir", work.resolve("backups").toString());
        String schema = External.PG_SCHEMA + "_backup";
        boolean postgres = "postgres".equals(External.database());
        if (postgres) {
            props.putAll(External.emptyPostgresSchema("backup"));
        } else {
            props.put("spring.datasource.url", "jdbc:h2:file:" + work.resolve("data/boiduong").toAbsolutePath()
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=FALSE;WRITE_DELAY=0");
        }

        Map<String, Long> before;
        try (ConfigurableApplicationContext app = start(props)) {
            String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
            Api admin = new Api(base).as("admin");
            // a record of today besides the demo data, with a name to look for
            Map<String, Object> data = new HashMap<>();
            data.put("unitId", new Api(base).as("tp.cchc").get("/api/v1/me").json().get("unitId").asLong());
            data.put("fullName", "Trương Thị Sao Lưu");
            data.put("category", "WORKER");
            data.put("gender", "FEMALE");
            data.put("birthDate", "1988-08-08");
            assertThat(new Api(base).as("chuyenvien").postJson("/api/v1/staff", Map.of("code", "BACKUP.1", "data",
                    data)).status()).isEqualTo(201);
            try (Connection live = app.getBean(javax.sql.DataSource.class).getConnection()) {
                before = counts(live, postgres ? schema : "public");
            }
            assertThat(before.get("staff")).isGreaterThan(60);
            assertThat(before.get("competency_assessment")).isPositive();

            if (postgres) {
                Api.Response refused = admin.postJson("/api/v1/backups", Map.of());
                assertThat(refused.status()).as(refused.body()).isEqualTo(409);
                assertThat(refused.body()).contains("pg_dump");
                Path dump = work.resolve("boiduong.dump");
                run("pg_dump", "-h", "127.0.0.1", "-U", External.PG_USER, "-d", "test", "-n", schema, "-Fc", "-f",
                        dump.toString());
                String restoreDb = (schema + "_restored").toLowerCase();
                try (Connection c = DriverManager.getConnection(External.PG_URL, External.PG_USER, "");
                        Statement st = c.createStatement()) {
                    st.execute("drop database if exists " + restoreDb + " with (force)");
                    st.execute("create database " + restoreDb);
                }
                try {
                    // a dump of one schema (-n) leaves out the extension the staff search's index uses (V4 puts
                    // pg_trgm in public); a dump of the whole database carries it (docs/backup.md)
                    try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + restoreDb,
                            External.PG_USER, ""); Statement st = c.createStatement()) {
                        st.execute("create extension if not exists pg_trgm with schema public");
                    }
                    run("pg_restore", "-h", "127.0.0.1", "-U", External.PG_USER, "-d", restoreDb, "--no-owner",
                            "--exit-on-error", dump.toString());
                    String url = "jdbc:postgresql://127.0.0.1:5432/" + restoreDb;
                    try (Connection restored = DriverManager.getConnection(url, External.PG_USER, "")) {
                        assertThat(counts(restored, schema)).isEqualTo(before);
                        assertThat(named(restored, schema + ".staff")).isEqualTo(1);
                    }
                } finally {
                    try (Connection c = DriverManager.getConnection(External.PG_URL, External.PG_USER, "");
                            Statement st = c.createStatement()) {
                        st.execute("drop database if exists " + restoreDb + " with (force)");
                    }
                }
                return;
            }

            Api.Response taken = admin.postJson("/api/v1/backups", Map.of());
            assertThat(taken.status()).as(taken.body()).isEqualTo(201);
            String name = taken.json().get("name").asString();
            assertThat(admin.get("/api/v1/backups").body()).contains(name);
            assertThat(new Api(base).as("chuyenvien").postJson("/api/v1/backups", Map.of()).status()).isEqualTo(403);
            Api.Response download = admin.get("/api/v1/backups/" + name);
            assertThat(download.status()).isEqualTo(200);
            assertThat(admin.get("/api/v1/backups/..%2Fdata%2Fboiduong.mv.db").status()).isIn(400, 404);

            // restore: an empty folder, the backup unzipped into it, opened as the application opens its own
            Path restoredDir = work.resolve("restored");
            Files.createDirectories(restoredDir);
            unzip(download.bytes(), restoredDir);
            assertThat(restoredDir.resolve("boiduong.mv.db")).exists();
            String url = "jdbc:h2:file:" + restoredDir.resolve("boiduong").toAbsolutePath()
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;IFEXISTS=TRUE";
            try (Connection restored = DriverManager.getConnection(url, "sa", "")) {
                assertThat(counts(restored, "public")).isEqualTo(before);
                assertThat(named(restored, "staff")).isEqualTo(1);
            }
        }
    }

    private static long named(Connection c, String table) throws Exception {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select count(*) from " + table
                + " where full_name = 'Trương Thị Sao Lưu'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Rows of every table of the schema (the application's and Flyway's). */
    private static Map<String, Long> counts(Connection c, String schema) throws Exception {
        {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = c.getMetaData().getTables(null, schema, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
            assertThat(tables).contains("staff", "audit_entry", "evidence_file", "flyway_schema_history");
            Map<String, Long> counts = new TreeMap<>();
            for (String t : tables) {
                try (Statement st = c.createStatement();
                        ResultSet rs = st.executeQuery("select count(*) from " + schema + "." + t)) {
                    rs.next();
                    counts.put(t, rs.getLong(1));
                }
            }
            return counts;
        }
    }

    private static void unzip(byte[] zip, Path dir) throws Exception {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null;) {
                Path target = dir.resolve(e.getName()).normalize();
                assertThat(target.startsWith(dir)).isTrue();
                Files.createDirectories(target.getParent());
                Files.copy((InputStream) in, target);
            }
        }
    }

    private static void run(String... command) throws Exception {
        boolean present = Files.isExecutable(Path.of("/usr/bin", command[0]));
        if (!present && External.required()) {
            throw new IllegalStateException("Required in CI but missing: " + command[0]);
        }
        Assumptions.assumeTrue(present, command[0] + " is not installed: PostgreSQL backup not checked");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(String.join(" ", command) + ": " + out).isZero();
    }

    private static ConfigurableApplicationContext start(Map<String, Object> props) {
        String[] args = props.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        return new SpringApplicationBuilder(BoiDuongApplication.class).run(args);
    }
}
