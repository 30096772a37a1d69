package vn.boiduong.competency.internal;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.boiduong.competency.CompetencySetup;
import vn.boiduong.organization.AgencyCreated;

/**
 * A new agency starts with its own copy of the national standards (the installation's catalogue,
 * rows without an agency), in the transaction that creates it; from then on its Office changes
 * them for that agency alone.
 */
@Component
class NationalStandards {

    private final JdbcTemplate jdbc;

    NationalStandards(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(AgencyCreated e) {
        CompetencySetup.nationalStandardsFor(jdbc, e.agencyId());
    }
}
