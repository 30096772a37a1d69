package vn.boiduong;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import vn.boiduong.notification.internal.DueDateReminderJob;
import vn.boiduong.support.Api;
import vn.boiduong.support.External;
import vn.boiduong.support.RequiresExternal;

/**
 * Two nodes of the application on one database, with no sticky sessions: one signed-in person's
 * requests go to either node in turn, as a round-robin load balancer sends them. The session (and its
 * CSRF token) lives in the database (Spring Session JDBC), so a sign-in on one node holds on the other,
 * a write on one is read on the other, the staff search of one sees the other's write, a sign-out on
 * one ends the session on both, and the daily reminders job run on both at once runs on one
 * (ShedLock). On PostgreSQL a schema of its own; on H2 one in-memory database both contexts open.
 */
@ExtendWith(RequiresExternal.class)
class TwoNodesIT {

    @Test
    void oneSignedInPersonIsServedByEitherNodeInTurn() throws Exception {
        Map<String, Object> props = databaseProperties();
        props.put("server.port", "0");
        props.put("boiduong.demo-data", "true");
        props.put("boiduong.reminders.cron", "-");
        try (ConfigurableApplicationContext a = start(props); ConfigurableApplicationContext b = start(props)) {
            String nodeA = "http://localhost:" + port(a);
            String nodeB = "http://localhost:" + port(b);
            JdbcTemplate jdbc = a.getBean(JdbcTemplate.class);

            // sign-in on A (the form, its CSRF token from A's page); B knows the session at once
            Api person = new Api(nodeA).signedIn("chuyenvien");
            assertThat(jdbc.queryForObject("select count(*) from spring_session where principal_name = 'chuyenvien'",
                    Long.class)).isPositive();
            Api.Response home = person.switchTo(nodeB).get("/");
            assertThat(home.status()).as("B serves A's session: %s", home.header("Location")).isEqualTo(200);
            assertThat(person.get("/api/v1/me").json().get("username").asString()).isEqualTo("chuyenvien");

            // both staff searches warm their copy of the agency's staff first
            String name = "Lưu Thị Hai Nút";
            assertThat(person.switchTo(nodeA).get("/api/v1/staff?q=luu%20thi%20hai%20nut").json()
                    .get("totalItems").asLong()).isZero();
            assertThat(person.switchTo(nodeB).get("/api/v1/staff?q=luu%20thi%20hai%20nut").json()
                    .get("totalItems").asLong()).isZero();

            // a write on B with the session and the CSRF token A's page gave
            long unitId = person.get("/api/v1/me").json().get("unitId").asLong();
            Map<String, Object> data = new HashMap<>();
            data.put("unitId", unitId);
            data.put("fullName", name);
            data.put("category", "WORKER");
            data.put("gender", "FEMALE");
            data.put("birthDate", "1991-04-05");
            Api.Response created = person.switchTo(nodeB).postJson("/api/v1/staff",
                    Map.of("code", "NODES.1", "data", data));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            long id = created.json().get("id").asLong();

            // the read and the search on A
            Api.Response read = person.switchTo(nodeA).get("/api/v1/staff/" + id);
            assertThat(read.status()).as(read.body()).isEqualTo(200);
            assertThat(read.json().get("fullName").asString()).isEqualTo(name);
            JsonNode found = person.get("/api/v1/staff?q=luu%20thi%20hai%20nut").json();
            assertThat(found.get("totalItems").asLong()).isEqualTo(1);
            assertThat(found.get("items").get(0).get("id").asLong()).isEqualTo(id);
            assertThat(person.switchTo(nodeB).get("/staff?q=luu%20thi%20hai%20nut").body()).contains(name);

            // the reminders job fired on both nodes at the same moment runs once
            ListAppender<ILoggingEvent> runs = new ListAppender<>();
            runs.start();
            Logger jobLog = (Logger) LoggerFactory.getLogger(DueDateReminderJob.class);
            jobLog.addAppender(runs);
            try {
                CompletableFuture<Void> onA = CompletableFuture.runAsync(() -> a.getBean(DueDateReminderJob.class)
                        .runScheduled());
                CompletableFuture<Void> onB = CompletableFuture.runAsync(() -> b.getBean(DueDateReminderJob.class)
                        .runScheduled());
                CompletableFuture.allOf(onA, onB).join();
                b.getBean(DueDateReminderJob.class).runScheduled(); // later, within lockAtLeastFor: still held
            } finally {
                jobLog.detachAppender(runs);
            }
            List<String> ran = runs.list.stream().map(ILoggingEvent::getFormattedMessage)
                    .filter(m -> m.startsWith("Due-date reminders:")).toList();
            assertThat(ran).as("runs of the job across both nodes").hasSize(1);
            assertThat(jdbc.queryForObject("select count(*) from shedlock where name = 'due-date-reminders'",
                    Long.class)).isEqualTo(1);

            // sign-out on B ends the session on A too
            person.switchTo(nodeB).refreshCsrf("/");
            assertThat(person.postForm("/logout", Map.of()).status()).isEqualTo(302);
            Api.Response after = person.switchTo(nodeA).get("/");
            assertThat(after.status()).isEqualTo(302);
            assertThat(after.header("Location")).contains("/login");
        }
    }

    private static ConfigurableApplicationContext start(Map<String, Object> props) {
        String[] args = props.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        return new SpringApplicationBuilder(BoiDuongApplication.class).run(args);
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    private static Map<String, Object> databaseProperties() throws Exception {
        Map<String, Object> props = new HashMap<>();
        if ("postgres".equals(External.database())) {
            props.putAll(External.emptyPostgresSchema("nodes"));
        } else {
            props.put("spring.datasource.url", "jdbc:h2:mem:bdnodes;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                    + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        }
        return props;
    }
}
