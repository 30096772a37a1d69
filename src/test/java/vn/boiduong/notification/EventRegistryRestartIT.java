package vn.boiduong.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.boiduong.BoiDuongApplication;
import vn.boiduong.support.Api;
import vn.boiduong.support.External;
import vn.boiduong.support.Mailbox;
import vn.boiduong.support.RequiresExternal;
import vn.boiduong.support.TestDatabaseConfig;

/**
 * The e-mail of a change survives a stop (issue 8 item 3): the plan is submitted and committed while
 * the mail server refuses connections, the node stops with the mail unsent, and a node started
 * afterwards on the same database (H2 in memory kept for the JVM, or a PostgreSQL schema) sends it
 * and marks its publication completed. The refusing server stands for any cut between commit and
 * mail, deterministically: whether the listener failed or never ran, the publication is incomplete.
 */
@ExtendWith(RequiresExternal.class)
class EventRegistryRestartIT {

    static final int YEAR = 2096;
    static final String SUBJECT = "Kế hoạch đào tạo, bồi dưỡng năm 2096 đã được trình phê duyệt";

    @Test
    void aMailCutOffByAStopIsSentByTheNextStart() throws Exception {
        int refusing;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            refusing = s.getLocalPort();
        }

        try (ConfigurableApplicationContext first = start(refusing, true)) {
            Api chief = api(first).as("chanhvp");
            var plan = chief.postJson("/api/v1/plans", Map.of("year", YEAR, "registrationDueDate", YEAR + "-01-20"));
            assertThat(plan.status()).as(plan.body()).isEqualTo(201);
            long id = plan.json().get("id").asLong();
            var item = chief.postJson("/api/v1/plans/" + id + "/items", item());
            assertThat(item.status()).as(item.body()).isEqualTo(201);
            assertThat(chief.postJson("/api/v1/plans/" + id + "/submit", Map.of()).status()).isEqualTo(200);

            // committed: the Director's notice is there, the mail's publication is kept as failed
            assertThat(api(first).as("giamdoc").get("/api/v1/notifications?size=20").body())
                    .contains("năm 2096 đã được trình, chờ Giám đốc phê duyệt");
            JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
            await().atMost(Duration.ofSeconds(30)).until(() -> mailPublications(jdbc),
                    rows -> rows.size() == 1 && "FAILED".equals(rows.get(0).get("status")));
        }
        assertThat(Mailbox.withSubject(SUBJECT)).isEmpty();

        try (ConfigurableApplicationContext second = start(Mailbox.port(), false)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> Mailbox.withSubject(SUBJECT), mails -> !mails.isEmpty());
            assertThat(Mailbox.withSubject(SUBJECT)).hasSize(1);
            assertThat(Mailbox.recipients(Mailbox.withSubject(SUBJECT).get(0))).containsExactly("giamdoc@sonoivu.test");
            assertThat(Mailbox.withSubject(SUBJECT).get(0).getContent().toString())
                    .contains("Văn phòng đã trình kế hoạch đào tạo, bồi dưỡng năm 2096", "/plans/");

            JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
            await().atMost(Duration.ofSeconds(30)).until(() -> mailPublications(jdbc),
                    rows -> rows.size() == 1 && "COMPLETED".equals(rows.get(0).get("status"))
                            && rows.get(0).get("completion_date") != null);
        }
    }

    /**
     * The application on the database of this test, its mail to the given port. Only the first
     * start empties the database (TestDatabaseConfig, on PostgreSQL); the test classes' own
     * configurations are kept out of the component scan, as {@code @SpringBootTest} keeps them out.
     */
    private static ConfigurableApplicationContext start(int smtpPort, boolean fresh) {
        Map<String, Object> props = new HashMap<>();
        External.ownDatabase((name, value) -> props.put(name, value.get()), "restart");
        props.put("server.port", "0");
        props.put("boiduong.demo-data", "true");
        props.put("boiduong.demo.mail-domain", "sonoivu.test");
        props.put("boiduong.mail.from", "boiduong@sonoivu.test");
        props.put("boiduong.reminders.cron", "-");
        props.put("spring.mail.host", "127.0.0.1");
        props.put("spring.mail.port", String.valueOf(smtpPort));
        props.put("spring.mail.properties.mail.smtp.connectiontimeout", "5000");
        props.put("spring.mail.properties.mail.smtp.timeout", "5000");
        SpringApplicationBuilder app = fresh ? new SpringApplicationBuilder(BoiDuongApplication.class,
                TestDatabaseConfig.class) : new SpringApplicationBuilder(BoiDuongApplication.class);
        // as arguments of the command line, which come before application.properties (default properties do not)
        String[] args = props.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        return app.initializers(context -> context.getBeanFactory().registerSingleton("skipTestComponents",
                new SkipTestComponents())).run(args);
    }

    private static Api api(ConfigurableApplicationContext context) {
        return new Api("http://localhost:" + context.getEnvironment().getProperty("local.server.port"));
    }

    private static List<Map<String, Object>> mailPublications(JdbcTemplate jdbc) {
        // this test's mail only: the demo data's own notices (B5's classes) queue mails of their own
        return jdbc.queryForList("select status, completion_date from event_publication where listener_id = ? "
                + "and serialized_event like ?", "notification.mail", "%" + YEAR + "%");
    }

    private static Map<String, Object> item() {
        Map<String, Object> m = new HashMap<>();
        m.put("title", "Bồi dưỡng kỹ năng số cho công chức");
        m.put("category", "DIGITAL");
        m.put("kind", "HOSTED");
        m.put("targetLearners", "Công chức các phòng");
        m.put("headcount", 20);
        m.put("startDate", YEAR + "-03-02");
        m.put("endDate", YEAR + "-03-06");
        m.put("location", "Hội trường Sở Nội vụ");
        m.put("lecturers", "Học viện Chính trị khu vực I");
        m.put("institution", "Trường Chính trị tỉnh Bắc Giang");
        m.put("budget", 30_000_000L);
        m.put("needIds", List.of());
        return m;
    }

    /** Leaves out of the scan what the test classpath marks as test components (TestDatabaseConfig). */
    static final class SkipTestComponents extends TypeExcludeFilter {
        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
            return reader.getAnnotationMetadata().isAnnotated(TestComponent.class.getName());
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof SkipTestComponents;
        }

        @Override
        public int hashCode() {
            return SkipTestComponents.class.hashCode();
        }
    }
}
