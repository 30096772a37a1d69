package vn.boiduong.needs;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.boiduong.fixtures.NeedFixtures.draft;
import static vn.boiduong.fixtures.NeedFixtures.expect;
import static vn.boiduong.fixtures.NeedFixtures.fields;
import static vn.boiduong.fixtures.NeedFixtures.need;
import static vn.boiduong.fixtures.NeedFixtures.testYear;
import static vn.boiduong.fixtures.NeedFixtures.uniqueTitle;
import static vn.boiduong.fixtures.NeedFixtures.unitId;
import static vn.boiduong.fixtures.NeedFixtures.with;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.boiduong.support.Api;
import vn.boiduong.support.HttpTest;

/** B1 through the API (api.md): who may write, read and move a need, and what the answers look like. */
class NeedApiIT extends HttpTest {

    private long cchc() {
        return unitId(api(), "CCHC");
    }

    private long tcbc() {
        return unitId(api(), "TCBC");
    }

    @Test
    void unitHeadCreatesADraftForOwnUnit() {
        String title = uniqueTitle("Kỹ năng số");
        var r = api().as("tp.cchc").postJson("/api/v1/needs", need(cchc(), title));
        assertThat(r.status()).isEqualTo(201);
        JsonNode n = r.json();
        assertThat(n.get("id").asLong()).isPositive();
        assertThat(n.get("status").asString()).isEqualTo("DRAFT");
        assertThat(n.get("title").asString()).isEqualTo(title);
        assertThat(n.get("category").asString()).isEqualTo("DIGITAL");
        assertThat(n.get("headcount").asInt()).isEqualTo(2);
        assertThat(n.get("estimatedCost").asLong()).isEqualTo(1_250_000L);
        assertThat(n.get("year").asInt()).isEqualTo(testYear());
        assertThat(n.get("unitName").asString()).isEqualTo("Phòng Cải cách hành chính");
        assertThat(api().as("tp.cchc").get("/api/v1/needs/" + n.get("id").asLong()).json().get("title").asString())
                .isEqualTo(title);
    }

    @Test
    void officeSpecialistCreatesForAnyUnitButTheChiefAndDirectorDoNot() {
        assertThat(api().as("chuyenvien").postJson("/api/v1/needs", need(tcbc(), uniqueTitle("VP lập"))).status())
                .isEqualTo(201);
        assertThat(api().as("giamdoc").postJson("/api/v1/needs", need(tcbc(), "x")).status()).isEqualTo(403);
        assertThat(api().as("chanhvp").postJson("/api/v1/needs", need(tcbc(), "x")).status()).isEqualTo(403);
        assertThat(api().as("admin").postJson("/api/v1/needs", need(tcbc(), "x")).status()).isEqualTo(403);
    }

