package vn.boiduong.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
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
    void onPostgresTheSearchHasATrigramIndex() {
        assumeThat(External.database()).isEqualTo("postgres");
        String index = jdbc.queryForObject("select indexdef from pg_indexes where indexname = 'ix_staff_search_trgm' "
                + "and schemaname = current_schema()", String.class);
        assertThat(index).contains("gin").contains("gin_trgm_ops");
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
