package vn.boiduong.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.boiduong.support.Api;
import vn.boiduong.support.HttpTest;

class StaffApiIT extends HttpTest {

    private long unitId(String code) {
        for (JsonNode u : api().as("admin").get("/api/v1/units").json()) {
            if (u.get("code").asString().equals(code)) {
                return u.get("id").asLong();
            }
        }
        throw new AssertionError("no unit " + code);
    }

    private static Map<String, Object> data(long unitId, String name, String category) {
        Map<String, Object> d = new java.util.HashMap<>();
        d.put("unitId", unitId);
        d.put("fullName", name);
        d.put("category", category);
        d.put("gender", "FEMALE");
        d.put("birthDate", "1990-03-15");
        d.put("gradeCode", "CIVIL_SERVANT".equals(category) ? "01.003" : null);
        d.put("professionalTitle", "PUBLIC_EMPLOYEE".equals(category) ? "Lưu trữ viên" : null);
        return d;
    }

    @Test
    void unitsListsTheCallersAgency() {
        var r = api().as("nhanvien").get("/api/v1/units");
        assertThat(r.status()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        r.json().forEach(u -> names.add(u.get("name").asString()));
        assertThat(names).contains("Văn phòng", "Phòng Cải cách hành chính",
                "Phòng Tổ chức, biên chế và Tổ chức phi chính phủ");
        assertThat(r.json().get(0).has("id")).isTrue();
        assertThat(r.json().get(0).has("code")).isTrue();
    }

    @Test
    void officeSeesTheWholeAgencyPaged() {
        var r = api().as("chuyenvien").get("/api/v1/staff?page=0&size=10");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("items").size()).isEqualTo(10);
        assertThat(r.json().get("page").asInt()).isZero();
        assertThat(r.json().get("size").asInt()).isEqualTo(10);
        assertThat(r.json().get("totalItems").asLong()).isGreaterThanOrEqualTo(60);
        assertThat(api().as("giamdoc").get("/api/v1/staff").status()).isEqualTo(200);
        assertThat(api().as("chanhvp").get("/api/v1/staff").status()).isEqualTo(200);
    }

