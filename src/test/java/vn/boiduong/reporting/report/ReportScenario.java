package vn.boiduong.reporting.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.boiduong.fixtures.DeliveryAgency;
import vn.boiduong.identity.AccountSetup;
import vn.boiduong.organization.OrganizationSetup;
import vn.boiduong.support.Api;

/**
 * A fresh agency whose plan of {@code year} has two classes: the first held (A0, A1 of unit A and B0
 * of unit B enrolled; A0 and B0 completed, A1 not), with 10.000.000 đ allocated (6 to A, 4 to B) and
 * 1.500.000 đ spent for unit A; the second planned, with 5.000.000 đ allocated to unit A.
 */
final class ReportScenario {

    final DeliveryAgency a;
    final List<Long> classIds;
    final int year;

    private ReportScenario(DeliveryAgency a, List<Long> classIds, int year) {
        this.a = a;
        this.classIds = classIds;
        this.year = year;
    }

    static ReportScenario create(String base, OrganizationSetup org, AccountSetup accounts, String prefix, int year) {
        DeliveryAgency a = DeliveryAgency.create(org, accounts, prefix);
        List<Long> ids = a.approvedPlan(base, year, List.of(
                DeliveryAgency.hostedItem("Kỹ năng số " + prefix, year, 3, 10, 10_000_000),
                DeliveryAgency.hostedItem("Cải cách hành chính " + prefix, year, 9, 10, 5_000_000)));
        Api chief = new Api(base).as(a.chief);
        long c = ids.get(0);
        ok(chief.postJson("/api/v1/classes/" + c + "/open", Map.of()));
        var enrolled = chief.postJson("/api/v1/classes/" + c + "/enrollments", Map.of("staffIds",
                List.of(a.peopleA.get(0), a.peopleA.get(1), a.peopleB.get(0))));
        assertThat(enrolled.status()).as(enrolled.body()).isIn(200, 201);
        ok(chief.postJson("/api/v1/classes/" + c + "/start", Map.of()));
        ok(chief.postJson("/api/v1/classes/" + c + "/finish", Map.of()));
        ok(chief.postJson("/api/v1/classes/" + c + "/results", List.of(
                Map.of("staffId", a.peopleA.get(0), "outcome", "COMPLETED", "score", 8),
                Map.of("staffId", a.peopleA.get(1), "outcome", "NOT_COMPLETED", "score", 3),
                Map.of("staffId", a.peopleB.get(0), "outcome", "COMPLETED", "score", 7))));
        long plan = chief.get("/api/v1/classes/" + c).json().get("info").get("planId").asLong();
        ok(chief.putJson("/api/v1/plans/" + plan + "/allocation", Map.of("lines", List.of(line(c, a.unitA, 6_000_000),
                line(c, a.unitB, 4_000_000), line(ids.get(1), a.unitA, 5_000_000)))));
        var spent = chief.postJson("/api/v1/classes/" + c + "/spending", Map.of("line", "MATERIALS", "amount", 1_500_000,
                "date", LocalDate.now().toString(), "voucher", "PC-01", "note", "In tài liệu", "unitId", a.unitA));
        assertThat(spent.status()).as(spent.body()).isEqualTo(201);
        return new ReportScenario(a, ids, year);
    }

    private static Map<String, Object> line(long classId, Long unitId, long amount) {
        Map<String, Object> m = new HashMap<>();
        m.put("classId", classId);
        m.put("unitId", unitId);
        m.put("amount", amount);
        return m;
    }

    static Api.Response ok(Api.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r;
    }

    static Map<String, Object> narrative(String suffix) {
        return Map.of("generalAssessment", "Năm qua Văn phòng đã triển khai đầy đủ kế hoạch " + suffix,
                "achievements", "Các lớp được tổ chức đúng thời gian, chất lượng tốt",
                "shortcomings", "Một số học viên chưa hoàn thành do bận công tác",
                "proposals", "Đề nghị bố trí thêm kinh phí cho năm sau");
    }
}
