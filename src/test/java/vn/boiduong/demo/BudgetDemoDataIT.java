package vn.boiduong.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.boiduong.fixtures.DeliveryAgency;
import vn.boiduong.identity.AccountSetup;
import vn.boiduong.organization.OrganizationSetup;
import vn.boiduong.support.Api;
import vn.boiduong.support.HttpTest;

/** B5's money in the demo: institutions, last year's allocation, its announcement and spending within it. */
class BudgetDemoDataIT extends HttpTest {

    @Autowired
    OrganizationSetup org;
    @Autowired
    AccountSetup accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    BudgetDemoData step;

    @Test
    void lastYearsPlanIsAllocatedAnnouncedAndSpentWithinItsAllocation() {
        DeliveryAgency a = DeliveryAgency.create(org, accounts, "BDD");
        Api api = new Api(baseUrl());
        List<Long> ids = a.approvedPlan(api, 2025, List.of(
                DeliveryAgency.hostedItem("Kỹ năng số", 2025, 4, 20, 10_000_000),
                DeliveryAgency.hostedItem("Soạn thảo văn bản", 2025, 6, 15, 5_000_000)));
        long ran = ids.get(0);
        assertThat(api.as(a.chief).postJson("/api/v1/classes/" + ran + "/open", Map.of()).status()).isEqualTo(200);
        assertThat(api.as(a.chief).postJson("/api/v1/classes/" + ran + "/enrollments",
                Map.of("staffIds", List.of(a.peopleA.get(0)))).status()).isEqualTo(201);
        assertThat(api.as(a.chief).postJson("/api/v1/classes/" + ran + "/start", Map.of()).status()).isEqualTo(200);

        step.seed(a.agencyId, 2025, 2026);
        step.seed(a.agencyId, 2025, 2026);

        assertThat(jdbc.queryForObject("select count(*) from training_institution where agency_id = ?", Long.class,
                a.agencyId)).isEqualTo(3);
        // the fixture's classes name "Trường Chính trị tỉnh", one of the demo's institutions
        assertThat(jdbc.queryForObject("select count(*) from class_institution where class_id in (?, ?)", Long.class,
                ids.get(0), ids.get(1))).isEqualTo(2);
        long plan = api.as(a.chief).get("/api/v1/classes/" + ran).json().get("info").get("planId").asLong();
        var allocation = api.as(a.director).get("/api/v1/plans/" + plan + "/allocation");
        assertThat(allocation.status()).isEqualTo(200);
        assertThat(allocation.json().get("saved").asBoolean()).isTrue();
        assertThat(allocation.json().get("allocatedTotal").asLong()).isEqualTo(15_000_000);
        assertThat(allocation.json().get("announcement").get("number").asString()).isEqualTo("05/TB-" + a.code);
        long spent = allocation.json().get("spentTotal").asLong();
        assertThat(spent).isPositive().isLessThanOrEqualTo(10_000_000);
        var classBudget = api.as(a.chief).get("/api/v1/classes/" + ran + "/spending").json();
        assertThat(classBudget.get("entries").size()).isEqualTo(5);
        assertThat(classBudget.get("remaining").asLong()).isEqualTo(10_000_000 - spent);
        assertThat(api.as(a.chief).get("/api/v1/plans/" + plan + "/announcement.pdf").status()).isEqualTo(200);
    }
}
