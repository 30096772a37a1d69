package vn.boiduong.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.boiduong.common.Actor;
import vn.boiduong.common.Verdict;
import vn.boiduong.identity.UserDirectory;
import vn.boiduong.support.Api;
import vn.boiduong.support.HttpTest;

/**
 * The plan policy and HTTP agree: every act × every role × a plan in each state is asked of
 * {@link PlanPolicy} and then done through the API; allowed ⇔ 2xx, refused ⇔ the status the verdict
 * names (with its reason for a 409), and the plan's pages show an act's button exactly when the
 * policy allows it, so the "submit" button is not offered on a plan without items.
 * <p>A plan is the agency's, not a unit's: "own or other unit" is walked as the two unit heads
 * (tp.cchc, tp.tccb), who read the same plan, each with only their unit's needs in it.
 */
class PlanPolicyIT extends HttpTest {

    static final List<String> USERS = List.of("admin", "giamdoc", "chanhvp", "chuyenvien", "tp.cchc", "tp.tccb",
            "nhanvien");
    /** The plans walked, one a year, in the states a plan goes through (the years no other test uses). */
    static final int EMPTY = 2052;
    static final int DRAFT = 2053;
    static final int SUBMITTED = 2054;
    static final int APPROVED = 2055;
    /** Years for the plans an allowed act changes, each taken once. */
    private static final Deque<Integer> freshYears = new ArrayDeque<>(List.of(2056, 2057, 2058, 2059, 2060, 2065, 2068,
            2069, 2070, 2074, 2075, 2088, 2089, 2090));

    @Autowired
    PlanPolicy policy;
    @Autowired
    PlanService plans;
    @Autowired
    UserDirectory directory;

    private final List<String> disagreements = new ArrayList<>();
    /** The plans walked by every test of the class (one a year, so made once). */
    private static final Map<String, Long> planOf = new HashMap<>();
    private static int decisionNumber = 800;
    private int walked;

    /** An act on one plan, asked of the policy as the service asks it, and the call that does it. */
    record PlanAct(String name, BiFunction<Actor, PlanView, Verdict> verdict, Call call) {
    }

    /** Does the act as the API's client; {@code allowed} is what the policy said, for acts that need a target. */
    interface Call {
        Api.Response apply(Api api, PlanView plan, boolean allowed);
    }

    @Test
    void everyActOnAPlanAnswersAsThePolicySays() {
        List<PlanAct> acts = List.of(
                new PlanAct("read", (a, p) -> policy.read(a, p), (api, p, allowed) -> api.get("/api/v1/plans/" + p.id())),
                new PlanAct("add an item", (a, p) -> policy.writeItems(a).and(() -> policy.read(a, p))
                        .and(() -> policy.editItems(a, p)),
                        (api, p, allowed) -> api.postJson("/api/v1/plans/" + p.id() + "/items",
                                Plans.inYear(item("Lớp thêm"), p.year()))),
                new PlanAct("change an item", (a, p) -> policy.writeItems(a).and(() -> policy.read(a, p))
                        .and(() -> policy.editItems(a, p)),
                        (api, p, allowed) -> api.putJson("/api/v1/plans/" + p.id() + "/items/" + firstItem(p),
                                Plans.inYear(item("Lớp sửa"), p.year()))),
                new PlanAct("remove an item", (a, p) -> policy.read(a, p).and(() -> policy.editItems(a, p)),
                        this::removeAnItem),
                new PlanAct("submit", (a, p) -> policy.read(a, p).and(() -> policy.submit(a, p)),
                        (api, p, allowed) -> api.postJson("/api/v1/plans/" + p.id() + "/submit", "{}")),
                new PlanAct("return", (a, p) -> policy.read(a, p).and(() -> policy.returnToOffice(a, p)),
                        (api, p, allowed) -> api.postJson("/api/v1/plans/" + p.id() + "/return",
                                Map.of("reason", "Bổ sung kinh phí chi tiết"))),
                new PlanAct("approve", (a, p) -> policy.read(a, p).and(() -> policy.approve(a, p)),
                        (api, p, allowed) -> api.postJson("/api/v1/plans/" + p.id() + "/approve", Map.of("decisionNumber",
                                String.valueOf(decisionNumber++), "decisionDate", p.year() + "-03-01"))),
                new PlanAct("download the decision", (a, p) -> policy.readDecision(a, p),
                        (api, p, allowed) -> api.get("/api/v1/plans/" + p.id() + "/decision.docx")));
        int cases = 0;
        for (PlanAct act : acts) {
            for (String state : List.of("EMPTY", "DRAFT", "SUBMITTED", "APPROVED")) {
                if (state.equals("EMPTY") && (act.name().equals("change an item")
                        || act.name().equals("remove an item"))) {
                    continue; // a plan without items has no item to change or remove
                }
                for (String user : USERS) {
                    Actor actor = actor(user);
                    PlanView shared = plan(state);
                    Verdict expected = act.verdict().apply(actor, shared);
                    // an allowed act that changes the plan's state is done on a plan of its own
                    PlanView target = expected.isAllowed() && changesState(act.name(), state) ? fresh(state) : shared;
                    agree(act.name() + " on the " + state + " plan by " + user, expected,
                            act.call().apply(api().as(user), target, expected.isAllowed()));
                    cases++;
                }
            }
        }
        assertThat(cases).as("cases walked").isEqualTo(USERS.size() * (8 * 4 - 2)).isEqualTo(walked);
        assertThat(disagreements).isEmpty();
    }

