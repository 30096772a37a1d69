package vn.boiduong.delivery.web;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import vn.boiduong.common.PageResponse;
import vn.boiduong.common.Paging;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.boiduong.common.CurrentActor;
import vn.boiduong.delivery.ClassService;
import vn.boiduong.delivery.ClassView;

/** GET /api/v1/classes?planId=: the caller's agency's classes with status and counts. */
@RestController
@RequestMapping("/api/v1/classes")
class ClassApi {

    private final ClassService classes;

    ClassApi(ClassService classes) {
        this.classes = classes;
    }

    @Operation(summary = "Các lớp học (B5) tạo từ kế hoạch đã phê duyệt, theo trang")
    @GetMapping
    PageResponse<ClassView> list(@RequestParam(required = false) Long planId,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        Pageable p = Paging.of(page, size, null, Map.of(), Sort.unsorted());
        List<ClassView> all = classes.list(CurrentActor.get(), planId);
        int from = (int) Math.min(p.getOffset(), all.size());
        return new PageResponse<>(all.subList(from, Math.min(from + p.getPageSize(), all.size())), p.getPageNumber(),
                p.getPageSize(), all.size());
    }
}