    @Test
    void searchIgnoresDiacriticsAndCase() {
        var r = api().as("chuyenvien").get("/api/v1/staff?q=LE%20QUANG%20vinh");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("items").get(0).get("fullName").asString()).isEqualTo("Lê Quang Vinh");
        var accented = api().as("chuyenvien").get("/api/v1/staff?q=" + java.net.URLEncoder.encode("Đỗ Ánh",
                java.nio.charset.StandardCharsets.UTF_8));
        assertThat(accented.json().get("items").toString()).contains("Đỗ Ánh Sáng");
    }

    @Test
    void namesSortByGivenNameTheVietnameseWay() {
        // a Dũng and a Đạt of the test's own, whatever names the demo data drew
        long unit = unitId("CCVC");
        for (String name : new String[] {"Âu Văn Đạt", "Âu Văn Dũng"}) {
            var created = api().as("chuyenvien").postJson("/api/v1/staff",
                    Map.of("code", "S" + System.nanoTime() % 1_000_000, "data", data(unit, name, "CIVIL_SERVANT")));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
        }
        var r = api().as("chuyenvien").get("/api/v1/staff?size=200&sort=fullName,asc");
        List<String> names = new ArrayList<>();
        r.json().get("items").forEach(s -> names.add(s.get("fullName").asString()));
        assertThat(names).as("the agency's staff").hasSizeGreaterThan(2);
        List<String> expected = new ArrayList<>(names);
        expected.sort(VietnameseNames::compare);
        assertThat(names).isEqualTo(expected);
        // given names: "An…" before "Ánh…" before "Bình…", and "Đ" after "D"
        int dung = indexOfGiven(names, "Dũng");
        int dat = indexOfGiven(names, "Đạt");
        assertThat(dung).as("a Dũng in the list").isNotNegative();
        assertThat(dat).as("a Đạt in the list").isNotNegative();
        assertThat(dung).isLessThan(dat);
        var desc = api().as("chuyenvien").get("/api/v1/staff?size=200&sort=fullName,desc");
        assertThat(desc.json().get("items").get(0).get("fullName").asString()).isEqualTo(names.get(names.size() - 1));
    }

    private static int indexOfGiven(List<String> names, String given) {
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).endsWith(" " + given)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void unitHeadSeesOnlyOwnUnitAndAnotherUnitIs404() {
        long own = unitId("CCHC");
        long other = unitId("TCBC");
        var mine = api().as("tp.cchc").get("/api/v1/staff?size=200");
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.json().get("items").size()).as("the unit's staff").isPositive();
        mine.json().get("items").forEach(s -> assertThat(s.get("unitId").asLong()).isEqualTo(own));
        assertThat(api().as("tp.cchc").get("/api/v1/staff?unitId=" + other).status()).isEqualTo(404);
        long foreignStaff = api().as("tp.tccb").get("/api/v1/staff?size=1").json().get("items").get(0).get("id")
                .asLong();
        assertThat(api().as("tp.cchc").get("/api/v1/staff/" + foreignStaff).status()).isEqualTo(404);
        assertThat(api().as("tp.tccb").get("/api/v1/staff/" + foreignStaff).status()).isEqualTo(200);
    }

    @Test
    void staffMemberMayNotListStaff() {
        var r = api().as("nhanvien").get("/api/v1/staff");
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void specialistCreatesEditsAndDeactivatesWithAudit() {
        long unit = unitId("CCVC");
        String code = "T" + System.nanoTime() % 1_000_000;
        var created = api().as("chuyenvien").postJson("/api/v1/staff",
                Map.of("code", code, "data", data(unit, "Hoàng Thị Thử", "CIVIL_SERVANT")));
        assertThat(created.status()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(created.json().get("fullName").asString()).isEqualTo("Hoàng Thị Thử");

        Map<String, Object> changed = data(unit, "Hoàng Thị Thử Nghiệm", "CIVIL_SERVANT");
        var updated = api().as("chuyenvien").putJson("/api/v1/staff/" + id,
                Map.of("version", created.json().get("version").asLong(), "data", changed));
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().get("fullName").asString()).isEqualTo("Hoàng Thị Thử Nghiệm");

        var stale = api().as("chuyenvien").putJson("/api/v1/staff/" + id,
                Map.of("version", created.json().get("version").asLong(), "data", changed));
        assertThat(stale.status()).isEqualTo(409);

        assertThat(api().as("chuyenvien").postJson("/api/v1/staff/" + id + "/deactivate", "{}").status())
                .isEqualTo(204);
        assertThat(api().as("chuyenvien").postJson("/api/v1/staff/" + id + "/deactivate", "{}").status())
                .isEqualTo(409);
        assertThat(api().as("chuyenvien").get("/api/v1/staff?q=thu%20nghiem").json().get("totalItems").asLong())
                .isZero();

        var trail = api().as("chanhvp").get("/api/v1/audit?type=staff&id=" + id);
        assertThat(trail.status()).isEqualTo(200);
        List<String> actions = new ArrayList<>();
        trail.json().get("items").forEach(a -> actions.add(a.get("action").asString()));
        assertThat(actions).containsExactly("DEACTIVATE", "UPDATE", "CREATE");
        JsonNode update = trail.json().get("items").get(1);
        assertThat(update.get("actor").asString()).isEqualTo("chuyenvien");
        assertThat(update.get("detail").asString()).contains("Hoàng Thị Thử Nghiệm");
        assertThat(update.has("at")).isTrue();
    }

    @Test
    void unitHeadAndDirectorCannotWriteStaff() {
        long unit = unitId("CCHC");
        var body = Map.of("code", "X1", "data", data(unit, "Ngô Văn Cấm", "WORKER"));
        assertThat(api().as("tp.cchc").postJson("/api/v1/staff", body).status()).isEqualTo(403);
        assertThat(api().as("giamdoc").postJson("/api/v1/staff", body).status()).isEqualTo(403);
        assertThat(api().as("nhanvien").postJson("/api/v1/staff", body).status()).isEqualTo(403);
    }

    @Test
    void badInputIs400WithVietnameseFieldErrors() {
        long unit = unitId("CCHC");
        Map<String, Object> d = data(unit, "", "CIVIL_SERVANT");
        d.put("birthDate", "2099-01-01");
        d.put("gradeCode", "99.999");
        var r = api().as("chuyenvien").postJson("/api/v1/staff", Map.of("code", "B1", "data", d));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        String errors = r.json().get("errors").toString();
        assertThat(errors).contains("fullName").contains("Họ và tên là bắt buộc");
        assertThat(errors).contains("birthDate").contains("gradeCode");

        assertThat(api().as("chuyenvien").postJson("/api/v1/staff", "{not json").status()).isEqualTo(400);
        Map<String, Object> badEnum = data(unit, "Lý Văn Sai", "ALIEN");
        var e = api().as("chuyenvien").postJson("/api/v1/staff", Map.of("code", "B2", "data", badEnum));
        assertThat(e.status()).isEqualTo(400);
        assertThat(e.json().get("detail").asString()).contains("không");
        Map<String, Object> longName = data(unit, "A".repeat(151), "WORKER");
        assertThat(api().as("chuyenvien").postJson("/api/v1/staff", Map.of("code", "B3", "data", longName))
                .status()).isEqualTo(400);
        assertThat(api().as("chuyenvien").get("/api/v1/staff?size=1000").status()).isEqualTo(400);
        assertThat(api().as("chuyenvien").get("/api/v1/staff?sort=passwordHash,asc").status()).isEqualTo(400);
        assertThat(api().as("chuyenvien").get("/api/v1/staff?unitId=abc").status()).isEqualTo(400);
        assertThat(api().as("chuyenvien").get("/api/v1/staff/999999").status()).isEqualTo(404);
    }

    @Test
    void civilServantWithoutGradeIsRefused() {
        Map<String, Object> d = data(unitId("CCHC"), "Trịnh Văn Thiếu", "CIVIL_SERVANT");
        d.put("gradeCode", null);
        var r = api().as("chuyenvien").postJson("/api/v1/staff", Map.of("code", "G" + System.nanoTime() % 100000,
                "data", d));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo("gradeCode");
    }

    @Test
    void auditIsForChiefDirectorAndAdminOnly() {
        assertThat(api().as("chanhvp").get("/api/v1/audit").status()).isEqualTo(200);
        assertThat(api().as("giamdoc").get("/api/v1/audit").status()).isEqualTo(200);
        assertThat(api().as("admin").get("/api/v1/audit?type=user").json().get("totalItems").asLong())
                .isGreaterThanOrEqualTo(7);
        assertThat(api().as("chuyenvien").get("/api/v1/audit").status()).isEqualTo(403);
        assertThat(api().as("tp.cchc").get("/api/v1/audit").status()).isEqualTo(403);
        assertThat(api().as("admin").get("/api/v1/audit?type=bogus").status()).isEqualTo(400);
    }

    @Test
    void openApiDescribesTheContract() {
        var r = api().as("admin").get("/v3/api-docs");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).contains("/api/v1/staff").contains("/api/v1/me").contains("/api/v1/units");
        assertThat(new Api(baseUrl()).signedIn("admin").get("/swagger-ui/index.html").status()).isEqualTo(200);
    }
}
