package vn.boiduong.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.boiduong.support.Api;
import vn.boiduong.support.HttpTest;

/** A load balancer asks whether a node is ready without credentials (bench/benchmark.sh waits on it too). */
class HealthProbesIT extends HttpTest {

    @Test
    void probesAnswerWithoutSignIn() {
        for (String probe : new String[] {"/actuator/health/readiness", "/actuator/health/liveness"}) {
            var r = api().get(probe);
            assertThat(r.status()).as(probe).isEqualTo(200);
            assertThat(r.json().get("status").asString()).isEqualTo("UP");
        }
    }

    /** Without credentials the sign-in page; signed in, even as the administrator, nothing is there. */
    @Test
    void otherActuatorEndpointsStayClosed() {
        var anonymous = api().get("/actuator/env");
        assertThat(anonymous.status()).isEqualTo(302);
        assertThat(anonymous.header("Location")).endsWith("/login");
        assertThat(new Api(baseUrl()).signedIn("admin").get("/actuator/env").status()).isEqualTo(404);
    }
}