    @Test
    void unitHeadCannotCreateForAnotherUnit() {
        var r = api().as("tp.cchc").postJson("/api/v1/needs", need(tcbc(), "Cho phòng khác"));
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void unauthorisedCallerGets403BeforeValidation() {
        Map<String, Object> invalid = Map.of("title", "", "estimatedCost", -5);
        assertThat(api().as("nhanvien").postJson("/api/v1/needs", invalid).status()).isEqualTo(403);
        assertThat(api().as("giamdoc").postJson("/api/v1/needs", invalid).status()).isEqualTo(403);
        assertThat(api().as("tp.cchc").postJson("/api/v1/needs/collections", Map.of("year", 1)).status())
                .isEqualTo(403);
        assertThat(api().as("tp.cchc").postJson("/api/v1/needs/consolidated", Map.of()).status()).isEqualTo(403);
        long id = draft(api(), "tp.cchc", need(cchc(), uniqueTitle("Nháp")));
        assertThat(api().as("nhanvien").putJson("/api/v1/needs/" + id, invalid).status()).isEqualTo(404);
        assertThat(api().as("giamdoc").putJson("/api/v1/needs/" + id, invalid).status()).isEqualTo(403);
        assertThat(api().as("tp.cchc").putJson("/api/v1/needs/" + id, invalid).status()).isEqualTo(400);
    }

    @Test
    void invalidInputIsA400WithFieldErrors() {
        Map<String, Object> bad = with(need(cchc(), "x".repeat(256)), "estimatedCost", -1, "plannedQuarter", 5,
                "headcount", 0, "rationale", "y".repeat(2001));
        bad.remove("category");
        var r = api().as("tp.cchc").postJson("/api/v1/needs", bad);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(fields(r)).contains("title", "category", "estimatedCost", "plannedQuarter", "headcount",
                "rationale");
        assertThat(r.json().get("detail").asString()).isNotBlank();

        var level = api().as("tp.cchc").postJson("/api/v1/needs", with(need(cchc(), "LLCT"), "category",
                "POLITICAL_THEORY", "level", "MASTER"));
        assertThat(level.status()).isEqualTo(400);
        assertThat(fields(level)).containsExactly("level");
        var noLevels = api().as("tp.cchc").postJson("/api/v1/needs", with(need(cchc(), "Tin"), "level", "ADVANCED"));
        assertThat(fields(noLevels)).containsExactly("level");
        var noPeople = api().as("tp.cchc").postJson("/api/v1/needs", with(need(cchc(), "Ai?"), "headcount", null));
        assertThat(fields(noPeople)).containsExactly("headcount");
    }

    @Test
    void unknownEnumAndMalformedJsonAre400() {
        assertThat(api().as("tp.cchc").postJson("/api/v1/needs", with(need(cchc(), "x"), "category", "COOKING"))
                .status()).isEqualTo(400);
        assertThat(api().as("tp.cchc").postJson("/api/v1/needs", "{\"title\": ").status()).isEqualTo(400);
        assertThat(api().as("tp.cchc").postJson("/api/v1/needs", with(need(cchc(), "x"), "estimatedCost", "nhiều"))
                .status()).isEqualTo(400);
        assertThat(api().as("tp.cchc").get("/api/v1/needs?status=DONE").status()).isEqualTo(400);
        assertThat(api().as("tp.cchc").get("/api/v1/needs?sort=secret,asc").status()).isEqualTo(400);
        assertThat(api().as("tp.cchc").get("/api/v1/needs?q=" + "a".repeat(101)).status()).isEqualTo(400);
    }

    @Test
    void unitHeadCannotSeeAnotherUnitsNeeds() {
        long id = draft(api(), "tp.cchc", need(cchc(), uniqueTitle("Riêng CCHC")));
        assertThat(api().as("tp.tccb").get("/api/v1/needs/" + id).status()).isEqualTo(404);
        assertThat(api().as("tp.tccb").putJson("/api/v1/needs/" + id, need(cchc(), "x")).status()).isEqualTo(404);
        assertThat(api().as("tp.tccb").postJson("/api/v1/needs/" + id + "/submit", "{}").status()).isEqualTo(404);
        assertThat(api().as("tp.tccb").get("/api/v1/needs?unitId=" + cchc()).status()).isEqualTo(404);
        var list = api().as("tp.tccb").get("/api/v1/needs?size=200");
        assertThat(list.status()).isEqualTo(200);
        long own = tcbc();
        assertThat(list.json().get("items").size()).isPositive();
        list.json().get("items").forEach(n -> assertThat(n.get("unitId").asLong()).isEqualTo(own));
        assertThat(api().as("chuyenvien").get("/api/v1/needs/" + id).status()).isEqualTo(200);
        assertThat(api().as("giamdoc").get("/api/v1/needs/" + id).status()).isEqualTo(200);
    }

    @Test
    void staffSeesOnlyNeedsThatNameThem() {
        long me = api().as("nhanvien").get("/api/v1/me").json().get("unitId").asLong();
        assertThat(me).isEqualTo(cchc());
        // the staff record of nhanvien, found by name among the unit's staff
        JsonNode found = api().as("tp.cchc").get("/api/v1/staff?q=pham%20thi%20ngoc%20anh").json().get("items");
        assertThat(found.size()).as("one Phạm Thị Ngọc Ánh in the unit").isEqualTo(1);
        long herId = found.get(0).get("id").asLong();
        long naming = draft(api(), "tp.cchc", with(need(cchc(), uniqueTitle("Có tên")), "staffIds", List.of(herId)));
        long notNaming = draft(api(), "tp.cchc", need(cchc(), uniqueTitle("Không tên")));
        assertThat(api().as("nhanvien").get("/api/v1/needs/" + naming).status()).isEqualTo(200);
        assertThat(api().as("nhanvien").get("/api/v1/needs/" + notNaming).status()).isEqualTo(404);
        var list = api().as("nhanvien").get("/api/v1/needs?size=200");
        assertThat(list.status()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        long her = herId;
        list.json().get("items").forEach(n -> {
            ids.add(n.get("id").asLong());
            List<Long> named = new ArrayList<>();
            n.get("staffIds").forEach(s -> named.add(s.asLong()));
            assertThat(named).contains(her);
        });
        assertThat(ids).contains(naming).doesNotContain(notNaming);
        // naming her makes the head count one, and she may read but not submit
        assertThat(api().as("nhanvien").get("/api/v1/needs/" + naming).json().get("headcount").asInt()).isEqualTo(1);
        assertThat(api().as("nhanvien").postJson("/api/v1/needs/" + naming + "/submit", "{}").status())
                .isEqualTo(403);
    }

    @Test
    void namedPeopleMustBeStaffOfTheNeedsUnit() {
        long foreign = api().as("tp.tccb").get("/api/v1/staff?size=1").json().get("items").get(0).get("id").asLong();
        var r = api().as("chuyenvien").postJson("/api/v1/needs", with(need(cchc(), "x"), "staffIds",
                List.of(foreign)));
        assertThat(r.status()).isEqualTo(400);
        assertThat(fields(r)).containsExactly("staffIds");
    }

    @Test
    void submittingTwiceIs409() {
        long id = draft(api(), "tp.cchc", need(cchc(), uniqueTitle("Gửi hai lần")));
        var first = api().as("tp.cchc").postJson("/api/v1/needs/" + id + "/submit", "{}");
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().get("status").asString()).isEqualTo("SUBMITTED");
        var second = api().as("tp.cchc").postJson("/api/v1/needs/" + id + "/submit", "{}");
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.header("Content-Type")).startsWith("application/problem+json");
        assertThat(second.json().get("detail").asString()).contains("đã được gửi");
        assertThat(api().as("chuyenvien").postJson("/api/v1/needs/" + id + "/submit", "{}").status())
                .isEqualTo(403);
    }

