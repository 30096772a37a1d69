package vn.boiduong.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.boiduong.fixtures.DeliveryAgency;
import vn.boiduong.fixtures.HostileFiles;
import vn.boiduong.identity.AccountSetup;
import vn.boiduong.organization.OrganizationSetup;
import vn.boiduong.support.Api;
import vn.boiduong.support.HttpTest;

/**
 * Issue 10 item 5: the results of an external course (cử đi học) are recorded from the institution's
 * certificate, per person: its number, its date and a scan that passes the same checks as an evidence
 * file; over the API (multipart) and the class page's form; the scan downloaded by the Office and the
 * learner, by no one else.
 */
class ExternalCertificateIT extends HttpTest {

    private static final int YEAR = 2057;
    static final byte[] PDF = ("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
            0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0};

    @Autowired
    OrganizationSetup org;
    @Autowired
    AccountSetup accounts;

    private static Api.Response status(Api.Response r, int expected) {
        assertThat(r.status()).as(r.body()).isEqualTo(expected);
        return r;
    }

    private static Map<String, String> fields(String number, String date) {
        return Map.of("certificateNumber", number, "certificateDate", date);
    }

    @Test
    void theOfficeRecordsTheInstitutionsCertificateWithAScanThatPassesTheEvidenceChecks() {
        DeliveryAgency a = DeliveryAgency.create(org, accounts, "EXC");
        DeliveryAgency other = DeliveryAgency.create(org, accounts, "EXD");
        Map<String, Object> item = DeliveryAgency.hostedItem("Lý luận chính trị EXC", YEAR, 5, 5, 30_000_000L);
        item.put("kind", "EXTERNAL");
        item.put("institution", "Học viện Hành chính Quốc gia");
        long classId = a.approvedPlan(api(), YEAR, List.of(item)).get(0);
        String base = "/api/v1/classes/" + classId;
        Api chief = api().as(a.chief);
        long l0 = a.peopleA.get(0);  // the learner's own record
        long l1 = a.peopleA.get(1);
        status(chief.postJson(base + "/open", Map.of()), 200);
        assertThat(chief.postJson(base + "/enrollments", Map.of("staffIds", List.of(l0, l1))).status()).isIn(200, 201);
        status(chief.postJson(base + "/start", Map.of()), 200);
        String path = base + "/certificates/" + l0 + "/external";

        // not finished yet: 409
        status(api().as(a.specialist).postMultipart(path, fields("HV-1/2057", "2057-05-20"), "scan", "gcn.pdf",
                "application/pdf", PDF), 409);
        status(chief.postJson(base + "/finish", Map.of()), 200);

        // wrong roles: 403; another agency: 404 (its chief as well as its specialist)
        for (String user : List.of(a.director, a.headA, a.learner, a.admin)) {
            status(api().as(user).postMultipart(path, fields("HV-1/2057", "2057-05-20"), "scan", "gcn.pdf",
                    "application/pdf", PDF), 403);
        }
        for (String user : List.of(other.chief, other.specialist)) {
            status(api().as(user).postMultipart(path, fields("HV-1/2057", "2057-05-20"), "scan", "gcn.pdf",
                    "application/pdf", PDF), 404);
        }

        // hostile files: a text file named .pdf, a Word file (evidence, but not a scan), a web page named
        // .png; and no file: 400 on the field, nothing stored
        var renamed = api().as(a.specialist).postMultipart(path, fields("HV-1/2057", "2057-05-20"), "scan", "gcn.pdf",
                "application/pdf", HostileFiles.text());
        status(renamed, 400);
        assertThat(renamed.header("Content-Type")).startsWith("application/problem+json");
        assertThat(renamed.json().get("errors").get(0).get("field").asString()).isEqualTo("scan");
        assertThat(renamed.json().get("errors").get(0).get("message").asString()).contains("không phải là PDF");
        var word = api().as(a.specialist).postMultipart(path, fields("HV-1/2057", "2057-05-20"), "scan", "gcn.docx",
                "application/octet-stream", HostileFiles.docx());
        status(word, 400);
        assertThat(word.json().get("errors").get(0).get("message").asString()).contains("PDF, JPEG");
        status(api().as(a.specialist).postMultipart(path, fields("HV-1/2057", "2057-05-20"), "scan", "anh.png",
                "image/png", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)), 400);
        var noFile = api().as(a.specialist).postForm(path, fields("HV-1/2057", "2057-05-20"));
        status(noFile, 400);
        var badDate = api().as(a.specialist).postMultipart(path, fields("HV-1/2057", "2057-02-30"), "scan", "gcn.pdf",
                "application/pdf", PDF);
        status(badDate, 400);
        assertThat(badDate.json().get("errors").get(0).get("field").asString()).isEqualTo("certificateDate");
        assertThat(ok(chief.get(base + "/certificates")).json().size()).isZero();
        for (JsonNode e : ok(chief.get(base + "/enrollments")).json()) {
            assertThat(e.get("outcome").isNull()).as("nothing half-saved").isTrue();
        }

