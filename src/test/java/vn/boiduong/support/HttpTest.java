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

    /** Failed sign-ins one address may make within 15 minutes in the tests. */
    public static final int SIGN_IN_ADDRESS_LIMIT = 30;

    @LocalServerPort
    protected int port;

    @Autowired
    private JdbcTemplate jdbc;

    /**
     * The shared database. Its values are placeholders with the shared database as their default, so a
     * test class that needs a database of its own ({@link External#ownDatabase}) sets
     * {@code boiduong.test.database-url} and {@code boiduong.test.schema} instead of competing with these
     * for the same property (where the superclass's registration won and the "own" database was the shared one).
     */
    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        if ("postgres".equals(External.database())) {
            registry.add("spring.datasource.url", () -> "${boiduong.test.database-url:" + External.PG_URL + "}");
            registry.add("spring.datasource.username", () -> External.PG_USER);
            registry.add("spring.datasource.password", () -> "");
            registry.add("spring.flyway.schemas", () -> "${boiduong.test.schema:" + External.PG_SCHEMA + "}");
            registry.add("spring.flyway.default-schema", () -> "${boiduong.test.schema:" + External.PG_SCHEMA + "}");
            registry.add("spring.flyway.clean-disabled", () -> "false");
        } else {
            registry.add("spring.datasource.url", () -> "${boiduong.test.database-url:jdbc:h2:mem:bdtest;MODE=PostgreSQL;"
                    + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1}");
        }
        registry.add("boiduong.demo-data", () -> "true");
        // notices go to the in-process SMTP server of Mailbox
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", Mailbox::port);
        registry.add("boiduong.mail.from", () -> "boiduong@sonoivu.test");
        registry.add("boiduong.demo.mail-domain", () -> "sonoivu.test");
        // the reminder jobs run when a test calls them, with the date it chooses, never by the clock
        registry.add("boiduong.reminders.cron", () -> "-");
        // nor the archive's nightly fixity check and its ten-minute resubmission of incomplete event
        // publications (which would send a long run's failed mails again into Mailbox)
        registry.add("boiduong.archive.fixity-cron", () -> "-");
        registry.add("boiduong.archive.retry-cron", () -> "-");
        registry.add("spring.thymeleaf.cache", () -> "true");
        // the sign-in throttle counts per client address: tests name theirs in X-Forwarded-For
        // (Api.from), which Tomcat takes from a proxy on 127.0.0.1; every other test shares 127.0.0.1,
        // so its budget there is larger than production's 20
        registry.add("server.forward-headers-strategy", () -> "native");
        registry.add("boiduong.sign-in.address-limit", () -> String.valueOf(SIGN_IN_ADDRESS_LIMIT));
    }

    /**
     * Waits until every e-mail queued so far by a change or a reminder has been handed to the SMTP
     * server of Mailbox: mail goes out after the commit, on another thread (the notification module's
     * Mailer), not before the HTTP answer. Only the notification module's publications are awaited:
     * the archive's renderings of other tests' plans and classes share the registry and may take
     * longer than a mail, and a failed one (sent again on the next start) is not waited for.
     */
    protected void awaitMailSent() {
        String pending = "from event_publication where completion_date is null and status <> 'FAILED' "
                + "and (listener_id = 'notification.mail' or listener_id like 'vn.boiduong.notification.%')";
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject("select count(*) " + pending,
                    Long.class) == 0);
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError("mail still pending after 30 s: "
                    + jdbc.queryForList("select listener_id, status, publication_date " + pending), e);
        }
    }

    protected Api api() {
        return new Api("http://localhost:" + port);
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }
}
