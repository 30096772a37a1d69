package vn.boiduong.needs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.boiduong.common.Actor;
import vn.boiduong.common.Verdict;
import vn.boiduong.fixtures.NeedFixtures;
import vn.boiduong.identity.UserDirectory;
import vn.boiduong.support.Api;
import vn.boiduong.support.HttpTest;

/**
 * The needs policy and HTTP agree: every act × every role × a need of the actor's own unit and of
 * another unit (and each state the act cares about) is asked of {@link NeedPolicy} and then done
 * through the API; allowed ⇔ 2xx, refused ⇔ the status the verdict names (with its reason for a
 * 409), and each page shows an act's button exactly when the policy allows it.
 * <p>The units walked are the Phòng CCHC (tp.cchc's and nhanvien's; nhanvien is named in its needs)
 * and the Office (chanhvp's and chuyenvien's): each is "own" for some roles and "other" for the rest.
 */
class NeedPolicyIT extends HttpTest {

    /** One user per role; two unit heads, so a unit head meets both their own unit and another. */
    static final List<String> USERS = List.of("admin", "giamdoc", "chanhvp", "chuyenvien", "tp.cchc", "tp.tccb",
            "nhanvien");
    static final List<String> UNITS = List.of("CCHC", "VP");
    static final List<NeedStatus> STATES = List.of(NeedStatus.DRAFT, NeedStatus.SUBMITTED);
    /** Years no other test uses: the collection and the consolidation walked here are this test's own. */
    static final int COLLECTION_YEAR = 2066;
    static final int MERGE_YEAR = 2067;

    @Autowired
    NeedPolicy policy;
    @Autowired
    NeedService needs;
    @Autowired
    UserDirectory directory;

    private final List<String> disagreements = new ArrayList<>();
    private int walked;

    /** An act on one need: what the policy says (read first, as the service asks), and the call that does it. */
    record NeedAct(String name, BiFunction<Actor, NeedView, Verdict> verdict,
            BiFunction<Api, Long, Api.Response> call) {
    }

    @Test
    void everyActOnANeedAnswersAsThePolicySays() {
        List<NeedAct> acts = List.of(
                new NeedAct("read", (a, n) -> Verdict.allowed(), (api, id) -> api.get("/api/v1/needs/" + id)),
                new NeedAct("edit", policy::edit, (api, id) -> api.putJson("/api/v1/needs/" + id, body(id))),
                new NeedAct("submit", policy::submit, (api, id) -> api.postJson("/api/v1/needs/" + id + "/submit", "{}")),
                new NeedAct("return", policy::returnTo, (api, id) -> api.postJson("/api/v1/needs/" + id + "/return",
                        Map.of("reason", "Thiếu căn cứ kinh phí"))),
                new NeedAct("accept", policy::accept, (api, id) -> api.postJson("/api/v1/needs/" + id + "/accept", "{}")));
        for (NeedAct act : acts) {
            for (NeedStatus state : STATES) {
                for (String unit : UNITS) {
                    long shared = need(unit, state);
                    for (String user : USERS) {
                        Actor actor = actor(user);
                        Verdict expected = expected(actor, shared, act);
                        // an act that will change the need is done on a need of its own
                        long id = expected.isAllowed() && !act.name().equals("read") ? need(unit, state) : shared;
                        Api.Response r = act.call().apply(api().as(user), id);
                        agree(act.name() + " " + state + " need of " + unit + " by " + user, expected, r);
                    }
                }
            }
        }
        assertThat(walked).as("cases walked").isEqualTo(5 * STATES.size() * UNITS.size() * USERS.size());
        assertThat(disagreements).isEmpty();
    }