        // the good upload: the certificate with its scan, the learner recorded completed
        var good = api().as(a.specialist).postMultipart(path, fields(" HV-1/2057 ", "2057-05-20"), "scan",
                "../../Giấy chứng nhận.pdf", "application/pdf", PDF);
        status(good, 201);
        assertThat(good.json().get("kind").asString()).isEqualTo("EXTERNAL");
        assertThat(good.json().get("number").asString()).isEqualTo("HV-1/2057");
        assertThat(good.json().get("issuedOn").asString()).isEqualTo("2057-05-20");
        assertThat(good.json().get("institution").asString()).isEqualTo("Học viện Hành chính Quốc gia");
        assertThat(good.json().get("hasScan").asBoolean()).isTrue();
        for (JsonNode e : ok(chief.get(base + "/enrollments")).json()) {
            if (e.get("staffId").asLong() == l0) {
                assertThat(e.get("outcome").asString()).isEqualTo("COMPLETED");
            }
        }
        // a second scan for the same certificate: 409
        status(api().as(a.specialist).postMultipart(path, fields("HV-1/2057", "2057-05-20"), "scan", "gcn.pdf",
                "application/pdf", PDF), 409);

        // the scan: byte for byte, to the Office and to the learner; not to the unit head; 404 elsewhere
        String scan = base + "/certificates/" + l0 + "/scan";
        for (String user : List.of(a.chief, a.specialist, a.learner)) {
            var d = ok(api().as(user).get(scan));
            assertThat(d.bytes()).as(user).isEqualTo(PDF);
            assertThat(d.header("Content-Type")).startsWith("application/pdf");
            assertThat(d.header("Content-Disposition")).startsWith("attachment").contains("Gi");
            assertThat(d.header("X-Content-Type-Options")).isEqualTo("nosniff");
        }
        status(api().as(a.headA).get(scan), 403);
        status(api().as(other.chief).get(scan), 404);
        status(api().as(a.chief).get(base + "/certificates/" + l1 + "/scan"), 404);

        // the page's form: a PNG for the second person, the date as the page writes it
        Api page = new Api(baseUrl()).signedIn(a.chief);
        String before = page.get("/classes/" + classId).body();
        assertThat(before).contains("id=\"external-certificates\"", "id=\"external-" + l1 + "\"",
                "enctype=\"multipart/form-data\"");
        var posted = page.postMultipart("/classes/" + classId + "/certificates/" + l1 + "/external",
                fields("HV-2/2057", "21/05/2057"), "scan", "scan.png", "image/png", PNG);
        assertThat(posted.status()).isEqualTo(302);
        String after = page.get("/classes/" + classId).body();
        assertThat(after).contains("Đã ghi giấy chứng nhận của cơ sở đào tạo.", "HV-2/2057", "21/05/2057",
                "/classes/" + classId + "/certificates/" + l1 + "/scan");
        var png = ok(page.get("/classes/" + classId + "/certificates/" + l1 + "/scan"));
        assertThat(png.bytes()).isEqualTo(PNG);
        assertThat(png.header("Content-Type")).startsWith("image/png");
        // a hostile file through the page: the message on the page, nothing stored
        DeliveryAgency b = a;
        var refused = page.postMultipart("/classes/" + classId + "/certificates/" + l1 + "/external",
                fields("HV-3/2057", "21/05/2057"), "scan", "x.pdf", "application/pdf", HostileFiles.text());
        assertThat(refused.status()).isEqualTo(302);
        assertThat(page.get("/classes/" + classId).body()).doesNotContain("HV-3/2057");
        assertThat(ok(api().as(b.chief).get(base + "/certificates")).json().size()).isEqualTo(2);
        // the page's form is the Office's: a unit head's page has none
        assertThat(new Api(baseUrl()).signedIn(a.headA).get("/classes/" + classId).body())
                .doesNotContain("id=\"external-certificates\"");
    }

    private static Api.Response ok(Api.Response r) {
        return status(r, 200);
    }
}
