package vn.boiduong.organization.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import vn.boiduong.fixtures.ImportAgency;
import vn.boiduong.fixtures.StaffWorkbooks;
import vn.boiduong.identity.AccountSetup;
import vn.boiduong.organization.OrganizationSetup;
import vn.boiduong.support.Api;
import vn.boiduong.support.HttpTest;

/**
 * An import whose node stopped while it was being checked or saved (its heartbeat stopped) is ended as
 * failed with a Vietnamese reason, in the status and the audit trail; one still held by a live node
 * (fresh heartbeat) is left alone; the same file is then imported again in full. CrashSafetyIT does the
 * same with a real kill -9 of a node.
 */
class InterruptedImportsIT extends HttpTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired
    OrganizationSetup organization;
    @Autowired
    AccountSetup accounts;
    @Autowired
    InterruptedImports interrupted;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    java.time.Clock clock;

    @BeforeEach
    void importAgency() {
        ImportAgency.ensure(organization, accounts);
    }

    @Test
    void anImportCutOffBySavingIsFailedWithAReasonAndTheFileCanBeImportedAgain() {
        Api api = api().as(ImportAgency.SPECIALIST);
        String prefix = "INT" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
        byte[] file = StaffWorkbooks.validWorkbook(3, ImportAgency.UNIT, prefix);
        Long agency = jdbc.queryForObject("select id from agency where code = ?", Long.class, ImportAgency.CODE);
        LocalDateTime now = LocalDateTime.now(clock);
        long cut = insertImport(agency, "SAVING", now.minusMinutes(10));
        long validating = insertImport(agency, "VALIDATING", now.minusMinutes(3));
        long alive = insertImport(agency, "SAVING", now.plusMinutes(1));
        try {
            interrupted.atStartUp();

            for (long id : new long[] {cut, validating}) {
                JsonNode s = api.get("/api/v1/staff/imports/" + id).json();
                assertThat(s.get("status").asString()).as(s.toString()).isEqualTo("FAILED");
                assertThat(s.get("message").asString()).contains("dừng giữa chừng").contains("tải lên lại");
                assertThat(api.as("chanhvp").get("/api/v1/audit?type=staff-import&id=" + id).status()).isEqualTo(200);
                api.as(ImportAgency.SPECIALIST);
                assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'staff-import' "
                        + "and entity_id = ? and action = 'IMPORT_FAILED'", Long.class, String.valueOf(id)))
                        .isEqualTo(1);
            }
            assertThat(jdbc.queryForObject("select status from staff_import where id = ?", String.class, alive))
                    .as("an import a live node still holds").isEqualTo("SAVING");
            // a second sweep (another node, the next heartbeat) ends nothing twice
            assertThat(interrupted.endInterrupted(LocalDateTime.now(clock).minusMinutes(2))).isZero();

            Api.Response again = api.postFile("/api/v1/staff/imports", "file", "danh-sach.xlsx", XLSX, file);
            assertThat(again.status()).as(again.body()).isEqualTo(202);
            long id = again.json().get("id").asLong();
            AtomicReference<JsonNode> last = new AtomicReference<>();
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                last.set(api.get("/api/v1/staff/imports/" + id).json());
                return last.get().get("status").asString().matches("DONE|FAILED");
            });
            assertThat(last.get().get("status").asString()).as(last.get().toString()).isEqualTo("DONE");
            assertThat(jdbc.queryForObject("select count(*) from staff where code like ?", Long.class, prefix + "%"))
                    .isEqualTo(3);
        } finally {
            jdbc.update("update staff_import set status = 'FAILED' where id = ?", alive);
        }
    }

    private long insertImport(Long agency, String status, LocalDateTime heartbeat) {
        jdbc.update("insert into staff_import (agency_id, file_name, status, total, processed, created_by, created_at, "
                + "heartbeat_at) values (?, 'bi-ngat.xlsx', ?, 3, 1, ?, ?, ?)", agency, status, ImportAgency.SPECIALIST,
                Timestamp.valueOf(heartbeat.minusMinutes(1)), Timestamp.valueOf(heartbeat));
        return jdbc.queryForObject("select max(id) from staff_import", Long.class);
    }
}
