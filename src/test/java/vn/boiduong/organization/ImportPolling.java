package vn.boiduong.organization;

import tools.jackson.databind.JsonNode;
import vn.boiduong.support.Api;

/** Waiting for a background import to finish, through its status endpoint. */
final class ImportPolling {

    private ImportPolling() {
    }

    static JsonNode awaitFinished(Api api, long id) {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            Api.Response r = api.get("/api/v1/staff/imports/" + id);
            if (r.status() != 200) {
                throw new AssertionError("status " + r.status() + ": " + r.body());
            }
            String status = r.json().get("status").asString();
            if (status.equals("DONE") || status.equals("FAILED")) {
                return r.json();
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("import " + id + " did not finish within 60 s");
    }
}