    @Test
    void theAgencysActsAnswerAsThePolicySays() {
        for (String user : USERS) {
            Actor actor = actor(user);
            Api api = api().as(user);
            agree("list the plans by " + user, policy.read(actor), api.get("/api/v1/plans"));
            Verdict create = policy.create(actor);
            int year = create.isAllowed() ? freshYears.pop() : EMPTY;
            agree("open a plan by " + user, create, api.postJson("/api/v1/plans",
                    Map.of("year", year, "registrationDueDate", year + "-01-20")));
            plan("APPROVED");
            agree("read form 2a by " + user, policy.readDocuments(actor),
                    api.get("/api/v1/reports/2a?year=" + APPROVED, "application/json"));
        }
        assertThat(walked).as("cases walked").isEqualTo(USERS.size() * 3);
        assertThat(disagreements).isEmpty();
    }

    @Test
    void thePlanPagesShowAnActsButtonExactlyWhenThePolicyAllowsIt() {
        for (String user : USERS) {
            Actor actor = actor(user);
            Api session = new Api(baseUrl()).signedIn(user);
            Api.Response list = session.get("/plans");
            agree("the plans page for " + user, policy.read(actor), list);
            if (list.status() == 200) {
                button("the plans page for " + user, "open a plan", policy.create(actor),
                        list.body().contains("id=\"plan-create\""));
            }
            for (String state : List.of("EMPTY", "DRAFT", "SUBMITTED", "APPROVED")) {
                PlanView p = plan(state);
                String what = "the " + state + " plan's page for " + user;
                Api.Response page = session.get("/plans/" + p.id());
                agree(what, policy.read(actor, p), page);
                if (page.status() == 200) {
                    String html = page.body();
                    button(what, "add an item", policy.editItems(actor, p), html.contains("id=\"item-add\""));
                    button(what, "submit", policy.submit(actor, p), html.contains("id=\"plan-submit\""));
                    button(what, "decide", policy.approve(actor, p), html.contains("id=\"plan-decide\""));
                    // the decision exists once the plan is approved; its links only where it may be downloaded
                    button(what, "download the decision", state.equals("APPROVED") ? policy.readDecision(actor, p)
                            : Verdict.wrongState("no decision yet"), html.contains("id=\"decision-docx\""));
                }
                agree("the new item page of the " + state + " plan for " + user,
                        policy.writeItems(actor).and(() -> policy.read(actor, p)),
                        session.get("/plans/" + p.id() + "/items/new"));
            }
        }
        assertThat(walked).as("pages walked").isEqualTo(USERS.size() * (1 + 4 * 2));
        assertThat(disagreements).isEmpty();
    }

    // ---- comparing ----

    private void agree(String what, Verdict expected, Api.Response r) {
        walked++;
        boolean agrees = expected.isAllowed() ? r.status() / 100 == 2 : r.status() == expected.status()
                && (expected.refusal() != Verdict.Refusal.WRONG_STATE || r.body().contains(expected.reason()));
        if (!agrees) {
            disagreements.add(what + ": the policy says " + expected + ", HTTP answered " + r.status() + " "
                    + r.body().substring(0, Math.min(200, r.body().length())));
        }
    }

    private void button(String what, String act, Verdict verdict, boolean shown) {
        if (verdict.isAllowed() != shown) {
            disagreements.add(what + ": the policy says " + act + " is " + verdict + ", the button is "
                    + (shown ? "shown" : "not shown"));
        }
    }

    /** Acts after which the plan is no longer in the state walked: they get a plan of their own. */
    private static boolean changesState(String act, String state) {
        return switch (act) {
            case "submit", "return", "approve" -> true;
            case "add an item" -> state.equals("EMPTY");
            default -> false;
        };
    }

    /** Removing leaves the plan as it was: an allowed remover removes an item added for it. */
    private Api.Response removeAnItem(Api api, PlanView p, boolean allowed) {
        long itemId = allowed ? Plans.addItem(api().as("chanhvp"), p.id(), item("Lớp bỏ")) : firstItem(p);
        return api.delete("/api/v1/plans/" + p.id() + "/items/" + itemId);
    }

    // ---- data, through the API as people make it ----

    private Actor actor(String user) {
        return directory.actorOf(user).orElseThrow(() -> new AssertionError("no demo user " + user));
    }

    private PlanView plan(String state) {
        Long id = planOf.get(state);
        if (id == null) {
            int year = switch (state) {
                case "EMPTY" -> EMPTY;
                case "DRAFT" -> DRAFT;
                case "SUBMITTED" -> SUBMITTED;
                default -> APPROVED;
            };
            id = make(state, year);
            planOf.put(state, id);
        }
        return plans.get(actor("chanhvp"), id);
    }

    private PlanView fresh(String state) {
        return plans.get(actor("chanhvp"), make(state, freshYears.pop()));
    }

    private long make(String state, int year) {
        Api chief = api().as("chanhvp");
        long id = Plans.open(chief, year).get("id").asLong();
        if (!state.equals("EMPTY")) {
            Plans.addItem(chief, id, item("Lớp kỹ năng số"));
        }
        if (state.equals("SUBMITTED") || state.equals("APPROVED")) {
            assertThat(chief.postJson("/api/v1/plans/" + id + "/submit", "{}").status()).isEqualTo(200);
        }
        if (state.equals("APPROVED")) {
            var r = api().as("giamdoc").postJson("/api/v1/plans/" + id + "/approve", Map.of("decisionNumber",
                    String.valueOf(decisionNumber++), "decisionDate", year + "-03-01"));
            assertThat(r.status()).as(r.body()).isEqualTo(200);
        }
        return id;
    }

    private static long firstItem(PlanView p) {
        return p.items().get(0).id();
    }

    private static Map<String, Object> item(String title) {
        return Plans.item(title, "DIGITAL", null, 3, 6_000_000L);
    }
}