    @Test
    void theNeedPageShowsAnActsButtonExactlyWhenThePolicyAllowsIt() {
        Map<String, Api> sessions = sessions();
        for (NeedStatus state : List.of(NeedStatus.DRAFT, NeedStatus.SUBMITTED, NeedStatus.RETURNED,
                NeedStatus.ACCEPTED)) {
            for (String unit : UNITS) {
                long id = need(unit, state);
                for (String user : USERS) {
                    Actor actor = actor(user);
                    NeedView n = view(id);
                    Verdict read = policy.read(actor, n, () -> staffOf(actor));
                    Api.Response page = sessions.get(user).get("/needs/" + id);
                    String what = "page of a " + state + " need of " + unit + " for " + user;
                    agree(what, read, page);
                    if (page.status() == 200) {
                        String html = page.body();
                        button(what, "submit", policy.submit(actor, n), html.contains("id=\"submit-need\""));
                        button(what, "accept", policy.accept(actor, n), html.contains("id=\"accept-need\""));
                        button(what, "return", policy.returnTo(actor, n), html.contains("id=\"return-card\""));
                        button(what, "edit", policy.edit(actor, n), html.contains("id=\"edit-card\""));
                    }
                }
            }
        }
        assertThat(walked).as("pages walked").isEqualTo(4 * UNITS.size() * USERS.size());
        assertThat(disagreements).isEmpty();
    }

    @Test
    void theAgencysActsAnswerAsThePolicySays() {
        Map<String, Api> sessions = sessions();
        Api.Response opened = api().as("chuyenvien").postJson("/api/v1/needs/collections", Map.of("year",
                COLLECTION_YEAR, "dueDate", LocalDate.now().plusDays(30).toString()));
        assertThat(opened.status() / 100).as(opened.body()).isEqualTo(2);
        long merged = accepted("CCHC", MERGE_YEAR);
        for (String user : USERS) {
            Actor actor = actor(user);
            Api api = api().as(user);
            for (String unit : UNITS) {
                long unitId = NeedFixtures.unitId(api(), unit);
                agree("create a need of " + unit + " by " + user, policy.create(actor, actor.agencyId(), unitId),
                        api.postJson("/api/v1/needs", NeedFixtures.need(unitId, NeedFixtures.uniqueTitle("Chính sách"))));
                agree("list the needs of " + unit + " by " + user, policy.list(actor, unitId),
                        api.get("/api/v1/needs?unitId=" + unitId));
            }
            agree("list needs by " + user, policy.list(actor, null), api.get("/api/v1/needs"));
            agree("open the collection by " + user, policy.openCollection(actor),
                    api.postJson("/api/v1/needs/collections", Map.of("year", COLLECTION_YEAR,
                            "dueDate", LocalDate.now().plusDays(40).toString())));
            agree("follow the collection by " + user, policy.followCollection(actor),
                    api.get("/api/v1/needs/collections?year=" + COLLECTION_YEAR));
            agree("read the consolidation by " + user, policy.readConsolidation(actor),
                    api.get("/api/v1/needs/summary?year=" + MERGE_YEAR));
            agree("download the consolidation by " + user, policy.readConsolidation(actor),
                    api.get("/api/v1/needs/summary.xlsx?year=" + MERGE_YEAR));
            Verdict merge = policy.merge(actor);
            long toMerge = merge.isAllowed() ? accepted("CCHC", MERGE_YEAR) : merged;
            agree("merge by " + user, merge, api.postJson("/api/v1/needs/consolidated",
                    Map.of("year", MERGE_YEAR, "needIds", List.of(toMerge))));
            // the suggestion's input is judged only once the right is there: allowed means a 400 for an empty body
            Verdict fromGap = policy.createFromCompetency(actor);
            Api.Response gap = api.postJson("/api/v1/needs/from-gap", "{}");
            check("a need from a gap by " + user, fromGap.isAllowed() ? gap.status() == 400
                    : gap.status() == fromGap.status(), fromGap, gap);

            // the pages: the list's buttons, the collection and the consolidation
            Api session = sessions.get(user);
            Api.Response list = session.get("/needs");
            agree("the needs page for " + user, policy.read(actor), list);
            if (list.status() == 200) {
                button("the needs page for " + user, "new need", policy.create(actor),
                        list.body().contains("id=\"new-need\""));
                button("the needs page for " + user, "open the collection", policy.openCollection(actor),
                        list.body().contains("id=\"collection-card\""));
                button("the needs page for " + user, "follow the collection", policy.followCollection(actor),
                        list.body().contains("href=\"/needs/collection\""));
            }
            agree("the collection page for " + user, policy.followCollection(actor),
                    session.get("/needs/collection?year=" + COLLECTION_YEAR));
            Api.Response consolidation = session.get("/needs/consolidation?year=" + MERGE_YEAR);
            agree("the consolidation page for " + user, policy.readConsolidation(actor), consolidation);
            if (consolidation.status() == 200) {
                long unmerged = accepted("CCHC", MERGE_YEAR);
                String html = session.get("/needs/consolidation?year=" + MERGE_YEAR).body();
                button("the consolidation page for " + user, "merge", policy.merge(actor),
                        html.contains("id=\"merge-" + unmerged + "\""));
            }
        }
        assertThat(walked).as("cases walked").isEqualTo(USERS.size() * (UNITS.size() * 2 + 10));
        assertThat(disagreements).isEmpty();
    }

