package vn.boiduong.organization;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.organization.internal.AgencyRepository;
import vn.boiduong.organization.internal.StaffDirectory;
import vn.boiduong.organization.internal.StaffRepository;
import vn.boiduong.organization.internal.UnitRepository;

/**
 * Creating agencies, units and staff outside a user's request: demo data, first start, tests.
 * Requests from people go through {@link StaffService}, which checks rights and audits.
 */
@Service
@Transactional
public class OrganizationSetup {

    private final AgencyRepository agencies;
    private final UnitRepository units;
    private final StaffRepository staff;

    private final StaffDirectory directory;

    OrganizationSetup(AgencyRepository agencies, UnitRepository units, StaffRepository staff,
            StaffDirectory directory) {
        this.directory = directory;
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
        return agencies.save(a).getId();
    }

    public Unit createUnit(Long agencyId, String code, String name, boolean office) {
        return units.save(new Unit(agencyId, code, name, office));
    }

    public StaffView createStaff(Long agencyId, String code, StaffData data) {
        Staff s = staff.save(new Staff(agencyId, code, data));
        directory.changed(agencyId);
        return StaffView.of(s, null);
    }
}
