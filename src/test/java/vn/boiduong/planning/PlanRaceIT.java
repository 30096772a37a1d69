package vn.boiduong.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.boiduong.common.Actor;
import vn.boiduong.common.Role;
import vn.boiduong.common.TrainingCategory;
import vn.boiduong.support.Api;
import vn.boiduong.support.External;
import vn.boiduong.support.HttpTest;

/**
 * Writes to one plan at the same moment: of two that read the same state, one commits and the other
 * is 409. Two approvals of one plan make one set of classes; an item change and a submit cannot
 * both commit; two plans cannot take the same decision number. Where the race must really overlap, one
 * side runs in a transaction the test holds open (flushed, not committed) while the other comes over
 * HTTP, so the interleaving is the one that used to let both commit, not a matter of luck.
 */
class PlanRaceIT extends HttpTest {

    @Autowired
    private PlanService planService;
    @Autowired
    private PlatformTransactionManager transactions;
    @Autowired
    private JdbcTemplate jdbc;

    private final ExecutorService pool = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    @Test
    void twoSimultaneousApprovalsMakeOneSetOfClasses() throws Exception {
        {
            for (int round = 0; round < 4; round++) {
                // years no other test's plan uses
                long id = Plans.submitted(api().as("chanhvp"), new int[] {2006, 2017, 2018, 2021}[round]);
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
        }
    }

    /**
     * The submit has flushed but not committed when the specialist changes an item: the edit reads a
     * draft and writes the item. An item is an entity of its own, so before item edits raised the
     * plan's version both committed, leaving a submitted plan that differs from what the chief
     * submitted. Now the edit loses. (Adding or removing an item changes the plan's own collection,
     * which Hibernate already counted as a change of the plan; changing one did not.)
     */
    @Test
    void anItemChangedWhileTheSubmitCommitsIsRefused() throws Exception {
        Api chief = api().as("chanhvp");
        long id = Plans.open(chief, 2014).get("id").asLong();
        long itemId = Plans.addItem(chief, id, firstItem());
        CountDownLatch submitFlushed = new CountDownLatch(1);
        Future<Api.Response> edit = pool.submit(() -> {
            Api specialist = api().as("chuyenvien");
            submitFlushed.await(10, TimeUnit.SECONDS);
            return specialist.putJson("/api/v1/plans/" + id + "/items/" + itemId, Plans.inYear(changedItem(), 2014));
        });
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            planService.submit(actor(chief), id);
            submitFlushed.countDown();
            holdUntilAnsweredOrBlocked(edit);
        });

        var answer = edit.get(60, TimeUnit.SECONDS);
        assertThat(answer.status()).as(answer.body()).isEqualTo(409);
        assertVietnamese(answer.json().get("detail").asString());
        var plan = chief.get("/api/v1/plans/" + id).json();
        assertThat(plan.get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(plan.get("items").findValuesAsString("title")).as("the plan as the chief submitted it")
                .containsExactly(FIRST_TITLE);
    }

    /**
     * The item change has flushed but not committed when the chief submits: the submit reads the plan
     * as it was. Exactly one of them commits: the plan is either submitted as it was, or still a draft
     * with the change, never a submitted plan changed after its submission.
     */
    @Test
    void aSubmitWhileAnItemChangeCommitsLetsOnlyOneOfThemCommit() throws Exception {
        Api chief = api().as("chanhvp");
        Api specialist = api().as("chuyenvien");
        long id = Plans.open(chief, 2013).get("id").asLong();
        long itemId = Plans.addItem(chief, id, firstItem());
        CountDownLatch editFlushed = new CountDownLatch(1);
        Future<Api.Response> submit = pool.submit(() -> {
            editFlushed.await(10, TimeUnit.SECONDS);
            return chief.postJson("/api/v1/plans/" + id + "/submit", Map.of());
        });
        RuntimeException editRefused = null;
        try {
            new TransactionTemplate(transactions).executeWithoutResult(tx -> {
                planService.updateItem(actor(specialist), id, itemId, changedItemData());
                editFlushed.countDown();
                holdUntilAnsweredOrBlocked(submit);
            });
        } catch (ConcurrencyFailureException e) {
            editRefused = e; // what the API answers 409 (ErrorHandling.staleWrite)
        }

        var submitted = submit.get(60, TimeUnit.SECONDS);
        var plan = chief.get("/api/v1/plans/" + id).json();
        if (submitted.status() == 200) {
            assertThat(editRefused).as("the change must not commit after the submit").isNotNull();
            assertThat(plan.get("status").asString()).isEqualTo("SUBMITTED");
            assertThat(plan.get("items").findValuesAsString("title")).containsExactly(FIRST_TITLE);
        } else {
            // a database that makes the submit wait for the change's row: the change commits first
            assertThat(submitted.status()).as(submitted.body()).isEqualTo(409);
            assertVietnamese(submitted.json().get("detail").asString());
            assertThat(editRefused).as("the change committed first").isNull();
            assertThat(plan.get("status").asString()).isEqualTo("DRAFT");
            assertThat(plan.get("items").findValuesAsString("title")).containsExactly(CHANGED_TITLE);
        }
    }

