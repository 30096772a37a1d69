package vn.boiduong.needs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.boiduong.fixtures.DeliveryAgency;
import vn.boiduong.identity.AccountSetup;
import vn.boiduong.organization.OrganizationSetup;
import vn.boiduong.support.HttpTest;

/**
 * A need is fulfilled for the people it names, or (a need naming nobody) for people of its unit; once;
 * never for another agency's need; and its page lists them by name.
 */
class NeedFulfilmentIT extends HttpTest {

    @Autowired
    OrganizationSetup org;
    @Autowired
    AccountSetup accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    NeedFulfilments fulfilments;

    private long need(DeliveryAgency a, long unitId, List<Long> named) {
        LocalDateTime now = LocalDateTime.now();
        jdbc.update("insert into training_need (agency_id, unit_id, training_year, title, search_text, category, headcount, "
                + "estimated_cost, status, created_by, created_at, updated_at) values (?, ?, ?, ?, ?, 'DIGITAL', ?, 0, "
                + "'ACCEPTED', ?, ?, ?)", a.agencyId, unitId, 2026, "Kỹ năng số " + a.code, "ky nang so", Math.max(1,
                named.size()), a.headA, now, now);
        long id = jdbc.queryForObject("select max(id) from training_need where agency_id = ?", Long.class, a.agencyId);
        named.forEach(s -> jdbc.update("insert into training_need_staff (need_id, staff_id) values (?, ?)", id, s));
        return id;
    }

    @Test
    void fulfilledForTheNamedOrTheUnitsPeopleOnce() {
        DeliveryAgency a = DeliveryAgency.create(org, accounts, "NFL");
        DeliveryAgency other = DeliveryAgency.create(org, accounts, "NFO");
        long naming = need(a, a.unitA, List.of(a.peopleA.get(0)));
        long unitWide = need(a, a.unitA, List.of());
        long unitB = need(a, a.unitB, List.of());
        long foreign = need(other, other.unitA, List.of());
        LocalDate on = LocalDate.of(2026, 3, 6);
        List<Long> all = List.of(naming, unitWide, unitB, foreign);

        assertThat(fulfilments.fulfil(all, a.peopleA.get(0), null, on)).containsExactly(naming, unitWide);
        assertThat(fulfilments.fulfil(all, a.peopleA.get(1), null, on)).containsExactly(unitWide);
        assertThat(fulfilments.fulfil(all, a.peopleA.get(0), null, on)).isEmpty();

        assertThat(fulfilments.of(unitWide)).extracting(NeedFulfilments.Fulfilled::fullName)
                .containsExactlyInAnyOrder("Nguyễn Thị An", "Trần Văn Bình");
        assertThat(fulfilments.of(naming)).singleElement().satisfies(f -> {
            assertThat(f.staffId()).isEqualTo(a.peopleA.get(0));
            assertThat(f.fulfilledOn()).isEqualTo(on);
        });
        assertThat(fulfilments.of(unitB)).isEmpty();
        assertThat(fulfilments.of(foreign)).isEmpty();

        var page = api().signedIn(a.chief).get("/needs/" + unitWide);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"need-fulfilled\"", "Trần Văn Bình", "06/03/2026");
    }
}
