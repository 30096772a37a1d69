package vn.boiduong.scale;

import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.organization.OrganizationSetup;
import vn.boiduong.organization.Staff;
import vn.boiduong.organization.StaffData;
import vn.boiduong.organization.VietnameseNames;
import vn.boiduong.scale.ProvinceCatalog.AgencySpec;
import vn.boiduong.scale.ProvinceCatalog.Kind;
import vn.boiduong.scale.ProvinceCatalog.UnitSpec;
import vn.boiduong.scale.SyntheticPeople.UnitType;

/**
 * Scale data for benchmarks (boiduong.province-generator=true): the ~40 departments of a province,
 * ~800 units and 50,000 staff, from a fixed seed. Plain JDBC batches, not JPA, so that it takes
 * seconds; the name keys come from the same functions the entity uses, so the rows are exactly
 * what the application would have written.
 *
 * <p>If the demo agency SNV is there, it takes 10,000 of the staff: the staff-list benchmark signs
 * in with the demo accounts of api.md (the organisation module cannot create accounts, identity
 * depends on it), and 10,000 is the size of a province's largest department (education, with its
 * high schools), so a search runs against the worst agency of a province-sized table.
 */
@Component
// after every demo runner: SNV is there to be found, and the demo's history (assessments, needs)
// stays that of its own 69 people instead of taking in 10,000 generated ones. The generators of
// assessments, needs and the plan come after this one: ORDER + 10, + 20, + 30.
@Order(ProvinceGenerator.ORDER)
@ConditionalOnProperty(name = "boiduong.province-generator", havingValue = "true")
class ProvinceGenerator implements ApplicationRunner {

    /** Runner order; the province's competency, needs and plan generators follow it (+ 10, + 20, + 30). */
    static final int ORDER = 1_000;
    static final int TOTAL_STAFF = 50_000;
    /**
     * The size of SNV's first generated unit: the competency-gap benchmark reads the table of a
     * 200-person unit, and the benchmark accounts see SNV only (its other units have 400 or 800).
     */
    static final int GAP_UNIT_STAFF = 200;
    static final int HOME_AFFAIRS_STAFF = 10_000;
    static final long SEED = 2025_07_01L;
    private static final int BATCH = 2_000;
    private static final Logger log = LoggerFactory.getLogger(ProvinceGenerator.class);

    private static final String INSERT_STAFF = """
            insert into staff (agency_id, unit_id, code, full_name, name_sort_key, search_text, category, gender,
                birth_date, ethnic_minority, position, grade_code, professional_title, title_rank, leader, degree,
                political_theory, state_management, it_level, foreign_language, active, version)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true, 0)""";
    private static final int[] STAFF_TYPES = {Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
            Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.DATE, Types.BOOLEAN, Types.VARCHAR, Types.VARCHAR,
            Types.VARCHAR, Types.VARCHAR, Types.BOOLEAN, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
            Types.VARCHAR};

    private record NewUnit(Long id, String name, UnitType type) {
    }

    private final JdbcTemplate jdbc;
    private final int totalStaff;
    private final int homeAffairsStaff;

    ProvinceGenerator(JdbcTemplate jdbc) {
        this(jdbc, TOTAL_STAFF, HOME_AFFAIRS_STAFF);
    }

    /** A smaller province (the properties are for tests that check shape rather than size). */
    @Autowired
    ProvinceGenerator(JdbcTemplate jdbc,
            @Value("${boiduong.province-generator.staff:" + TOTAL_STAFF + "}") int totalStaff,
            @Value("${boiduong.province-generator.home-affairs-staff:" + HOME_AFFAIRS_STAFF + "}") int homeAffairsStaff) {
        this.jdbc = jdbc;
        this.totalStaff = totalStaff;
        this.homeAffairsStaff = homeAffairsStaff;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (alreadyGenerated()) {
            log.info("Province generator: the province is already there, nothing to do");
            return;
        }
        long start = System.nanoTime();
        Long homeAffairs = agencyId(ProvinceCatalog.HOME_AFFAIRS);
        Map<String, Long> agencies = createAgencies(homeAffairs == null);
        int[] shares = shares(homeAffairs != null, totalStaff, homeAffairsStaff);
        SyntheticPeople people = new SyntheticPeople(SEED);
        int units = 0;
        int staff = 0;
        for (int i = 0; i < ProvinceCatalog.AGENCIES.size(); i++) {
            AgencySpec spec = ProvinceCatalog.AGENCIES.get(i);
            Long agencyId = agencies.get(spec.code());
            List<NewUnit> created = createUnits(agencyId, spec.kind());
            units += created.size();
            boolean gapUnit = homeAffairs != null && spec.code().equals(ProvinceCatalog.HOME_AFFAIRS);
            staff += createStaff(agencyId, spec, created, shares[i], people, gapUnit);
            OrganizationSetup.staffWrittenInBulk(jdbc, agencyId);
        }
        log.info("Province generator: {} agencies, {} units, {} staff in {} ms", ProvinceCatalog.AGENCIES.size(),
                units, staff, (System.nanoTime() - start) / 1_000_000);
    }