    @Test
    void submittedNeedCannotBeEditedAndAcceptedIsFinal() {
        long id = draft(api(), "tp.cchc", need(cchc(), uniqueTitle("Khóa")));
        expect(api().as("tp.cchc").postJson("/api/v1/needs/" + id + "/submit", "{}"), 200);
        var edit = api().as("tp.cchc").putJson("/api/v1/needs/" + id, need(cchc(), "Sửa sau khi gửi"));
        assertThat(edit.status()).isEqualTo(409);
        assertThat(edit.json().get("detail").asString()).contains("Đã gửi");
        assertThat(api().as("tp.cchc").postJson("/api/v1/needs/" + id + "/accept", "{}").status()).isEqualTo(403);
        var accepted = api().as("chanhvp").postJson("/api/v1/needs/" + id + "/accept", "{}");
        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.json().get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(api().as("chuyenvien").postJson("/api/v1/needs/" + id + "/return", Map.of("reason", "muộn"))
                .status()).isEqualTo(409);
        assertThat(api().as("chuyenvien").putJson("/api/v1/needs/" + id, need(cchc(), "x")).status()).isEqualTo(409);
    }

    @Test
    void returnedNeedCanBeEditedAndResubmitted() {
        String title = uniqueTitle("Trả lại");
        long id = draft(api(), "tp.cchc", need(cchc(), title));
        expect(api().as("tp.cchc").postJson("/api/v1/needs/" + id + "/submit", "{}"), 200);
        assertThat(api().as("tp.cchc").postJson("/api/v1/needs/" + id + "/return", Map.of("reason", "x")).status())
                .isEqualTo(403);
        var noReason = api().as("chuyenvien").postJson("/api/v1/needs/" + id + "/return", Map.of("reason", " "));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(fields(noReason)).containsExactly("reason");
        assertThat(api().as("chuyenvien").postJson("/api/v1/needs/" + id + "/return", "{}").status()).isEqualTo(400);
        var returned = api().as("chuyenvien").postJson("/api/v1/needs/" + id + "/return",
                Map.of("reason", "Bổ sung căn cứ kinh phí"));
        assertThat(returned.status()).isEqualTo(200);
        assertThat(returned.json().get("status").asString()).isEqualTo("RETURNED");
        assertThat(api().as("tp.cchc").get("/api/v1/needs/" + id).json().get("returnReason").asString())
                .isEqualTo("Bổ sung căn cứ kinh phí");

        long version = returned.json().get("version").asLong();
        var edited = api().as("tp.cchc").putJson("/api/v1/needs/" + id, with(need(cchc(), title), "estimatedCost",
                2_000_000, "version", version));
        assertThat(edited.status()).isEqualTo(200);
        assertThat(edited.json().get("estimatedCost").asLong()).isEqualTo(2_000_000L);
        var stale = api().as("tp.cchc").putJson("/api/v1/needs/" + id, with(need(cchc(), title), "version", version));
        assertThat(stale.status()).isEqualTo(409);
        var again = api().as("tp.cchc").postJson("/api/v1/needs/" + id + "/submit", "{}");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(again.json().get("returnReason").isNull()).isTrue();
    }