    /**
     * Two plans of the agency approved at the same moment with the same number: each approval's check
     * finds the number free (the other is not committed yet), so only the database can refuse the
     * second, and it answers as the check would.
     */
    @Test
    void theDatabaseRefusesADecisionNumberTakenByAConcurrentApproval() throws Exception {
        long first = Plans.submitted(api().as("chanhvp"), 2012);
        long second = Plans.submitted(api().as("chanhvp"), 2011);
        Api director = api().as("giamdoc");
        CountDownLatch firstFlushed = new CountDownLatch(1);
        Future<Api.Response> other = pool.submit(() -> {
            firstFlushed.await(10, TimeUnit.SECONDS);
            return director.postJson("/api/v1/plans/" + second + "/approve",
                    Map.of("decisionNumber", "5", "decisionDate", "2012-02-10"));
        });
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            planService.approve(actor(director), first, "05/QĐ-SNV", LocalDate.of(2012, 1, 10));
            firstFlushed.countDown();
            holdUntilAnsweredOrBlocked(other);
        });

        var answer = other.get(60, TimeUnit.SECONDS);
        assertThat(answer.status()).as(answer.body()).isEqualTo(409);
        assertThat(answer.json().get("detail").asString()).contains("05/QĐ-SNV", "không được trùng trong năm");
        assertThat(director.get("/api/v1/plans/" + first).json().get("decisionNumber").asString())
                .isEqualTo("05/QĐ-SNV");
        assertThat(director.get("/api/v1/plans/" + second).json().get("status").asString()).isEqualTo("SUBMITTED");
    }

    private static final String FIRST_TITLE = "Tin học văn phòng nâng cao";
    private static final String CHANGED_TITLE = "Kỹ năng soạn thảo văn bản";

    private static Map<String, Object> firstItem() {
        return Plans.item(FIRST_TITLE, "DIGITAL", null, 25, 30_000_000L);
    }

    private static Map<String, Object> changedItem() {
        return Plans.item(CHANGED_TITLE, "JOB_POSITION", null, 20, 15_000_000L);
    }

    /** In the plan's year (2013): an item falls within its plan's year or the next. */
    private static PlanItemData changedItemData() {
        return new PlanItemData(CHANGED_TITLE, TrainingCategory.JOB_POSITION, null, ItemKind.HOSTED,
                "Công chức các phòng", 20, LocalDate.of(2013, 3, 2), LocalDate.of(2013, 3, 6), null, null, null,
                Budget.totalOnly(15_000_000L), FundingSource.LOCAL, List.of());
    }

    /** The actor behind an account, as the web layer would build it, for a call in the test's own transaction. */
    private static Actor actor(Api account) {
        var me = account.get("/api/v1/me").json();
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        me.get("roles").forEach(r -> roles.add(Role.valueOf(r.asString())));
        Long unitId = me.get("unitId").isNull() ? null : me.get("unitId").asLong();
        return new Actor(null, me.get("username").asString(), me.get("fullName").asString(), roles, unitId,
                me.get("agencyId").asLong());
    }

    /**
     * Keeps the held transaction open until the HTTP side has answered or waits on a lock this
     * transaction holds (the plan's row, or the audit trail's head its audit line took: then committing
     * is what lets it go on). Committing as soon as it waits, not
     * after a fixed time, keeps H2 from giving up on its lock wait first.
     */
    private void holdUntilAnsweredOrBlocked(Future<?> other) {
        String waiting = "postgres".equals(External.database())
                // (or on the audit trail's head, which the held transaction's audit line holds: the other
                // side's audit line may ask for it before its own update of the plan is flushed)
                ? "select count(*) from pg_stat_activity where wait_event_type = 'Lock' and (query like '%training_plan%'"
                        + " or query like '%plan_item%' or query like '%audit_chain_head%')"
                // H2 names no blocker when it waits on a key another transaction has not committed, and it
                // also makes an item's insert wait on the plan's row (its foreign key)
                : "select count(*) from information_schema.sessions where executing_statement like 'update training_plan%'"
                        + " or executing_statement like 'insert into plan_item%'";
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20))
                .until(() -> other.isDone() || jdbc.queryForObject(waiting, Integer.class) > 0);
    }

    private static void assertVietnamese(String detail) {
        assertThat(detail).isNotBlank().containsPattern("[ăâđêôơưĂÂĐÊÔƠƯàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ]");
    }
}
