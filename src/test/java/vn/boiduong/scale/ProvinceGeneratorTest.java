package vn.boiduong.scale;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.boiduong.organization.Staff;
import vn.boiduong.organization.VietnameseNames;

/**
 * The generator on a fresh H2 database migrated by the real migrations, without Spring: the
 * shared test context keeps it switched off, and it only needs a JdbcTemplate. One test makes
 * the full 50,000; the others a smaller province, to keep the build quick on a shared machine.
 */
class ProvinceGeneratorTest {

    private JdbcTemplate jdbc;

    @BeforeEach
    void freshDatabase() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:province" + System.nanoTime() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        ds.setUser("sa");
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        jdbc = new JdbcTemplate(ds);
    }

    @Test
    void fillsAnEmptyDatabaseWithAProvinceOnceAsTheEntityWouldHave() {
        long start = System.nanoTime();
        new ProvinceGenerator(jdbc).run(null);
        assertThat((System.nanoTime() - start) / 1e9).as("seconds for 50,000 staff").isLessThan(60);

        assertThat(count("select count(*) from agency")).isEqualTo(ProvinceCatalog.AGENCIES.size());
        assertThat(count("select count(*) from unit")).isBetween(780, 820);
        assertThat(count("select count(*) from staff")).isEqualTo(ProvinceGenerator.TOTAL_STAFF);
        assertThat(count("select count(*) from agency where parent_name = 'Ủy ban nhân dân tỉnh Bắc Giang' "
                + "and place_name = 'Bắc Giang' and signer_name is not null")).isEqualTo(ProvinceCatalog.AGENCIES.size());
        assertThat(jdbc.queryForList("select distinct category from staff order by category", String.class))
                .containsExactly("CIVIL_SERVANT", "OFFICIAL", "PUBLIC_EMPLOYEE", "WORKER");
        assertThat(count("select count(*) from staff where leader = true")).isGreaterThan(2000);
        for (Map<String, Object> r : jdbc.queryForList(
                "select full_name, code, name_sort_key, search_text from staff where mod(id, 997) = 0")) {
            String name = (String) r.get("full_name");
            assertThat(r.get("name_sort_key")).isEqualTo(VietnameseNames.sortKey(name));
            assertThat(r.get("search_text")).isEqualTo(Staff.searchTextOf(name, (String) r.get("code")));
        }
        // the rules the staff form enforces hold for generated people too
        assertThat(count("select count(*) from staff where category = 'CIVIL_SERVANT' and grade_code is null")).isZero();
        assertThat(count("select count(*) from staff where category = 'PUBLIC_EMPLOYEE' and professional_title is null"))
                .isZero();
        // Nguyễn is the family name of about four in ten Vietnamese
        assertThat(count("select count(*) from staff where search_text like 'nguyen %'")).isBetween(17_000, 21_000);

        new ProvinceGenerator(jdbc).run(null);
        assertThat(count("select count(*) from staff")).isEqualTo(ProvinceGenerator.TOTAL_STAFF);
        assertThat(count("select count(*) from agency")).isEqualTo(ProvinceCatalog.AGENCIES.size());
    }

    @Test
    void givesTheDemoAgencyItsShareInUnitsBesideItsOwn() {
        jdbc.update("insert into agency (code, name, parent_name, place_name) values ('SNV', 'Sở Nội vụ', "
                + "'Ủy ban nhân dân tỉnh Bắc Giang', 'Bắc Giang')");
        Long snv = jdbc.queryForObject("select id from agency where code = 'SNV'", Long.class);
        jdbc.update("insert into unit (agency_id, code, name, office) values (?, 'VP', 'Văn phòng', true)", snv);

        new ProvinceGenerator(jdbc, 5_000, 1_000).run(null);

        assertThat(count("select count(*) from agency")).isEqualTo(ProvinceCatalog.AGENCIES.size());
        assertThat(count("select count(*) from staff where agency_id = " + snv)).isEqualTo(1_000);
        assertThat(count("select count(*) from staff")).isEqualTo(5_000);
        assertThat(jdbc.queryForList("select name from unit where agency_id = ? and office = true", String.class, snv))
                .isEqualTo(List.of("Văn phòng"));
        // the competency-gap benchmark's unit: the first generated one of SNV after the board, 200 people exactly
        assertThat(jdbc.queryForList("select count(*) from staff s join unit u on u.id = s.unit_id where u.agency_id = ? "
                + "and u.name = 'Phòng Kế hoạch - Tài chính' group by u.id", Integer.class, snv)).isEqualTo(List.of(200));
    }

    @Test
    void sameSeedSameProvince() {
        new ProvinceGenerator(jdbc, 2_000, 500).run(null);
        List<String> first = jdbc.queryForList("select full_name from staff order by code", String.class);
        freshDatabase();
        new ProvinceGenerator(jdbc, 2_000, 500).run(null);
        assertThat(jdbc.queryForList("select full_name from staff order by code", String.class)).isEqualTo(first);
    }

    @Test
    void isThereOnlyWhenSwitchedOn() {
        ApplicationContextRunner runner = new ApplicationContextRunner().withBean(JdbcTemplate.class, () -> jdbc)
                .withUserConfiguration(ProvinceGenerator.class);
        runner.withPropertyValues("boiduong.province-generator=true")
                .run(context -> assertThat(context).hasSingleBean(ProvinceGenerator.class));
        runner.withPropertyValues("boiduong.province-generator=false")
                .run(context -> assertThat(context).doesNotHaveBean(ProvinceGenerator.class));
    }

    @Test
    void splitsExactlyByWeight() {
        assertThat(ProvinceGenerator.split(10, new int[] {1, 1, 1})).containsExactly(4, 3, 3);
        assertThat(ProvinceGenerator.split(7, new int[] {0, 2, 5})).containsExactly(0, 2, 5);
        assertThat(java.util.Arrays.stream(ProvinceGenerator.shares(true, 50_000, 10_000)).sum()).isEqualTo(50_000);
    }

    private int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }
}
