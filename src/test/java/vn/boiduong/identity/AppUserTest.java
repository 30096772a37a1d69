package vn.boiduong.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import vn.boiduong.common.Role;

class AppUserTest {

    @Test
    void actorCarriesRolesUnitAndAgency() {
        AppUser u = new AppUser("tp.x", "{noop}x", "Trưởng Phòng X", EnumSet.of(Role.UNIT_HEAD, Role.STAFF), 1L, 4L,
                9L);
        var a = u.actor();
        assertThat(a.has(Role.UNIT_HEAD)).isTrue();
        assertThat(a.seesWholeAgency()).isFalse();
        assertThat(a.seesUnit(1L, 4L)).isTrue();
        assertThat(a.seesUnit(1L, 5L)).isFalse();
        assertThat(a.seesUnit(2L, 4L)).isFalse();
        assertThat(u.isLocked(java.time.Instant.now())).isFalse();
    }
}