    @Test
    void everyTransitionIsAudited() {
        long id = draft(api(), "tp.cchc", need(cchc(), uniqueTitle("Nhật ký")));
        api().as("tp.cchc").putJson("/api/v1/needs/" + id, with(need(cchc(), "Nhật ký sửa"), "headcount", 4));
        api().as("tp.cchc").postJson("/api/v1/needs/" + id + "/submit", "{}");
        api().as("chuyenvien").postJson("/api/v1/needs/" + id + "/return", Map.of("reason", "Thiếu"));
        api().as("tp.cchc").postJson("/api/v1/needs/" + id + "/submit", "{}");
        api().as("chuyenvien").postJson("/api/v1/needs/" + id + "/accept", "{}");
        var trail = api().as("chanhvp").get("/api/v1/audit?type=need&id=" + id);
        assertThat(trail.status()).isEqualTo(200);
        List<String> actions = new ArrayList<>();
        trail.json().get("items").forEach(a -> actions.add(a.get("action").asString()));
        assertThat(actions).containsExactly("ACCEPT", "SUBMIT", "RETURN", "SUBMIT", "UPDATE", "CREATE");
        assertThat(trail.json().get("items").get(2).get("detail").asString()).contains("Thiếu");
        assertThat(trail.json().get("items").get(2).get("actor").asString()).isEqualTo("chuyenvien");
    }

