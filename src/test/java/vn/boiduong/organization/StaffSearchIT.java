package vn.boiduong.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.boiduong.organization.internal.StaffSearch;
import tools.jackson.databind.JsonNode;
import vn.boiduong.common.Actor;
import vn.boiduong.common.Role;
import vn.boiduong.support.External;
import vn.boiduong.support.HttpTest;

/** The staff list and search of api.md, as written out in organization.internal.StaffSearch. */
class StaffSearchIT extends HttpTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    StaffService staffService;
    @Autowired
    StaffSearch staffSearch;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void searchIgnoresCaseAndDiacritics() {
        JsonNode page = api().as("chuyenvien").get("/api/v1/staff?q=NGUYEN%20duc").json();
        assertThat(names(page)).contains("Nguyễn Đức Trung");
        assertThat(names(api().as("chuyenvien").get("/api/v1/staff?q=%C4%91%E1%BB%97%20%C3%A1nh").json()))
                .contains("Đỗ Ánh Sáng"); // "đỗ ánh"
    }

    @Test
    void totalCountsEveryMatchNotOnlyThePage() {
        JsonNode all = api().as("chuyenvien").get("/api/v1/staff?q=thi&size=200").json();
        JsonNode first = api().as("chuyenvien").get("/api/v1/staff?q=thi&size=5").json();
        assertThat(all.get("items").size()).isGreaterThan(5);
        assertThat(first.get("items").size()).isEqualTo(5);
        assertThat(first.get("totalItems").asLong()).isEqualTo(all.get("items").size());
        assertThat(names(all)).allSatisfy(n -> assertThat(VietnameseNames.fold(n)).contains("thi"));
    }

    @Test
    void pagesFollowVietnameseNameOrderWithoutRepeatsOrGaps() {
        JsonNode whole = api().as("chuyenvien").get("/api/v1/staff?size=200").json();
        List<String> ordered = names(whole);
        for (int i = 1; i < ordered.size(); i++) {
            assertThat(VietnameseNames.compare(ordered.get(i - 1), ordered.get(i))).isLessThanOrEqualTo(0);
        }
        List<Long> paged = new ArrayList<>();
        for (int p = 0; p * 10 < whole.get("totalItems").asLong(); p++) {
            api().as("chuyenvien").get("/api/v1/staff?size=10&page=" + p).json().get("items")
                    .forEach(s -> paged.add(s.get("id").asLong()));
        }
        List<Long> once = new ArrayList<>();
        whole.get("items").forEach(s -> once.add(s.get("id").asLong()));
        assertThat(paged).isEqualTo(once);
    }

    @Test
    void aSearchSortsByTheRequestedFieldAndPagesPastTheEndAreEmpty() {
        JsonNode byCode = api().as("chuyenvien").get("/api/v1/staff?q=van&sort=code,desc&size=200").json();
        List<String> codes = new ArrayList<>();
        byCode.get("items").forEach(s -> codes.add(s.get("code").asString()));
        assertThat(codes).hasSizeGreaterThan(2).isSortedAccordingTo(java.util.Comparator.reverseOrder());

        JsonNode beyond = api().as("chuyenvien").get("/api/v1/staff?q=van&page=50").json();
        assertThat(beyond.get("items").size()).isZero();
        assertThat(beyond.get("totalItems").asLong()).isEqualTo(codes.size());
    }

    @Test
    void unitHeadSearchesOnlyTheirUnit() {
        long unitId = api().as("tp.cchc").get("/api/v1/me").json().get("unitId").asLong();
        JsonNode mine = api().as("tp.cchc").get("/api/v1/staff?q=a&size=200").json();
        assertThat(mine.get("items").size()).isPositive();
        mine.get("items").forEach(s -> assertThat(s.get("unitId").asLong()).isEqualTo(unitId));
        assertThat(mine.get("totalItems").asLong())
                .isLessThan(api().as("chuyenvien").get("/api/v1/staff?q=a").json().get("totalItems").asLong());
    }

    @Test
    void aSearchWithNothingToFindAnswersAnEmptyPage() {
        JsonNode none = api().as("chuyenvien").get("/api/v1/staff?q=khongcoaiten").json();
        assertThat(none.get("items").size()).isZero();
        assertThat(none.get("totalItems").asLong()).isZero();
    }

    @Test
    void otherModulesCanListAUnitWhole() {
        JsonNode me = api().as("tp.cchc").get("/api/v1/me").json();
        Long unitId = me.get("unitId").asLong();
        Actor office = new Actor(null, "test", "Thử", java.util.Set.of(Role.OFFICE_SPECIALIST), null,
                me.get("agencyId").asLong());
        var all = staffService.search(office, unitId, null, true,
                org.springframework.data.domain.Pageable.unpaged(StaffService.DEFAULT_SORT));
        JsonNode viaApi = api().as("chuyenvien").get("/api/v1/staff?size=200&unitId=" + unitId).json();
        assertThat(all.items()).extracting(StaffView::id).hasSize(viaApi.get("items").size())
                .containsExactlyElementsOf(ids(viaApi));
        assertThat(all.totalItems()).isEqualTo(all.items().size());
    }

    @Test
    void theTrigramIndexIsThereOnPostgresAndLeftOutOnH2() {
        if ("postgres".equals(External.database())) {
            String index = jdbc.queryForObject("select indexdef from pg_indexes where indexname = 'ix_staff_search_trgm' "
                    + "and schemaname = current_schema()", String.class);
            assertThat(index).contains("gin").contains("gin_trgm_ops");
        } else {
            // H2 has no pg_trgm: V4 runs and does nothing there, and the search works without it
            assertThat(jdbc.queryForObject("select count(*) from information_schema.indexes"
                    + " where lower(index_name) = 'ix_staff_search_trgm'", Integer.class)).isZero();
            assertThat(jdbc.queryForObject("select count(*) from \"flyway_schema_history\" where version = '4'"
                    + " and success", Integer.class)).isEqualTo(1);
        }
    }

    @Test
    void aWriteIsFoundByTheNextSearchThoughTheAgencyIsHeldInMemory() {
        JsonNode me = api().as("tp.cchc").get("/api/v1/me").json();
        long unitId = me.get("unitId").asLong();
        String code = "MEM" + System.nanoTime() % 1_000_000;
        // the copy of the agency is loaded by this search, before the write
        assertThat(api().as("chuyenvien").get("/api/v1/staff?q=" + code).json().get("totalItems").asLong()).isZero();

        var created = api().as("chuyenvien").postJson("/api/v1/staff",
                java.util.Map.of("code", code, "data", data(unitId, "Lường Thị Xuyến")));
        assertThat(created.status()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(ids(api().as("chuyenvien").get("/api/v1/staff?q=luong%20thi%20xuyen").json())).contains(id);

        var renamed = api().as("chuyenvien").putJson("/api/v1/staff/" + id, java.util.Map.of("version",
                created.json().get("version").asLong(), "data", data(unitId, "Lường Thị Xoan")));
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(ids(api().as("chuyenvien").get("/api/v1/staff?q=luong%20thi%20xuyen").json())).doesNotContain(id);
        JsonNode found = api().as("chuyenvien").get("/api/v1/staff?q=" + code).json();
        assertThat(names(found)).containsExactly("Lường Thị Xoan");

        assertThat(api().as("chuyenvien").postJson("/api/v1/staff/" + id + "/deactivate", "{}").status())
                .isEqualTo(204);
        assertThat(api().as("chuyenvien").get("/api/v1/staff?q=" + code).json().get("totalItems").asLong()).isZero();
        assertThat(ids(api().as("chuyenvien").get("/api/v1/staff?activeOnly=false&q=" + code).json()))
                .containsExactly(id);
    }

    @Test
    void theCopyInMemoryAnswersWhatTheDatabaseAnswers() {
        long agencyId = api().as("chuyenvien").get("/api/v1/me").json().get("agencyId").asLong();
        long unitId = api().as("tp.cchc").get("/api/v1/me").json().get("unitId").asLong();
        TransactionTemplate inTransaction = new TransactionTemplate(transactions); // the database's query
        List<Sort> sorts = List.of(StaffService.DEFAULT_SORT, Sort.by(Sort.Order.desc("nameSortKey")),
                Sort.by(Sort.Order.desc("code")), Sort.by("birthDate"), Sort.by(Sort.Order.desc("category")),
                Sort.by("unitId").and(Sort.by(Sort.Order.desc("birthDate"))));
        int compared = 0;
        for (String q : new String[] {null, "thi", "nguyen van", "a", "khongcoai"}) {
            for (Long unit : new Long[] {null, unitId}) {
                for (boolean activeOnly : new boolean[] {true, false}) {
                    for (Sort sort : sorts) {
                        for (int page : new int[] {0, 2}) {
                            PageRequest request = PageRequest.of(page, 7, sort);
                            var memory = staffSearch.views(agencyId, unit, q, activeOnly, request);
                            var database = inTransaction.execute(tx -> staffSearch.page(agencyId, unit,
                                    q == null ? null : "%" + q + "%", activeOnly,
                                    request));
                            assertThat(memory.getTotalElements()).as("%s %s %s %s", q, unit, activeOnly, sort)
                                    .isEqualTo(database.getTotalElements());
                            // the same people in the same order, and each shown as the database has them
                            List<StaffView> fromDatabase = database.getContent().stream()
                                    .map(st -> staffService.get(office(agencyId), st.getId())).toList();
                            assertThat(memory.getContent()).as("%s %s %s %s page %d", q, unit, activeOnly, sort, page)
                                    .containsExactlyElementsOf(fromDatabase);
                            compared += memory.getNumberOfElements();
                        }
                    }
                }
            }
        }
        assertThat(compared).isGreaterThan(500);
    }

    private static Actor office(long agencyId) {
        return new Actor(null, "test", "Thử", java.util.Set.of(Role.OFFICE_SPECIALIST), null, agencyId);
    }

    private static java.util.Map<String, Object> data(long unitId, String name) {
        java.util.Map<String, Object> d = new java.util.HashMap<>();
        d.put("unitId", unitId);
        d.put("fullName", name);
        d.put("category", "WORKER");
        d.put("gender", "FEMALE");
        d.put("birthDate", "1991-07-09");
        return d;
    }

    private static List<Long> ids(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        page.get("items").forEach(s -> ids.add(s.get("id").asLong()));
        return ids;
    }

    private static List<String> names(JsonNode page) {
        List<String> names = new ArrayList<>();
        page.get("items").forEach(s -> names.add(s.get("fullName").asString()));
        return names;
    }
}