    private boolean alreadyGenerated() {
        List<String> codes = ProvinceCatalog.AGENCIES.stream().map(AgencySpec::code)
                .filter(c -> !c.equals(ProvinceCatalog.HOME_AFFAIRS)).toList();
        String marks = String.join(",", java.util.Collections.nCopies(codes.size(), "?"));
        Integer found = jdbc.queryForObject("select count(*) from agency where code in (" + marks + ")",
                Integer.class, codes.toArray());
        return found != null && found > 0;
    }

    private Long agencyId(String code) {
        List<Long> ids = jdbc.queryForList("select id from agency where code = ?", Long.class, code);
        return ids.isEmpty() ? null : ids.get(0);
    }

    private Map<String, Long> createAgencies(boolean withHomeAffairs) {
        List<Object[]> rows = new ArrayList<>();
        for (AgencySpec a : ProvinceCatalog.AGENCIES) {
            if (withHomeAffairs || !a.code().equals(ProvinceCatalog.HOME_AFFAIRS)) {
                boolean district = a.kind() == Kind.DISTRICT;
                rows.add(new Object[] {a.code(), a.name(), ProvinceCatalog.PARENT, ProvinceCatalog.PLACE,
                        district ? "CHỦ TỊCH" : "GIÁM ĐỐC", district
                                ? "UBND tỉnh (để b/c);\nThường trực HĐND;\nCác phòng, ban chuyên môn;\nLưu: VT."
                                : "UBND tỉnh (để b/c);\nLãnh đạo;\nCác phòng, đơn vị trực thuộc;\nLưu: VT, VP."});
            }
        }
        jdbc.batchUpdate("insert into agency (code, name, parent_name, place_name, signer_title, recipients, version) "
                + "values (?, ?, ?, ?, ?, ?, 0)", rows);
        Map<String, Long> ids = new HashMap<>();
        jdbc.query("select id, code from agency", rs -> {
            ids.put(rs.getString("code"), rs.getLong("id"));
        });
        // each agency's own copy of the national standards, as an agency created on a page gets
        ids.values().forEach(id -> vn.boiduong.competency.CompetencySetup.nationalStandardsFor(jdbc, id));
        return ids;
    }

    /** Staff per agency in catalogue order; SNV's fixed share first when the demo agency exists. */
    static int[] shares(boolean homeAffairsFixed, int totalStaff, int homeAffairsStaff) {
        List<AgencySpec> all = ProvinceCatalog.AGENCIES;
        int[] weights = new int[all.size()];
        int fixedIndex = -1;
        for (int i = 0; i < all.size(); i++) {
            boolean fixed = homeAffairsFixed && all.get(i).code().equals(ProvinceCatalog.HOME_AFFAIRS);
            weights[i] = fixed ? 0 : all.get(i).weight();
            fixedIndex = fixed ? i : fixedIndex;
        }
        int[] shares = split(homeAffairsFixed ? totalStaff - homeAffairsStaff : totalStaff, weights);
        if (fixedIndex >= 0) {
            shares[fixedIndex] = homeAffairsStaff;
        }
        return shares;
    }

    /** Splits total by weight, exactly (largest remainder goes to the first). */
    static int[] split(int total, int[] weights) {
        long sum = 0;
        for (int w : weights) {
            sum += w;
        }
        int[] out = new int[weights.length];
        int given = 0;
        int first = -1;
        for (int i = 0; i < weights.length; i++) {
            out[i] = (int) (total * (long) weights[i] / sum);
            given += out[i];
            first = first < 0 && weights[i] > 0 ? i : first;
        }
        out[first] += total - given;
        return out;
    }

