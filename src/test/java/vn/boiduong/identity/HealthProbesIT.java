package vn.boiduong.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
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

    @Test
    void otherActuatorEndpointsStayClosed() {
        assertThat(api().get("/actuator/env").status()).isNotEqualTo(200);
    }
}
