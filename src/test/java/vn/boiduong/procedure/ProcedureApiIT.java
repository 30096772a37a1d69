package vn.boiduong.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.boiduong.support.HttpTest;

/** GET /api/v1/procedure and /api/v1/procedure/due-dates. */
class ProcedureApiIT extends HttpTest {

    @Test
    void everySignedInCallerReadsTheDocumentStepsRevisionsAndOffsets() {
        for (String user : ProcedurePagesIT.EVERY_ROLE) {
            var r = api().as(user).get("/api/v1/procedure");
            assertThat(r.status()).as(user).isEqualTo(200);
            JsonNode j = r.json();
            JsonNode d = j.get("document");
            assertThat(d.get("code").asString()).isEqualTo("QT.VP.05");
            assertThat(d.get("title").asString()).isEqualTo(
                    "Quy trình thực hiện đào tạo, bồi dưỡng cán bộ, công chức, viên chức và người lao động");
            assertThat(d.get("issueNumber").asString()).isEqualTo("01");
            assertThat(d.get("issueDate").asString()).isEqualTo("2021-06-29");
            assertThat(d.get("issuingDecision").asString()).isEqualTo("Quyết định số 3334/QĐ-SNV ngày 29/6/2021");
            assertThat(d.get("draftedBy").get("name").asString()).isEqualTo("Nguyễn Đức Trung");
            assertThat(d.get("reviewedBy").get("title").asString()).isEqualTo("Chánh Văn phòng");
            assertThat(d.get("approvedBy").get("name").asString()).isEqualTo("Vũ Mạnh Hùng");
            assertThat(j.get("offsets").get("registerOffsetDays").asInt()).isEqualTo(3);
            assertThat(j.get("offsets").get("approveOffsetDays").asInt()).isEqualTo(1);
            assertThat(j.get("revisions").get(0).get("request").asString()).isEqualTo("Ban hành lần đầu");
            assertThat(j.get("records").get(0).get("retention").asString()).isEqualTo("Lâu dài");
        }
        JsonNode steps = api().as("nhanvien").get("/api/v1/procedure").json().get("steps");
        assertThat(steps.size()).isEqualTo(7);
        assertThat(steps.findValuesAsString("code")).containsExactly("B1", "B2", "B3", "B4", "B5", "B6", "B7");
        assertThat(steps.findValuesAsString("actingRole")).containsExactly("UNIT_HEAD", "OFFICE_SPECIALIST",
                "OFFICE_CHIEF", "DIRECTOR", "OFFICE_SPECIALIST", "OFFICE_CHIEF", "OFFICE_SPECIALIST");
        assertThat(steps.get(2).get("deadline").asString()).isEqualTo("Trước 3 ngày");
        assertThat(steps.get(3).get("deadline").asString()).isEqualTo("Trước 1 ngày");
        assertThat(steps.get(4).get("deadline").asString()).isEqualTo("Theo kế hoạch");
        assertThat(steps.get(0).get("deadline").isNull()).isTrue();
        assertThat(steps.get(5).get("output").asString()).isEqualTo("Báo cáo");
        assertThat(steps.get(6).get("section").asString()).isEqualTo("5.2.7");
        assertThat(steps.get(0).get("responsibleLabel").asString()).isEqualTo("Trưởng các phòng, đơn vị thuộc Sở");
    }

    @Test
    void dueDatesAreDerivedFromTheProvincesRegistrationDueDate() {
        var r = api().as("chanhvp").get("/api/v1/procedure/due-dates?registrationDueDate=2027-01-20");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("registerBy").asString()).isEqualTo("2027-01-17");
        assertThat(r.json().get("approveBy").asString()).isEqualTo("2027-01-19");
        assertThat(r.json().get("registrationDueDate").asString()).isEqualTo("2027-01-20");
        var newYear = api().as("nhanvien").get("/api/v1/procedure/due-dates?registrationDueDate=2027-01-02").json();
        assertThat(newYear.get("registerBy").asString()).isEqualTo("2026-12-30");
    }

    @Test
    void badOrMissingDueDateIs400ProblemDetails() {
        for (String q : new String[] {"", "?registrationDueDate=20/01/2027", "?registrationDueDate=2027-02-30",
                "?registrationDueDate=abc"}) {
            var r = api().as("chanhvp").get("/api/v1/procedure/due-dates" + q);
            assertThat(r.status()).as(q).isEqualTo(400);
            assertThat(r.header("Content-Type")).as(q).startsWith("application/problem+json");
            assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo("registrationDueDate");
        }
        assertThat(api().as("chanhvp").get("/api/v1/procedure/progress?year=1800").status()).isEqualTo(400);
    }

    @Test
    void withoutCredentialsTheApiIs401() {
        assertThat(api().get("/api/v1/procedure").status()).isEqualTo(401);
        assertThat(api().get("/api/v1/procedure/due-dates?registrationDueDate=2027-01-20").status()).isEqualTo(401);
        assertThat(api().get("/procedure").status()).isEqualTo(302);
    }
}