    /** The kind's units, except those the agency already has by name (the demo SNV has its own). */
    private List<NewUnit> createUnits(Long agencyId, Kind kind) {
        Set<String> names = new HashSet<>(jdbc.queryForList("select name from unit where agency_id = ?", String.class,
                agencyId));
        Set<String> codes = new HashSet<>(jdbc.queryForList("select code from unit where agency_id = ?", String.class,
                agencyId));
        boolean hasOffice = !jdbc.queryForList("select id from unit where agency_id = ? and office = true", Long.class,
                agencyId).isEmpty();
        List<Object[]> rows = new ArrayList<>();
        List<UnitSpec> specs = new ArrayList<>();
        int n = 0;
        for (UnitSpec u : ProvinceCatalog.unitsOf(kind)) {
            if (names.contains(u.name()) || (u.office() && hasOffice)) {
                continue;
            }
            String code;
            do {
                code = String.format("DV%02d", ++n);
            } while (codes.contains(code));
            rows.add(new Object[] {agencyId, code, u.name(), u.office()});
            specs.add(u);
        }
        jdbc.batchUpdate("insert into unit (agency_id, code, name, office, active, version) values (?, ?, ?, ?, true, 0)",
                rows);
        List<NewUnit> created = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            UnitSpec spec = specs.get(i);
            Long id = jdbc.queryForObject("select id from unit where agency_id = ? and code = ?", Long.class, agencyId,
                    rows.get(i)[1]);
            created.add(new NewUnit(id, spec.name(), SyntheticPeople.typeOf(spec.name(), spec.board())));
        }
        return created;
    }

    /** The board gets its four leaders; schools and hospitals are the big units, as in life. */
    private int createStaff(Long agencyId, AgencySpec spec, List<NewUnit> units, int count, SyntheticPeople people,
            boolean gapUnit) {
        int[] weights = new int[units.size()];
        int board = 0;
        for (int i = 0; i < units.size(); i++) {
            UnitType t = units.get(i).type();
            boolean isBoard = t == UnitType.BOARD || t == UnitType.COMMITTEE;
            board += isBoard ? 1 : 0;
            weights[i] = isBoard ? 0 : t == UnitType.SCHOOL || t == UnitType.HOSPITAL ? 6 : t == UnitType.SERVICE ? 2 : 1;
        }
        int boardSize = Math.min(4 * board, count);
        int fixed = -1;
        for (int i = 0; gapUnit && fixed < 0 && i < units.size(); i++) {
            fixed = weights[i] > 0 && count - boardSize > 2 * GAP_UNIT_STAFF ? i : -1;
        }
        if (fixed >= 0) {
            weights[fixed] = 0;
        }
        int[] perUnit = split(count - boardSize - (fixed >= 0 ? GAP_UNIT_STAFF : 0), weights);
        if (fixed >= 0) {
            perUnit[fixed] = GAP_UNIT_STAFF;
            weights[fixed] = 1; // not a board
        }
        List<Object[]> rows = new ArrayList<>(BATCH);
        String signer = null;
        int seq = 0;
        for (int u = 0; u < units.size(); u++) {
            NewUnit unit = units.get(u);
            boolean isBoard = weights[u] == 0;
            int size = isBoard ? Math.min(4, boardSize) : perUnit[u];
            for (int n = 0; n < size; n++) {
                StaffData d = people.person(unit.id(), unit.type(), n, spec.minorityPercent());
                signer = isBoard && n == 0 && signer == null ? d.fullName() : signer;
                rows.add(row(agencyId, String.format("%s.%05d", spec.code(), ++seq), d));
                if (rows.size() == BATCH) {
                    jdbc.batchUpdate(INSERT_STAFF, rows, STAFF_TYPES);
                    rows.clear();
                }
            }
        }
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(INSERT_STAFF, rows, STAFF_TYPES);
        }
        if (signer != null) {
            jdbc.update("update agency set signer_name = ? where id = ? and signer_name is null", signer, agencyId);
        }
        return seq;
    }

    private static Object[] row(Long agencyId, String code, StaffData d) {
        String fullName = VietnameseNames.normalizeSpaces(d.fullName());
        return new Object[] {agencyId, d.unitId(), code, fullName, VietnameseNames.sortKey(fullName),
                Staff.searchTextOf(fullName, code), d.category().name(), d.gender().name(),
                java.sql.Date.valueOf(d.birthDate()), d.ethnicMinority(), d.position(), d.gradeCode(),
                d.professionalTitle(), d.titleRank(), d.leader(), d.degree(), d.politicalTheory(), d.stateManagement(),
                d.itLevel(), d.foreignLanguage()};
    }
}
