package vn.boiduong.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import vn.boiduong.support.Api;

/**
 * Test data for plans, built through the API as a person would (each test takes its own year); public
 * for the reporting module's tests, which draw the forms of a plan.
 */
public final class Plans {

    private Plans() {
    }

    /**
     * The year of the plan the test opened last: {@link #item} dates its class in it, since an item
     * must fall within its plan's year or the next (issue 13).
     */
    private static final ThreadLocal<Integer> LAST_YEAR = ThreadLocal.withInitial(() -> 2027);

    public static JsonNode open(Api chief, int year) {
        var r = chief.postJson("/api/v1/plans", Map.of("year", year, "registrationDueDate", year + "-01-20"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        LAST_YEAR.set(year);
        return r.json();
    }

    /** The item with its dates moved into the given plan year (2-6 March). */
    public static Map<String, Object> inYear(Map<String, Object> item, int year) {
        Map<String, Object> m = new LinkedHashMap<>(item);
        m.put("startDate", year + "-03-02");
        m.put("endDate", year + "-03-06");
        return m;
    }

    public static Map<String, Object> item(String title, String category, String level, int headcount, Object budget) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", title);
        m.put("category", category);
        if (level != null) {
            m.put("level", level);
        }
        m.put("kind", "HOSTED");
        m.put("targetLearners", "Công chức các phòng");
        m.put("headcount", headcount);
        m.put("startDate", LAST_YEAR.get() + "-03-02");
        m.put("endDate", LAST_YEAR.get() + "-03-06");
        m.put("location", "Hội trường Sở Nội vụ");
        m.put("lecturers", "Học viện Chính trị khu vực I");
        m.put("institution", "Trường Chính trị tỉnh Bắc Giang");
        m.put("budget", budget);
        m.put("needIds", List.of());
        return m;
    }

    public static long addItem(Api office, long planId, Map<String, Object> item) {
        int year = office.get("/api/v1/plans/" + planId).json().get("year").asInt();
        String start = String.valueOf(item.get("startDate"));
        if (!start.startsWith(year + "-") && !start.startsWith((year + 1) + "-")) {
            item = inYear(item, year);
        }
        var r = office.postJson("/api/v1/plans/" + planId + "/items", item);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    /** A need of the head's unit for the year, submitted by the head and accepted by the Office specialist. */
    static long acceptedNeed(Api head, Api specialist, int year, String title, int headcount) {
        long unitId = head.get("/api/v1/me").json().get("unitId").asLong();
        var created = head.postJson("/api/v1/needs", Map.of("year", year, "unitId", unitId, "title", title,
                "category", "DIGITAL", "headcount", headcount, "estimatedCost", 1_000_000));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(head.postJson("/api/v1/needs/" + id + "/submit", Map.of()).status()).isEqualTo(200);
        assertThat(specialist.postJson("/api/v1/needs/" + id + "/accept", Map.of()).status()).isEqualTo(200);
        return id;
    }

    /** A plan with two items, submitted by the Office chief. */
    public static long submitted(Api chief, int year) {
        long id = open(chief, year).get("id").asLong();
        addItem(chief, id, item("Bồi dưỡng kiến thức quản lý nhà nước ngạch chuyên viên", "STATE_MANAGEMENT",
                "SPECIALIST", 30, 120_000_000L));
        addItem(chief, id, item("Tin học văn phòng nâng cao", "DIGITAL", null, 25,
                Map.of("lecturerFees", 20_000_000L, "materials", 5_000_000L, "hall", 3_000_000L)));
        assertThat(chief.postJson("/api/v1/plans/" + id + "/submit", Map.of()).status()).isEqualTo(200);
        return id;
    }
}
