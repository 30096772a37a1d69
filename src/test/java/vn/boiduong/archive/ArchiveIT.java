package vn.boiduong.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import gov.loc.repository.bagit.domain.Bag;
import gov.loc.repository.bagit.reader.BagReader;
import gov.loc.repository.bagit.verify.BagVerifier;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import vn.boiduong.common.Role;
import vn.boiduong.fixtures.DeliveryAgency;
import vn.boiduong.identity.AccountSetup;
import vn.boiduong.identity.UserService;
import vn.boiduong.organization.OrganizationSetup;
import vn.boiduong.support.Api;
import vn.boiduong.support.HttpTest;

/**
 * B7 over HTTP on a fresh agency: the steps file their records by themselves (plan approved, class
 * carried through and closed), bytes out equal bytes in, roles and agencies kept apart, a corrupted
 * byte found by the fixity check, a crashed check failed, the set closed and exported as a bag that
 * the Library of Congress's BagIt verifier accepts and that imports back (a tampered one does not),
 * and the disposal rules: never a permanent set, never before the retention ends, never by the proposer.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ArchiveIT extends HttpTest {

    private static final int YEAR = 2025;
    /** The application's today (its clock runs in Vietnam's time zone). */
    private static final String TODAY = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toString();

    @Autowired
    OrganizationSetup org;
    @Autowired
    AccountSetup accounts;
    @Autowired
    JdbcTemplate jdbc;

    private static DeliveryAgency a;
    private static DeliveryAgency other;
    private static long classId;
    private static long planSetId;
    private static long classSetId;

    private synchronized void ready() {
        if (a != null) {
            return;
        }
        a = DeliveryAgency.create(org, accounts, "ARC");
        other = DeliveryAgency.create(org, accounts, "ARCX");
        classId = a.approvedPlan(api(), YEAR, List.of(DeliveryAgency.hostedItem("Kỹ năng số cho công chức ARC", YEAR, 3,
                10, 20_000_000L))).get(0);
        Api chief = api().as(a.chief);
        ok(chief.postJson("/api/v1/classes/" + classId + "/open", Map.of()));
        long l0 = a.peopleA.get(0);
        long l1 = a.peopleB.get(0);
        ok(chief.postJson("/api/v1/classes/" + classId + "/enrollments", Map.of("staffIds", List.of(l0, l1))));
        List<Long> sessions = new ArrayList<>();
        for (int day = 2; day <= 3; day++) {
            sessions.add(ok(chief.postJson("/api/v1/classes/" + classId + "/sessions", Map.of("date",
                    LocalDate.of(YEAR, 3, day).toString(), "startTime", "08:00", "endTime", "11:00", "topic",
                    "Chuyên đề " + day, "room", "Hội trường"))).json().get("id").asLong());
        }
        ok(chief.postJson("/api/v1/classes/" + classId + "/start", Map.of()));
        for (long s : sessions) {
            ok(chief.putJson("/api/v1/classes/" + classId + "/sessions/" + s + "/attendance", List.of(
                    Map.of("staffId", l0, "presence", "PRESENT"), Map.of("staffId", l1, "presence", "PRESENT"))));
        }
        ok(chief.postJson("/api/v1/classes/" + classId + "/finish", Map.of()));
        ok(chief.postJson("/api/v1/classes/" + classId + "/results", List.of(
                Map.of("staffId", l0, "outcome", "COMPLETED", "score", 8.5),
                Map.of("staffId", l1, "outcome", "COMPLETED", "score", 7))));
        ok(chief.postJson("/api/v1/classes/" + classId + "/close", Map.of()));
    }

    private static Api.Response ok(Api.Response r) {
        assertThat(r.status()).as(r.body()).isBetween(200, 201);
        return r;
    }

    private JsonNode sets(String user, String query) {
        return ok(api().as(user).get("/api/v1/record-sets?size=50" + query)).json();
    }


    @Test
    @Order(1)
    void theStepsFileTheirRecordsByThemselvesAndBytesOutEqualBytesIn() throws Exception {
        ready();
        // filing runs after each step's commit: wait for the class's records (the last step filed)
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode items = sets(a.chief, "&year=" + YEAR).get("items");
            assertThat(items.size()).isEqualTo(2);
            for (JsonNode s : items) {
                assertThat(s.get("documents").asInt()).as(s.toString()).isGreaterThanOrEqualTo(3);
            }
        });
        for (JsonNode s : sets(a.chief, "&year=" + YEAR).get("items")) {
            if (s.get("title").asString().startsWith("Hồ sơ chung")) {
                planSetId = s.get("id").asLong();
            } else {
                classSetId = s.get("id").asLong();
                assertThat(s.get("title").asString()).contains("Kỹ năng số cho công chức ARC");
            }
        }
        JsonNode plan = ok(api().as(a.chief).get("/api/v1/record-sets/" + planSetId)).json();
        List<String> planTypes = new ArrayList<>();
        plan.get("documents").forEach(d -> planTypes.add(d.get("type").asString()));
        assertThat(planTypes).containsExactlyInAnyOrder("CONSOLIDATION", "PLAN_DECISION", "PLAN_DECISION");
        assertThat(plan.get("retention").get("years").isNull()).as("the plan's set is permanent").isTrue();

        JsonNode set = ok(api().as(a.chief).get("/api/v1/record-sets/" + classSetId)).json();
        Map<String, JsonNode> byType = new LinkedHashMap<>();
        List<JsonNode> certificates = new ArrayList<>();
        set.get("documents").forEach(d -> {
            if (d.get("type").asString().equals("CERTIFICATE")) {
                certificates.add(d);
            } else {
                byType.put(d.get("type").asString(), d);
            }
        });
        assertThat(byType).containsKeys("CLASS_LIST", "ATTENDANCE", "RESULTS");
        assertThat(certificates).hasSize(2);
        assertThat(set.get("retention").get("years").asInt()).isEqualTo(10);

        // every document downloads as the bytes filed: their SHA-256 is the one recorded at filing
        for (JsonNode d : set.get("documents")) {
            var r = ok(api().as(a.specialist).get("/api/v1/record-sets/" + classSetId + "/documents/" + d.get("id").asLong()));
            assertThat(Bags.sha256(r.bytes())).isEqualTo(d.get("sha256").asString());
            assertThat((long) r.bytes().length).isEqualTo(d.get("size").asLong());
        }
        // the certificates filed are the PDFs as issued (the hash the certificate itself carries)
        JsonNode issued = ok(api().as(a.chief).get("/api/v1/classes/" + classId + "/certificates")).json();
        List<String> issuedHashes = new ArrayList<>();
        issued.forEach(c -> issuedHashes.add(c.get("pdfSha256").asString()));
        assertThat(certificates.stream().map(c -> c.get("sha256").asString()).toList())
                .containsExactlyInAnyOrderElementsOf(issuedHashes);
        // the results workbook opens and names the learners with their outcome
        var results = ok(api().as(a.chief).get("/api/v1/record-sets/" + classSetId + "/documents/"
                + byType.get("RESULTS").get("id").asLong()));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(results.bytes()))) {
            StringBuilder text = new StringBuilder();
            wb.getSheetAt(0).forEach(row -> row.forEach(c -> text.append(c.toString()).append('|')));
            assertThat(text).contains("KẾT QUẢ HỌC TẬP", "Nguyễn Thị An", "Hoàng Thị Em", "Hoàn thành", "8.5");
        }
        // the archive's own search finds a set by a person named in it
        assertThat(sets(a.chief, "&q=" + java.net.URLEncoder.encode("Hoàng Thị Em", java.nio.charset.StandardCharsets.UTF_8)).get("items").size()).isEqualTo(1);
        assertThat(sets(a.chief, "&type=CERTIFICATE&year=" + YEAR).get("items").size()).isEqualTo(1);
        assertThat(api().as(a.chief).get("/api/v1/record-sets?type=NOPE").status()).isEqualTo(400);
        // filing is idempotent: the same events again file nothing twice
        assertThat(jdbc.queryForObject("select count(*) from archived_document where record_set_id = ?", Long.class,
                classSetId)).isEqualTo(set.get("documents").size());
    }

    @Test
    @Order(2)
    void onlyTheOfficeAndTheDirectorSeeTheArchiveOfTheirOwnAgency() {
        ready();
        String path = "/api/v1/record-sets/" + classSetId;
        for (String user : List.of(a.headA, a.learner)) {
            assertThat(api().as(user).get("/api/v1/record-sets").status()).as(user).isEqualTo(403);
            assertThat(api().as(user).get(path).status()).as(user).isEqualTo(403);
            assertThat(api().signedIn(user).get("/archive").status()).as(user).isEqualTo(403);
        }
        assertThat(api().as(a.director).get(path).status()).isEqualTo(200);
        assertThat(api().as(a.director).postJson(path + "/close", Map.of()).status()).isEqualTo(403);
        assertThat(api().as(other.chief).get(path).status()).isEqualTo(404);
        assertThat(api().as(other.chief).get(path + "/documents/1").status()).isEqualTo(404);
        assertThat(api().as(other.chief).postJson(path + "/close", Map.of()).status()).isEqualTo(404);
        assertThat(sets(other.chief, "").get("totalItems").asLong()).isZero();
        assertThat(api().signedIn(a.chief).get("/archive").body()).contains("Kỹ năng số cho công chức ARC");
        var page = api().signedIn(a.chief).get("/archive/" + classSetId);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Giấy chứng nhận", "10 năm").doesNotContain(YEAR + "-03-");
    }

    @Test
    @Order(3)
    void aCorruptedByteIsReportedByTheFixityCheckAndNeverHandedOut() {
        ready();
        JsonNode set = ok(api().as(a.chief).get("/api/v1/record-sets/" + classSetId)).json();
        JsonNode doc = set.get("documents").get(0);
        String sha = doc.get("sha256").asString();
        byte[] original = jdbc.queryForObject("select content from archive_file where sha256 = ?", byte[].class, sha);
        byte[] changed = original.clone();
        changed[changed.length / 2] ^= 0x01;
        // a run a stopped node left behind, started long ago, is failed by the next run, never passed
        jdbc.update("insert into fixity_run (started_at, status, share_index, share_count) values (?, 'RUNNING', 0, 7)",
                java.sql.Timestamp.valueOf(java.time.LocalDateTime.now().minusHours(7)));
        Long abandoned = jdbc.queryForObject("select max(id) from fixity_run", Long.class);
        jdbc.update("update archive_file set content = ? where sha256 = ?", changed, sha);
        try {
            assertThat(api().as(a.chief).postJson("/api/v1/fixity-runs", Map.of()).status()).isEqualTo(403);
            JsonNode run = ok(api().as(a.admin).postJson("/api/v1/fixity-runs", Map.of())).json();
            assertThat(run.get("status").asString()).isEqualTo("DIFFERENCES");
            assertThat(run.get("changed").asInt()).isGreaterThanOrEqualTo(1);
            long runId = run.get("runId").asLong();
            JsonNode findings = ok(api().as(a.chief).get("/api/v1/fixity-runs/" + runId + "/findings")).json();
            List<String> changedHashes = new ArrayList<>();
            findings.forEach(f -> {
                if (f.get("kind").asString().equals("CHANGED")) {
                    changedHashes.add(f.get("sha256").asString());
                }
            });
            assertThat(changedHashes).contains(sha);
            assertThat(jdbc.queryForObject("select status from fixity_run where id = ?", String.class, abandoned))
                    .isEqualTo("FAILED");
            // the changed file is not handed out as the record
            var download = api().as(a.chief).get("/api/v1/record-sets/" + classSetId + "/documents/" + doc.get("id").asLong());
            assertThat(download.status()).isEqualTo(409);
            assertThat(download.json().get("detail").asString()).contains("SHA-256");
            // nor exported in a bag, whose manifest would otherwise carry the changed bytes' own hash
            var export = api().as(a.specialist).get("/api/v1/record-sets/" + classSetId + "/export");
            assertThat(export.status()).isEqualTo(409);
            assertThat(export.json().get("detail").asString()).contains(doc.get("fileName").asString(), "SHA-256");
            // the agency's trail says so, and the set shows the failed check
            JsonNode audit = ok(api().as(a.chief).get("/api/v1/audit?type=fixity&size=50")).json();
            assertThat(audit.toString()).contains("FIXITY_DIFFERENCE");
            JsonNode listed = sets(a.chief, "&year=" + YEAR).get("items");
            boolean failedShown = false;
            for (JsonNode s : listed) {
                failedShown |= s.get("id").asLong() == classSetId && s.get("checkFailed").asBoolean();
            }
            assertThat(failedShown).isTrue();
            assertThat(api().signedIn(a.chief).get("/archive/fixity").body()).contains("Có sai khác");
        } finally {
            jdbc.update("update archive_file set content = ? where sha256 = ?", original, sha);
        }
        JsonNode again = ok(api().as(a.admin).postJson("/api/v1/fixity-runs", Map.of())).json();
        assertThat(again.get("changed").asInt()).isZero();
        assertThat(jdbc.queryForObject("select check_ok from archive_file where sha256 = ?", Boolean.class, sha)).isTrue();
    }

    @Test
    @Order(4)
    void aClosedSetIsReadOnlyExportsAsAValidBagAndImportsBackOnlyWhenEveryChecksumMatches(@TempDir Path dir)
            throws Exception {
        ready();
        String path = "/api/v1/record-sets/" + classSetId;
        byte[] pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes();
        var scan = api().as(a.specialist).postFile(path + "/documents", "file", "ban-goc-ky.pdf", "application/pdf", pdf);
        assertThat(scan.status()).as(scan.body()).isEqualTo(201);
        assertThat(scan.json().get("sha256").asString()).isEqualTo(Bags.sha256(pdf));
        var renamed = api().as(a.specialist).postFile(path + "/documents", "file", "virus.pdf", "application/pdf",
                "MZ not a pdf".getBytes());
        assertThat(renamed.status()).isEqualTo(400);

        ok(api().as(a.specialist).postJson(path + "/close", Map.of()));
        assertThat(api().as(a.chief).postJson(path + "/close", Map.of()).status()).isEqualTo(409);
        var late = api().as(a.specialist).postFile(path + "/documents", "file", "muon.pdf", "application/pdf", pdf);
        assertThat(late.status()).isEqualTo(409);

        var export = api().as(a.specialist).get(path + "/export");
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.header("Content-Type")).contains("zip");
        Path bagDir = Bags.unzip(export.bytes(), dir.resolve("out"));
        Bag bag = new BagReader().read(bagDir);
        try (BagVerifier verifier = new BagVerifier()) {
            verifier.isValid(bag, false);
        }
        JsonNode set = ok(api().as(a.chief).get(path)).json();
        assertThat(bag.getPayLoadManifests().iterator().next().getFileToChecksumMap()).hasSize(
                2 * set.get("documents").size());
        assertThat(Files.readString(bagDir.resolve("bag-info.txt"))).contains("Payload-Oxum: ", "External-Identifier: record-set-" + classSetId);

        long before = jdbc.queryForObject("select count(*) from record_set where agency_id = ?", Long.class, a.agencyId);
        var imported = api().as(a.chief).postFile("/api/v1/record-sets/import", "file", "ho-so.zip", "application/zip",
                export.bytes());
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        List<String> original = new ArrayList<>();
        set.get("documents").forEach(d -> original.add(d.get("sha256").asString()));
        List<String> back = new ArrayList<>();
        imported.json().get("documents").forEach(d -> back.add(d.get("sha256").asString()));
        assertThat(back).containsExactlyInAnyOrderElementsOf(original);

        byte[] tampered = tamper(export.bytes());
        var refused = api().as(a.chief).postFile("/api/v1/record-sets/import", "file", "ho-so.zip", "application/zip", tampered);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("SHA-256");
        assertThat(jdbc.queryForObject("select count(*) from record_set where agency_id = ?", Long.class, a.agencyId))
                .isEqualTo(before + 1);
        assertThat(api().as(a.headA).postFile("/api/v1/record-sets/import", "file", "ho-so.zip", "application/zip",
                export.bytes()).status()).isEqualTo(403);
    }

    @Test
    @Order(5)
    void disposalOnlyAfterRetentionNeverPermanentByTwoPeopleAndTheRecordOfItStays() {
        ready();
        // the plan's set is permanent: never disposed of
        ok(api().as(a.chief).postJson("/api/v1/record-sets/" + planSetId + "/close", Map.of()));
        var permanent = api().as(a.chief).postJson("/api/v1/record-sets/" + planSetId + "/disposal",
                Map.of("reason", "Hết hạn", "councilMembers", "Ông A, Bà B"));
        assertThat(permanent.status()).isEqualTo(409);
        assertThat(permanent.json().get("detail").asString()).contains("vĩnh viễn");

        String path = "/api/v1/record-sets/" + classSetId;
        var early = api().as(a.chief).postJson(path + "/disposal", Map.of("reason", "Hết hạn", "councilMembers", "Ông A"));
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().get("detail").asString()).contains("chưa hết thời hạn");
        // the set was closed in 2010: its ten years ended on 01/01/2021
        jdbc.update("update record_set set closed_at = ? where id = ?",
                java.sql.Timestamp.valueOf("2010-06-30 10:00:00"), classSetId);
        assertThat(api().as(a.chief).postJson(path + "/disposal", Map.of("reason", " ", "councilMembers", "Ông A"))
                .status()).isEqualTo(400);
        assertThat(api().as(a.director).postJson(path + "/disposal", Map.of("reason", "Hết hạn", "councilMembers", "A"))
                .status()).isEqualTo(403);
        ok(api().as(a.specialist).postJson(path + "/disposal", Map.of("reason", "Hết thời hạn bảo quản 10 năm",
                "councilMembers", "Chánh Văn phòng; Trưởng phòng A; Chuyên viên lưu trữ")));
        Map<String, Object> decision = Map.of("decisionNumber", "5/QĐ-ARC", "decisionDate", TODAY);
        var beforeCouncil = api().as(a.director).postJson(path + "/disposal/approve", decision);
        assertThat(beforeCouncil.status()).isEqualTo(409);
        assertThat(api().as(a.specialist).postJson(path + "/disposal/opinion", Map.of("opinion", "Đồng ý")).status())
                .isEqualTo(403);
        ok(api().as(a.chief).postJson(path + "/disposal/opinion", Map.of("opinion", "Hội đồng nhất trí hủy")));
        assertThat(api().as(a.chief).postJson(path + "/disposal/approve", decision).status()).isEqualTo(403);
        assertThat(api().as(other.director).postJson(path + "/disposal/approve", decision).status()).isEqualTo(404);
        JsonNode done = ok(api().as(a.director).postJson(path + "/disposal/approve", decision)).json();
        assertThat(done.get("status").asString()).isEqualTo("DISPOSED");
        JsonNode record = done.get("disposals").get(0);
        assertThat(record.get("decisionNumber").asString()).isEqualTo("5/QĐ-ARC");
        assertThat(record.get("documentsList").asString()).contains("Giấy chứng nhận", "SHA-256");
        // the files are gone; the documents' rows and the disposal record stay
        JsonNode docs = done.get("documents");
        for (JsonNode d : docs) {
            assertThat(d.get("erasedAt").isNull()).isFalse();
            assertThat(api().as(a.chief).get(path + "/documents/" + d.get("id").asLong()).status()).isEqualTo(409);
            long stillUsed = jdbc.queryForObject("select count(*) from archived_document where sha256 = ? and erased_at is null",
                    Long.class, d.get("sha256").asString());
            long stored = jdbc.queryForObject("select count(*) from archive_file where sha256 = ?", Long.class,
                    d.get("sha256").asString());
            assertThat(stored).as("bytes kept only while another set uses them").isEqualTo(stillUsed > 0 ? 1 : 0);
        }
        assertThat(api().as(a.chief).get(path + "/export").status()).isEqualTo(409);
        assertThat(ok(api().as(a.chief).get("/api/v1/audit?type=record-set&id=" + classSetId + "&size=50")).body())
                .contains("DISPOSAL_PROPOSE", "DISPOSAL_APPRAISE", "DISPOSAL_APPROVE");
    }

    @Test
    @Order(6)
    void whoProposedCannotDecideEvenWithBothRights() {
        ready();
        String both = a.code.toLowerCase() + ".hai";
        accounts.create(new UserService.UserForm(both, "Người hai vai " + a.code, EnumSet.of(Role.OFFICE_CHIEF,
                Role.DIRECTOR), a.officeUnitId, null, true, Api.DEMO_PASSWORD), a.agencyId);
        JsonNode created = ok(api().as(a.chief).postJson("/api/v1/record-sets", Map.of("year", 2012, "title",
                "Hồ sơ bổ sung 2012", "trainingContent", "Bản gốc lớp 2012"))).json();
        String path = "/api/v1/record-sets/" + created.get("id").asLong();
        byte[] pdf = "%PDF-1.4\n%%EOF\n2012".getBytes();
        assertThat(api().as(a.chief).postFile(path + "/documents", "file", "goc-2012.pdf", "application/pdf", pdf).status())
                .isEqualTo(201);
        ok(api().as(a.chief).postJson(path + "/close", Map.of()));
        jdbc.update("update record_set set closed_at = ? where id = ?", java.sql.Timestamp.valueOf("2012-12-31 10:00:00"),
                created.get("id").asLong());
        ok(api().as(both).postJson(path + "/disposal", Map.of("reason", "Hết hạn", "councilMembers", "Ông A; Bà B")));
        ok(api().as(both).postJson(path + "/disposal/opinion", Map.of("opinion", "Đồng ý hủy")));
        var self = api().as(both).postJson(path + "/disposal/approve", Map.of("decisionNumber", "9/QĐ-ARC",
                "decisionDate", TODAY));
        assertThat(self.status()).isEqualTo(409);
        assertThat(self.json().get("detail").asString()).contains("Người đề nghị");
        var reject = api().as(a.director).postJson(path + "/disposal/reject", Map.of("reason", "Còn cần tra cứu"));
        assertThat(reject.status()).isEqualTo(200);
        assertThat(reject.json().get("status").asString()).isEqualTo("CLOSED");
    }

    @Test
    @Order(6)
    void aSetOpenedByHandBelongsOnlyToAPlanOfTheAgencyAndItsYear() {
        ready();
        long own = ok(api().as(a.chief).get("/api/v1/classes/" + classId)).json().get("info").get("planId").asLong();
        var foreign = api().as(other.chief).postJson("/api/v1/plans", Map.of("year", YEAR, "registrationDueDate",
                YEAR + "-01-20"));
        assertThat(foreign.status()).as(foreign.body()).isEqualTo(201);
        long theirs = foreign.json().get("id").asLong();
        for (Map.Entry<Long, String> bad : Map.of(theirs, "Không có kế hoạch này.", 999_999_999L,
                "Không có kế hoạch này.").entrySet()) {
            var r = api().as(a.chief).postJson("/api/v1/record-sets", Map.of("year", YEAR, "title", "Hồ sơ gắn kế hoạch",
                    "trainingContent", "Gắn kế hoạch " + bad.getKey(), "planId", bad.getKey()));
            assertThat(r.status()).as(r.body()).isEqualTo(400);
            assertThat(r.body()).contains("planId", bad.getValue());
        }
        var wrongYear = api().as(a.chief).postJson("/api/v1/record-sets", Map.of("year", YEAR + 1, "title",
                "Hồ sơ năm sau", "trainingContent", "Gắn sai năm", "planId", own));
        assertThat(wrongYear.status()).as(wrongYear.body()).isEqualTo(400);
        assertThat(wrongYear.body()).contains("planId", "không phải của năm " + (YEAR + 1));
        JsonNode made = ok(api().as(a.chief).postJson("/api/v1/record-sets", Map.of("year", YEAR, "title",
                "Hồ sơ gắn kế hoạch", "trainingContent", "Gắn đúng kế hoạch", "planId", own))).json();
        assertThat(made.get("planId").asLong()).isEqualTo(own);
    }

    @Test
    @Order(7)
    void theRetentionScheduleIsDataTheAdministratorKeeps() {
        ready();
        assertThat(api().as(a.chief).get("/api/v1/retention-rules").status()).isEqualTo(200);
        Map<String, Object> rule = new LinkedHashMap<>();
        rule.put("type", "FEEDBACK");
        rule.put("years", 5);
        rule.put("legalBasis", "Thử nghiệm ARC");
        rule.put("effectiveFrom", "2099-01-01");
        assertThat(api().as(a.chief).postJson("/api/v1/retention-rules", rule).status()).isEqualTo(403);
        rule.put("years", 0);
        var bad = api().as(a.admin).postJson("/api/v1/retention-rules", rule);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("years");
        rule.put("years", 5);
        JsonNode created = ok(api().as(a.admin).postJson("/api/v1/retention-rules", rule)).json();
        assertThat(created.get("inForce").asBoolean()).as("a future rule is not yet in force").isFalse();
        assertThat(api().as(a.admin).postJson("/api/v1/retention-rules", rule).status()).isEqualTo(400);
        assertThat(api().signedIn(a.admin).get("/archive/retention").body()).contains("Thử nghiệm ARC", "01/01/2099");
    }


    /** The same bag with one byte of the first payload file changed (the manifest left as it was). */
    private static byte[] tamper(byte[] zip) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean done = false;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip)); ZipOutputStream z = new ZipOutputStream(out)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                byte[] b = in.readAllBytes();
                if (!done && e.getName().contains("/data/") && !e.getName().contains("/metadata/")) {
                    b[b.length / 2] ^= 0x01;
                    done = true;
                }
                z.putNextEntry(new ZipEntry(e.getName()));
                z.write(b);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
