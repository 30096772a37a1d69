package vn.boiduong.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.boiduong.common.Actor;
import vn.boiduong.common.CurrentActor;
import vn.boiduong.common.Role;

@RestController
class MeApi {

    private final vn.boiduong.identity.UserDirectory directory;

    MeApi(vn.boiduong.identity.UserDirectory directory) {
        this.directory = directory;
    }

    record Me(String username, String fullName, List<Role> roles, Long unitId, Long agencyId, Long staffId) {
    }

    @Operation(summary = "Người dùng đang đăng nhập: họ tên, vai trò, đơn vị, cơ quan, hồ sơ cán bộ")
    @GetMapping("/api/v1/me")
    Me me() {
        Actor a = CurrentActor.get();
        return new Me(a.username(), a.fullName(), a.roles().stream().sorted().toList(), a.unitId(), a.agencyId(),
                a.userId() == null ? null : directory.staffIdOf(a.userId()).orElse(null));
    }
}
