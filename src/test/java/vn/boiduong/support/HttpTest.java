package vn.boiduong.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of every integration test: the whole application on a random port, over real HTTP, on H2
 * or PostgreSQL as the surefire execution says, with the demo data of api.md loaded. All
 * integration tests share this one configuration, hence one Spring context per run.
 */
@ExtendWith(RequiresExternal.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestDatabaseConfig.class)
public abstract class HttpTest {

    @LocalServerPort
    protected int port;

    @Autowired
    private JdbcTemplate jdbc;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        if ("postgres".equals(External.database())) {
            registry.add("spring.datasource.url", () -> External.PG_URL);
            registry.add("spring.datasource.username", () -> External.PG_USER);
            registry.add("spring.datasource.password", () -> "");
            registry.add("spring.flyway.schemas", () -> External.PG_SCHEMA);
            registry.add("spring.flyway.default-schema", () -> External.PG_SCHEMA);
            registry.add("spring.flyway.clean-disabled", () -> "false");
        } else {
            registry.add("spring.datasource.url", () -> "jdbc:h2:mem:bdtest;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                    + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        }
        registry.add("boiduong.demo-data", () -> "true");
        // notices go to the in-process SMTP server of Mailbox
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", Mailbox::port);
        registry.add("boiduong.mail.from", () -> "boiduong@sonoivu.test");
        registry.add("boiduong.demo.mail-domain", () -> "sonoivu.test");
        // the reminder jobs run when a test calls them, with the date it chooses, never by the clock
        registry.add("boiduong.reminders.cron", () -> "-");
        registry.add("spring.thymeleaf.cache", () -> "true");
    }

    /**
     * Waits until every event publication so far is complete, so every e-mail queued by a change or a
     * reminder has been handed to the SMTP server of Mailbox: mail goes out after the commit, on
     * another thread (the notification module's Mailer), not before the HTTP answer.
     */
    protected void awaitMailSent() {
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from event_publication where completion_date is null", Long.class) == 0);
    }

    protected Api api() {
        return new Api("http://localhost:" + port);
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }
}
