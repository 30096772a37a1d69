package vn.boiduong.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.boiduong.support.Api;
import vn.boiduong.support.HttpTest;

/** What every page carries (its icon, the menu per role) and the home page's step cards. */
class PageChromeIT extends HttpTest {

    static final List<String> NOT_ADMIN = List.of("giamdoc", "chanhvp", "chuyenvien", "tp.tccb", "tp.cchc", "nhanvien");

    @Test
    void theIconIsServedToEveryoneAndLinkedFromEveryPage() {
        Api anonymous = new Api(baseUrl());
        var ico = anonymous.get("/favicon.ico");
        assertThat(ico.status()).isEqualTo(200);
        assertThat(ico.bytes()).startsWith(0, 0, 1, 0); // an ICO file's header
        var svg = anonymous.get("/favicon.svg");
        assertThat(svg.status()).isEqualTo(200);
        assertThat(svg.header("Content-Type")).startsWith("image/svg+xml");
        assertThat(anonymous.get("/login").body()).contains("rel=\"icon\"", "/favicon.svg", "/favicon.ico");
        assertThat(new Api(baseUrl()).signedIn("nhanvien").get("/").body()).contains("/favicon.svg");
    }

    @Test
    void onlyTheAdministratorsMenuLinksTheApiDocumentation() {
        assertThat(new Api(baseUrl()).signedIn("admin").get("/").body()).contains("href=\"/swagger-ui.html\"");
        for (String user : NOT_ADMIN) {
            assertThat(new Api(baseUrl()).signedIn(user).get("/").body()).as(user).doesNotContain("/swagger-ui.html");
        }
    }

    @Test
    void aStepWhoseResponsibleIsItsActingRoleNamesItOnce() {
        String home = new Api(baseUrl()).signedIn("giamdoc").get("/?year=2062").body();
        String b4 = text(card(home, "B4"));
        assertThat(b4).contains("Giám đốc Sở").doesNotContain("Giám đốc Sở (Giám đốc Sở)");
        // where the two differ both are said: the unit responsible, and in brackets who acts
        assertThat(text(card(home, "B3"))).containsPattern("\\S+ \\(Chánh Văn phòng\\)");
    }

    @Test
    void stepsNotStartedAreNotDrawnAsAlarms() {
        // a year nobody has touched, its due dates not passed: no step is late
        String home = new Api(baseUrl()).signedIn("chanhvp").get("/?year=2062").body();
        for (String code : List.of("B1", "B2", "B3", "B4", "B5", "B6", "B7")) {
            String card = card(home, code);
            assertThat(card.substring(0, card.indexOf('>'))).as(code).doesNotContainPattern("class=\"[^\"]*\\blate\\b");
        }
        String css = new Api(baseUrl()).get("/css/app.css").body();
        assertThat(css).contains(".flow-step { border: 2px solid #adb5bd;", ".flow-step.late { border-color: #b02a37; }");
    }

    /** The home page's card of a step: its list item, from its opening tag. */
    private static String card(String html, String code) {
        int id = html.indexOf("id=\"step-" + code + "\"");
        assertThat(id).as("card " + code).isPositive();
        int start = html.lastIndexOf("<li", id);
        return html.substring(start, html.indexOf("</li>", id));
    }

    private static String text(String html) {
        return html.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").replace("( ", "(").replace(" )", ")");
    }
}