    // ---- the policy's answer as the service asks it: may see the need, then may do the act ----

    private Verdict expected(Actor actor, long id, NeedAct act) {
        NeedView n = view(id);
        return policy.read(actor, n, () -> staffOf(actor)).and(() -> act.verdict().apply(actor, n));
    }

    private void agree(String what, Verdict expected, Api.Response r) {
        check(what, expected.isAllowed() ? r.status() / 100 == 2 : r.status() == expected.status()
                && (expected.refusal() != Verdict.Refusal.WRONG_STATE || r.body().contains(expected.reason())),
                expected, r);
    }

    private void check(String what, boolean agrees, Verdict expected, Api.Response r) {
        walked++;
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

    // ---- data, through the API as people make it ----

    private Actor actor(String user) {
        return directory.actorOf(user).orElseThrow(() -> new AssertionError("no demo user " + user));
    }

    private Optional<Long> staffOf(Actor actor) {
        return directory.staffIdOf(actor.userId());
    }

    private NeedView view(long id) {
        return needs.get(actor("chuyenvien"), id);
    }

    private final Map<Long, Map<String, Object>> bodies = new HashMap<>();

    private Map<String, Object> body(long id) {
        return bodies.get(id);
    }

    /** A need of the unit in the state, written by the Office specialist; a CCHC need names nhanvien. */
    private long need(String unit, NeedStatus state) {
        return need(unit, state, NeedFixtures.testYear());
    }

    private long need(String unit, NeedStatus state, int year) {
        long unitId = NeedFixtures.unitId(api(), unit);
        Map<String, Object> body = NeedFixtures.with(NeedFixtures.need(unitId, NeedFixtures.uniqueTitle("Kỹ năng số")),
                "year", year);
        if (unit.equals("CCHC")) {
            body.put("staffIds", List.of(staffOf(actor("nhanvien")).orElseThrow()));
        }
        long id = NeedFixtures.draft(api(), "chuyenvien", body);
        bodies.put(id, NeedFixtures.with(body, "rationale", "Sửa lại căn cứ"));
        String head = unit.equals("CCHC") ? "tp.cchc" : "chanhvp";
        if (state != NeedStatus.DRAFT) {
            expectStatus(api().as(head).postJson("/api/v1/needs/" + id + "/submit", "{}"), 200);
        }
        if (state == NeedStatus.RETURNED) {
            expectStatus(api().as("chuyenvien").postJson("/api/v1/needs/" + id + "/return",
                    Map.of("reason", "Bổ sung căn cứ")), 200);
        }
        if (state == NeedStatus.ACCEPTED) {
            expectStatus(api().as("chuyenvien").postJson("/api/v1/needs/" + id + "/accept", "{}"), 200);
        }
        assertThat(view(id).status()).isEqualTo(state);
        return id;
    }

    private long accepted(String unit, int year) {
        return need(unit, NeedStatus.ACCEPTED, year);
    }

    private Map<String, Api> sessions() {
        Map<String, Api> sessions = new HashMap<>();
        for (String user : USERS) {
            sessions.put(user, new Api(baseUrl()).signedIn(user));
        }
        return sessions;
    }

    private static void expectStatus(Api.Response r, int status) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
    }
}
