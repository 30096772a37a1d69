package vn.boiduong.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.Map;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import vn.boiduong.support.Api;
import vn.boiduong.support.HttpTest;

/** The units receive the approval decision (QT.VP.05 5.2.5); a page link never answers with JSON. */
class PlanDecisionLinksIT extends HttpTest {

    static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @Test
    void unitHeadsDownloadTheApprovedDecisionAndALinkNobodyMayFollowIsNotShown() throws Exception {
        int year = 2019;
        long id = Plans.submitted(api().as("chanhvp"), year);
        String page = new Api(baseUrl()).signedIn("tp.cchc").get("/plans/" + id).body();
        assertThat(page).doesNotContain("id=\"decision-docx\"");
        assertThat(api().as("tp.cchc").get("/api/v1/plans/" + id + "/decision.docx").status()).isEqualTo(409);

        var approved = api().as("giamdoc").postJson("/api/v1/plans/" + id + "/approve",
                Map.of("decisionNumber", "19/QĐ-SNV", "decisionDate", year + "-01-18"));
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);

        Api head = new Api(baseUrl()).signedIn("tp.cchc");
        page = head.get("/plans/" + id).body();
        assertThat(page).contains("id=\"decision-docx\"", "id=\"decision-pdf\"");
        var docx = head.get("/api/v1/plans/" + id + "/decision.docx", BROWSER);
        assertThat(docx.status()).isEqualTo(200);
        try (XWPFWordExtractor text = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(docx.bytes())))) {
            assertThat(text.getText()).contains("19/QĐ-SNV");
        }
        assertThat(head.get("/api/v1/plans/" + id + "/decision.pdf", BROWSER).status()).isEqualTo(200);

        // the administrator looks after the installation: no link, and a followed link gets a page in words
        Api admin = new Api(baseUrl()).signedIn("admin");
        assertThat(admin.get("/plans/" + id).body()).doesNotContain("id=\"decision-docx\"");
        var refused = admin.get("/api/v1/plans/" + id + "/decision.docx", BROWSER);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.header("Content-Type")).startsWith("text/html");
        assertThat(refused.body()).contains("<html").doesNotContain("\"status\":403");
        // an API client still gets the problem document
        var client = api().as("admin").get("/api/v1/plans/" + id + "/decision.docx", "application/json");
        assertThat(client.status()).isEqualTo(403);
        assertThat(client.header("Content-Type")).startsWith("application/problem+json");
    }
}
