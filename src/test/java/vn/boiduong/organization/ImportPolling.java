package vn.boiduong.organization;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import tools.jackson.databind.JsonNode;
import vn.boiduong.support.Api;

/** Waiting for a background import to finish, through its status endpoint. */
final class ImportPolling {

    private ImportPolling() {
    }

    static JsonNode awaitFinished(Api api, long id) {
        AtomicReference<JsonNode> last = new AtomicReference<>();
        await("import " + id + " finished").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    Api.Response r = api.get("/api/v1/staff/imports/" + id);
                    if (r.status() != 200) {
                        throw new AssertionError("status " + r.status() + ": " + r.body());
                    }
                    last.set(r.json());
                    String status = r.json().get("status").asString();
                    return status.equals("DONE") || status.equals("FAILED");
                });
        return last.get();
    }
}