    @Test
    void listIsPagedFilteredAndSearchedWithoutDiacritics() {
        String title = uniqueTitle("Thẩm định đề án vị trí việc làm");
        long id = draft(api(), "tp.cchc", need(cchc(), title));
        var r = api().as("chuyenvien").get("/api/v1/needs?year=" + testYear() + "&unitId=" + cchc()
                + "&status=DRAFT&q=THAM%20DINH%20de%20an&size=5&sort=title,asc");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("page").asInt()).isZero();
        assertThat(r.json().get("size").asInt()).isEqualTo(5);
        assertThat(r.json().get("totalItems").asLong()).isPositive();
        List<Long> ids = new ArrayList<>();
        r.json().get("items").forEach(n -> {
            ids.add(n.get("id").asLong());
            assertThat(n.get("status").asString()).isEqualTo("DRAFT");
        });
        assertThat(ids).contains(id);
        var submitted = api().as("chuyenvien").get("/api/v1/needs?status=SUBMITTED&size=200");
        assertThat(submitted.json().get("items").size()).as("the demo data has submitted needs").isPositive();
        submitted.json().get("items").forEach(n -> assertThat(n.get("status").asString()).isEqualTo("SUBMITTED"));
        assertThat(api().as("admin").get("/api/v1/needs").status()).isEqualTo(403);
    }

    @Test
    void notificationsTellTheUnitHeadsAndTheOffice() {
        String title = uniqueTitle("Thông báo");
        long id = draft(api(), "tp.cchc", need(cchc(), title));
        expect(api().as("tp.cchc").postJson("/api/v1/needs/" + id + "/submit", "{}"), 200);
        assertThat(texts("chuyenvien")).anyMatch(t -> t.contains("Phòng Cải cách hành chính đã gửi nhu cầu «"
                + title + "»"));
        assertThat(texts("chanhvp")).anyMatch(t -> t.contains(title));
        expect(api().as("chuyenvien").postJson("/api/v1/needs/" + id + "/return",
                Map.of("reason", "Ghi rõ đối tượng")), 200);
        assertThat(texts("tp.cchc")).contains("Nhu cầu «" + title + "» bị trả lại: Ghi rõ đối tượng");
        assertThat(texts("tp.tccb")).noneMatch(t -> t.contains(title));
        expect(api().as("tp.cchc").postJson("/api/v1/needs/" + id + "/submit", "{}"), 200);
        expect(api().as("chuyenvien").postJson("/api/v1/needs/" + id + "/accept", "{}"), 200);
        assertThat(texts("tp.cchc")).anyMatch(t -> t.startsWith("Nhu cầu «" + title + "» đã được Văn phòng tiếp nhận"));

        // a notice is its recipient's own: another user cannot mark it read
        JsonNode mine = api().as("tp.cchc").get("/api/v1/notifications?size=1").json().get("items").get(0);
        long noticeId = mine.get("id").asLong();
        assertThat(mine.get("link").asString()).isEqualTo("/needs/" + id);
        assertThat(api().as("tp.tccb").postJson("/api/v1/notifications/" + noticeId + "/read", "{}").status())
                .isEqualTo(404);
        long before = api().as("tp.cchc").get("/api/v1/notifications/unread-count").json().get("unread").asLong();
        var read = api().as("tp.cchc").postJson("/api/v1/notifications/" + noticeId + "/read", "{}");
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("readAt").isNull()).isFalse();
        assertThat(api().as("tp.cchc").get("/api/v1/notifications/unread-count").json().get("unread").asLong())
                .isEqualTo(before - 1);
    }

    private List<String> texts(String user) {
        var r = api().as(user).get("/api/v1/notifications?size=50");
        assertThat(r.status()).isEqualTo(200);
        List<String> out = new ArrayList<>();
        r.json().get("items").forEach(n -> out.add(n.get("text").asString()));
        return out;
    }

    @Test
    void categoriesListTheCodesOfTheForms() {
        var r = api().as("tp.cchc").get("/api/v1/needs/categories");
        assertThat(r.status()).isEqualTo(200);
        List<String> codes = new ArrayList<>();
        r.json().forEach(c -> codes.add(c.get("code").asString()));
        assertThat(codes).containsExactly("DEGREE", "POLITICAL_THEORY", "STATE_MANAGEMENT", "PROFESSIONAL_TITLE",
                "LEADERSHIP", "DEFENSE_SECURITY", "JOB_POSITION", "DIGITAL", "FOREIGN_LANGUAGE", "ETHNIC_LANGUAGE",
                "OTHER");
        assertThat(r.json().get(1).get("levels").get(0).get("code").asString()).isEqualTo("ADVANCED");
    }

    /** A (staffId, competencyId) of the unit whose gap is at least 1, or met (gap 0) when {@code met}. */
    private long[] gapIn(long unitId, boolean met) {
        JsonNode m = api().as("chuyenvien").get("/api/v1/units/" + unitId + "/competency-gaps").json();
        for (JsonNode s : m.get("staff")) {
            for (JsonNode g : s.get("gaps")) {
                if ((g.get("gap").asInt() > 0) != met) {
                    return new long[] {s.get("staffId").asLong(), g.get("competencyId").asLong()};
                }
            }
        }
        throw new AssertionError("the demo unit " + unitId + " has no " + (met ? "met requirement" : "gap"));
    }

    @Test
    void needIsCreatedFromAGapWithOneCall() {
        long[] gap = gapIn(cchc(), false);
        var r = api().as("tp.cchc").postJson("/api/v1/needs/from-gap", Map.of("staffId", gap[0], "competencyId",
                gap[1]));
        assertThat(r.status()).isEqualTo(201);
        JsonNode n = r.json();
        assertThat(n.get("status").asString()).isEqualTo("DRAFT");
        assertThat(n.get("unitId").asLong()).isEqualTo(cchc());
        assertThat(n.get("staffIds").toString()).isEqualTo("[" + gap[0] + "]");
        assertThat(n.get("headcount").asInt()).isEqualTo(1);
        assertThat(n.get("title").asString()).startsWith("Bồi dưỡng");
        assertThat(n.get("rationale").asString()).contains("Khoảng cách năng lực");
        assertThat(n.get("estimatedCost").asLong()).isZero();
        // the same rights as any need, and the same scope as the gap itself
        assertThat(api().as("tp.tccb").postJson("/api/v1/needs/from-gap", Map.of("staffId", gap[0], "competencyId",
                gap[1])).status()).isEqualTo(404);
        assertThat(api().as("giamdoc").postJson("/api/v1/needs/from-gap", Map.of("staffId", gap[0], "competencyId",
                gap[1])).status()).isEqualTo(403);
        assertThat(api().as("nhanvien").postJson("/api/v1/needs/from-gap", Map.of()).status()).isEqualTo(403);
        var missing = api().as("tp.cchc").postJson("/api/v1/needs/from-gap", Map.of("staffId", gap[0]));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(fields(missing)).containsExactly("competencyId");
        long[] met = gapIn(cchc(), true);
        assertThat(api().as("tp.cchc").postJson("/api/v1/needs/from-gap", Map.of("staffId", met[0], "competencyId",
                met[1])).status()).isEqualTo(400);
    }

    @Test
    void needIsCreatedFromAFindingOfTheOrganisationalAnalysis() {
        JsonNode findings = api().as("chuyenvien").get("/api/v1/competency-findings").json();
        assertThat(findings.size()).isPositive();
        JsonNode f = findings.get(0);
        var r = api().as("chuyenvien").postJson("/api/v1/needs/from-finding", Map.of("staffId",
                f.get("staffId").asLong(), "ruleId", f.get("ruleId").asLong()));
        assertThat(r.status()).isEqualTo(201);
        assertThat(r.json().get("title").asString()).isEqualTo(f.get("suggestedTitle").asString());
        assertThat(r.json().get("category").asString()).isEqualTo(f.get("suggestedCategory").asString());
        assertThat(r.json().get("unitId").asLong()).isEqualTo(f.get("unitId").asLong());
        assertThat(r.json().get("rationale").asString()).contains(f.get("ruleCode").asString());
    }

    @Test
    void theNeedsAndNotificationsApiIsDocumented() {
        var docs = api().as("chuyenvien").get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body()).contains("/api/v1/needs/{id}/submit", "/api/v1/needs/{id}/return",
                "/api/v1/needs/summary.xlsx", "/api/v1/needs/collections", "/api/v1/notifications");
        var notices = api().as("tp.cchc").get("/api/v1/notifications?page=0&size=5");
        assertThat(notices.status()).isEqualTo(200);
        assertThat(notices.json().has("items")).isTrue();
        assertThat(notices.json().get("size").asInt()).isEqualTo(5);
        assertThat(notices.json().has("totalItems")).isTrue();
        assertThat(api().as("tp.cchc").get("/api/v1/notifications?size=1000").status()).isEqualTo(400);
    }

    @Test
    void noCredentialsIs401() {
        assertThat(new Api(baseUrl()).get("/api/v1/needs").status()).isEqualTo(401);
    }
}
