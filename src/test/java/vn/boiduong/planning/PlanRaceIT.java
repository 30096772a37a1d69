package vn.boiduong.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.boiduong.support.HttpTest;

/** Two approvals of one plan at the same moment: one wins, the other is 409, and no class is made twice. */
class PlanRaceIT extends HttpTest {

    @Test
    void twoSimultaneousApprovalsMakeOneSetOfClasses() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 4; round++) {
                long id = Plans.submitted(api().as("chanhvp"), 2051 + round);
                CyclicBarrier start = new CyclicBarrier(2);
                List<Future<Integer>> answers = new ArrayList<>();
                for (int t = 0; t < 2; t++) {
                    String number = (round * 10 + t + 1) + "/QĐ-SNV";
                    answers.add(pool.submit(() -> {
                        var director = api().as("giamdoc");
                        start.await(10, TimeUnit.SECONDS);
                        return director.postJson("/api/v1/plans/" + id + "/approve",
                                Map.of("decisionNumber", number, "decisionDate", "2050-01-18")).status();
                    }));
                }
                List<Integer> statuses = new ArrayList<>();
                for (Future<Integer> f : answers) {
                    statuses.add(f.get(60, TimeUnit.SECONDS));
                }
                assertThat(statuses).as("round " + round).containsExactlyInAnyOrder(200, 409);
                var classes = api().as("chanhvp").get("/api/v1/classes?planId=" + id).json();
                assertThat(classes.get("totalItems").asInt()).as("round " + round).isEqualTo(2);
                assertThat(classes.get("items").findValues("planItemId").stream().map(n -> n.asLong()).toList()).doesNotHaveDuplicates();
                var plan = api().as("chanhvp").get("/api/v1/plans/" + id).json();
                assertThat(plan.get("status").asString()).isEqualTo("APPROVED");
                var approvals = api().as("giamdoc").get("/api/v1/audit?type=plan&id=" + id + "&size=50").json()
                        .get("items").findValuesAsString("action").stream().filter("APPROVE"::equals).count();
                assertThat(approvals).as("one approval in the trail").isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
