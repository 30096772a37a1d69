package vn.boiduong.organization.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.boiduong.common.CurrentActor;
import vn.boiduong.common.PageResponse;
import vn.boiduong.common.Paging;
import vn.boiduong.organization.StaffData;
import vn.boiduong.organization.StaffService;
import vn.boiduong.organization.StaffView;
import vn.boiduong.organization.UnitService;

/** Units and staff for integrators (api.md). */
@RestController
@RequestMapping("/api/v1")
class OrganizationApi {

    record UnitView(Long id, String code, String name, boolean office) {
    }

    /** Validated by the service after its right check (403 before 400). */
    record NewStaff(String code, StaffData data) {
    }

    record StaffChange(Long version, StaffData data) {
    }

    private final UnitService units;
    private final StaffService staff;

    OrganizationApi(UnitService units, StaffService staff) {
        this.units = units;
        this.staff = staff;
    }

    @Operation(summary = "Các đơn vị của cơ quan")
    @GetMapping("/units")
    List<UnitView> units() {
        return units.unitsOf(CurrentActor.get()).stream()
                .map(u -> new UnitView(u.getId(), u.getCode(), u.getName(), u.isOffice())).toList();
    }

    /** Paged staff; {@code q} searches name and code without regard to diacritics. */
    @Operation(summary = "Danh sách cán bộ, theo trang; q tìm theo tên và mã không phân biệt dấu")
    @GetMapping("/staff")
    PageResponse<StaffView> staff(@RequestParam(required = false) Long unitId,
            @RequestParam(required = false) @Size(max = 100, message = "{search.size}") String q,
            @RequestParam(defaultValue = "true") boolean activeOnly,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort) {
        return staff.search(CurrentActor.get(), unitId, q, activeOnly,
                Paging.of(page, size, sort, StaffService.SORTABLE, StaffService.DEFAULT_SORT));
    }

    @Operation(summary = "Một cán bộ")
    @GetMapping("/staff/{id}")
    StaffView one(@PathVariable Long id) {
        return staff.get(CurrentActor.get(), id);
    }

    @Operation(summary = "Thêm cán bộ")
    @PostMapping("/staff")
    @ResponseStatus(HttpStatus.CREATED)
    StaffView create(@RequestBody NewStaff body) {
        return staff.create(CurrentActor.get(), body.code(), body.data());
    }

    @Operation(summary = "Sửa hồ sơ cán bộ; version cũ → 409")
    @PutMapping("/staff/{id}")
    StaffView update(@PathVariable Long id, @RequestBody StaffChange body) {
        return staff.update(CurrentActor.get(), id, body.version(), body.data());
    }

    @Operation(summary = "Cho cán bộ thôi làm việc (ngừng hoạt động)")
    @PostMapping("/staff/{id}/deactivate")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deactivate(@PathVariable Long id) {
        staff.deactivate(CurrentActor.get(), id);
    }
}
