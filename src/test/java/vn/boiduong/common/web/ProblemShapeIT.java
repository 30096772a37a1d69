package vn.boiduong.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.boiduong.support.HttpTest;

/** A 401 from the security filters has the same members as a 403 or 400 from a controller. */
class ProblemShapeIT extends HttpTest {

    private static List<String> members(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.propertyNames().forEach(out::add);
        return out;
    }

    @Test
    void everyProblemHasTheSameTopLevelMembers() {
        var unauthorized = api().get("/api/v1/me");
        assertThat(unauthorized.status()).isEqualTo(401);
        assertThat(unauthorized.header("Content-Type")).startsWith("application/problem+json");
        JsonNode a = unauthorized.json();
        var forbidden = api().as("nhanvien").get("/api/v1/audit");
        assertThat(forbidden.status()).isEqualTo(403);
        JsonNode b = forbidden.json();
        assertThat(members(a)).containsExactlyInAnyOrderElementsOf(members(b)).doesNotContain("properties", "type");
        assertThat(a.get("status").asInt()).isEqualTo(401);
        assertThat(a.get("detail").asString()).isNotBlank();
        assertThat(a.get("instance").asString()).isEqualTo("/api/v1/me");
    }
}
