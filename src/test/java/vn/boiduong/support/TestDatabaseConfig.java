package vn.boiduong.support;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * On PostgreSQL the test schema is wiped and migrated once per test context, so each run starts
 * from the migrations alone, exactly as production does.
 */
@TestConfiguration
public class TestDatabaseConfig {

    @Bean
    FlywayMigrationStrategy cleanThenMigrate() {
        return flyway -> {
            if ("postgres".equals(External.database())) {
                flyway.clean();
            }
            flyway.migrate();
        };
    }
}
