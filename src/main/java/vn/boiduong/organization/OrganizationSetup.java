package vn.boiduong.organization;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.organization.internal.AgencyRepository;
import vn.boiduong.organization.internal.StaffDirectory;
import vn.boiduong.organization.internal.StaffRepository;
import vn.boiduong.organization.internal.UnitRepository;

/**
 * Seeding: creating agencies, units and staff outside a user's request, with no rights check (there
 * is no person to check): the demo data, the scale data, tests. Requests from people go through
 * {@link StaffService}, which checks rights and audits.
 *
 * <p>It is the module's named interface {@code seeding}, not part of its ordinary face: only the
 * seeders ({@code demo}, {@code scale}) may use it, which {@code ModularityTest} checks.
 */
@NamedInterface(name = "seeding", propagate = false)
@Service
@Transactional
public class OrganizationSetup {

    private final AgencyRepository agencies;
    private final UnitRepository units;
    private final StaffRepository staff;

    private final StaffDirectory directory;
    private final org.springframework.context.ApplicationEventPublisher events;

    OrganizationSetup(AgencyRepository agencies, UnitRepository units, StaffRepository staff,
            StaffDirectory directory, org.springframework.context.ApplicationEventPublisher events) {
        this.directory = directory;
        this.events = events;
        this.agencies = agencies;
        this.units = units;
        this.staff = staff;
    }

    public boolean agencyExists(String code) {
        return agencies.findByCode(code).isPresent();
    }

    public java.util.Optional<Agency> agencyByCode(String code) {
        return agencies.findByCode(code);
    }

    public Long createAgency(String code, String name, String parentName, String placeName, String signerTitle,
            String signerName, String recipients) {
        Agency a = new Agency(code, name, parentName, placeName);
        a.changeSettings(name, parentName, placeName, signerTitle, signerName, recipients);
        Long id = agencies.save(a).getId();
        events.publishEvent(new AgencyCreated(id, code, "system")); // its own standards, as any new agency
        return id;
    }

    public Unit createUnit(Long agencyId, String code, String name, boolean office) {
        return units.save(new Unit(agencyId, code, name, office));
    }

    public StaffView createStaff(Long agencyId, String code, StaffData data) {
        Staff s = staff.save(new Staff(agencyId, code, data));
        directory.changed(agencyId);
        return StaffView.of(s, null);
    }

    /** A person who has left (seeders and tests that need an inactive person). */
    public void deactivateStaff(Long staffId) {
        staff.findById(staffId).ifPresent(s -> {
            s.deactivate();
            staff.save(s);
            directory.changed(s.getAgencyId());
        });
    }

    /**
     * For a seeder that writes staff rows with its own JDBC batches (the scale data): marks the
     * agency's staff as changed, in the seeder's transaction, so that every node's in-memory staff
     * list reloads, exactly as after a write through {@link StaffService}.
     */
    public static void staffWrittenInBulk(JdbcTemplate jdbc, long agencyId) {
        StaffDirectory.changed(jdbc, agencyId);
    }
}
