package vn.boiduong.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import gov.loc.repository.bagit.domain.Bag;
import gov.loc.repository.bagit.reader.BagReader;
import gov.loc.repository.bagit.verify.BagVerifier;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.boiduong.fixtures.DeliveryAgency;
import vn.boiduong.identity.AccountSetup;
import vn.boiduong.organization.OrganizationSetup;
import vn.boiduong.support.Api;
import vn.boiduong.support.BrowserTest;

/**
 * B7 in Chromium (issue 12, "a browser story"): a year's records filed by the steps themselves (the
 * plan approved, a class carried through and closed), the Office chief finds the class's set on
 * /archive, closes it, and exports it from the set's page; the ZIP the browser downloads is a bag the
 * Library of Congress's BagIt verifier accepts, whose manifest holds every document's SHA-256 as filed.
 */
class ArchiveBrowserIT extends BrowserTest {

    private static final int YEAR = 2023;
    private static final String TITLE = "Lưu trữ trình duyệt ARB";

    @Autowired
    OrganizationSetup org;
    @Autowired
    AccountSetup accounts;

    @TempDir
    Path dir;

    private static Api.Response ok(Api.Response r) {
        assertThat(r.status()).as(r.body()).isBetween(200, 201);
        return r;
    }

    @Test
    void aYearsRecordsAreFiledClosedAndExportedAsAValidBag() throws Exception {
        DeliveryAgency a = DeliveryAgency.create(org, accounts, "ARB");
        long classId = a.approvedPlan(api(), YEAR, List.of(DeliveryAgency.hostedItem(TITLE, YEAR, 3, 10,
                8_000_000L))).get(0);
        Api chief = api().as(a.chief);
        ok(chief.postJson("/api/v1/classes/" + classId + "/open", Map.of()));
        ok(chief.postJson("/api/v1/classes/" + classId + "/enrollments", Map.of("staffIds",
                List.of(a.peopleA.get(0), a.peopleB.get(0)))));
        long session = ok(chief.postJson("/api/v1/classes/" + classId + "/sessions", Map.of("date",
                LocalDate.of(YEAR, 3, 2).toString(), "startTime", "08:00", "endTime", "11:00", "topic", "Chuyên đề",
                "room", "Hội trường"))).json().get("id").asLong();
        ok(chief.postJson("/api/v1/classes/" + classId + "/start", Map.of()));
        ok(chief.putJson("/api/v1/classes/" + classId + "/sessions/" + session + "/attendance", List.of(
                Map.of("staffId", a.peopleA.get(0), "presence", "PRESENT"),
                Map.of("staffId", a.peopleB.get(0), "presence", "PRESENT"))));
        ok(chief.postJson("/api/v1/classes/" + classId + "/finish", Map.of()));
        ok(chief.postJson("/api/v1/classes/" + classId + "/results", List.of(
                Map.of("staffId", a.peopleA.get(0), "outcome", "COMPLETED", "score", 8.5),
                Map.of("staffId", a.peopleB.get(0), "outcome", "COMPLETED", "score", 7))));
        ok(chief.postJson("/api/v1/classes/" + classId + "/close", Map.of()));
        // the class's records are filed after the close commits
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            List<String> types = new ArrayList<>();
            for (JsonNode s : ok(chief.get("/api/v1/record-sets?size=50&year=" + YEAR)).json().get("items")) {
                ok(chief.get("/api/v1/record-sets/" + s.get("id").asLong())).json().get("documents")
                        .forEach(d -> types.add(d.get("type").asString()));
            }
            assertThat(types).contains("CLASS_LIST", "ATTENDANCE", "RESULTS", "CERTIFICATE", "PLAN_DECISION");
        });

        signIn(a.chief, Api.DEMO_PASSWORD);
        open("/archive");
        WebElement q = browser.findElement(By.id("f-q"));
        q.sendKeys(TITLE);
        q.submit();
        wait.until(ExpectedConditions.urlContains("q="));
        WebElement list = browser.findElement(By.id("record-sets"));
        assertThat(list.getText()).contains(TITLE).contains(String.valueOf(YEAR));
        click(list.findElement(By.partialLinkText(TITLE)));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("set-status")));
        assertThat(browser.findElement(By.id("set-status")).getText()).isEqualTo("Đang mở");
        assertThat(browser.findElement(By.id("documents")).getText()).contains("Danh sách học viên", "Bảng điểm danh",
                "Kết quả học tập", "Giấy chứng nhận");

        click(browser.findElement(By.id("close-set")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("archive-saved")));
        assertThat(browser.findElement(By.id("set-status")).getText()).isEqualTo("Đã đóng");
        assertThat(browser.findElements(By.id("close-set"))).as("a closed set is read-only").isEmpty();
        assertThat(browser.findElements(By.id("scan-upload"))).isEmpty();

        // the export as the browser downloads it, with the chief's own session
        String href = browser.findElement(By.id("export-set")).getAttribute("href");
        String base64 = (String) ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.ok ? r.arrayBuffer() : Promise.reject(r.status)).then(b => {
                  let s = ''; const u = new Uint8Array(b);
                  for (let i = 0; i < u.length; i += 8192) s += String.fromCharCode.apply(null, u.subarray(i, i + 8192));
                  done(btoa(s));
                }).catch(e => done('ERROR ' + e));""", href);
        assertThat(base64).doesNotStartWith("ERROR");
        byte[] zip = Base64.getDecoder().decode(base64);

        Path bagDir = Bags.unzip(zip, dir.resolve("bag"));
        Bag bag = new BagReader().read(bagDir);
        try (BagVerifier verifier = new BagVerifier()) {
            verifier.isValid(bag, false);
        }
        long setId = Long.parseLong(href.replaceAll(".*/record-sets/(\\d+)/export.*", "$1"));
        JsonNode set = ok(chief.get("/api/v1/record-sets/" + setId)).json();
        assertThat(set.get("status").asString()).isEqualTo("CLOSED");
        Set<String> filed = new HashSet<>();
        set.get("documents").forEach(d -> filed.add(d.get("sha256").asString()));
        Set<String> inManifest = new HashSet<>(bag.getPayLoadManifests().stream()
                .filter(m -> m.getAlgorithm().getBagitName().equals("sha256")).findFirst().orElseThrow()
                .getFileToChecksumMap().values());
        assertThat(inManifest).containsAll(filed);
    }

}
