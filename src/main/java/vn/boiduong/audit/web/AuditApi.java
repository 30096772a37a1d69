package vn.boiduong.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.data.domain.PageRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.boiduong.audit.AuditTrail;
import vn.boiduong.common.CurrentActor;
import vn.boiduong.common.PageResponse;
import vn.boiduong.common.Paging;

@RestController
@RequestMapping("/api/v1/audit")
class AuditApi {

    private final AuditTrail trail;

    AuditApi(AuditTrail trail) {
        this.trail = trail;
    }

    /** Newest first; {@code type} and {@code id} are optional filters. */
    @Operation(summary = "Nhật ký thay đổi, theo trang; lọc theo loại đối tượng (type) và mã (id)")
    @GetMapping
    PageResponse<AuditTrail.Line> find(@RequestParam(required = false) String type,
            @RequestParam(required = false) String id, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        PageRequest p = (PageRequest) Paging.of(page, size, null, java.util.Map.of(),
                org.springframework.data.domain.Sort.unsorted());
        return trail.find(CurrentActor.get(), type, id, p);
    }

    /** Recomputes the whole hash chain; {@code intact} false names the first broken link. */
    @Operation(summary = "Kiểm tra tính toàn vẹn của nhật ký (chuỗi mã băm): báo liên kết hỏng đầu tiên")
    @GetMapping("/chain-check")
    AuditTrail.ChainCheck check() {
        return trail.check(CurrentActor.get());
    }
}
