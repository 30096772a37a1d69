package vn.boiduong.needs.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
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
import vn.boiduong.common.NotFoundException;
import vn.boiduong.common.PageResponse;
import vn.boiduong.common.Paging;
import vn.boiduong.common.TrainingCategory;
import vn.boiduong.needs.ConsolidatedNeed;
import vn.boiduong.needs.NeedCollections;
import vn.boiduong.needs.NeedConsolidation;
import vn.boiduong.needs.NeedData;
import vn.boiduong.needs.NeedService;
import vn.boiduong.needs.NeedStatus;
import vn.boiduong.needs.NeedSummary;
import vn.boiduong.needs.NeedView;
import vn.boiduong.needs.NeedsFromCompetency;

/** Training needs for integrators (api.md): B1 submission and review, B2 summary and consolidation. */
@RestController
@RequestMapping("/api/v1/needs")
class NeedApi {

    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    record ReturnBody(String reason) {
    }

    record CollectionBody(Integer year, LocalDate dueDate) {
    }

    record MergeBody(Integer year, List<Long> needIds, String title, String level) {
    }

    record LineView(Long id, int year, String title, TrainingCategory category, String level) {
        static LineView of(ConsolidatedNeed c) {
            return new LineView(c.getId(), c.getYear(), c.getTitle(), c.getCategory(), c.getLevel());
        }
    }

    record FromGapBody(Long staffId, Long competencyId, Integer year) {
    }

    record FromFindingBody(Long staffId, Long ruleId, Integer year) {
    }

    record CategoryView(TrainingCategory code, String label, List<TrainingCategory.Level> levels) {
    }

    private final NeedService needs;
    private final NeedConsolidation consolidation;
    private final NeedCollections collections;
    private final NeedsFromCompetency fromCompetency;

    NeedApi(NeedService needs, NeedConsolidation consolidation, NeedCollections collections,
            NeedsFromCompetency fromCompetency) {
        this.fromCompetency = fromCompetency;
        this.needs = needs;
        this.consolidation = consolidation;
        this.collections = collections;
    }

    @Operation(summary = "Tạo nhu cầu đào tạo, bồi dưỡng (bản nháp)")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    NeedView create(@RequestBody(required = false) NeedData body) {
        return needs.create(CurrentActor.get(), body);
    }

    /** A draft from a person's competency gap (B1, "one click"): 201 with the need. */
    @Operation(summary = "Tạo bản nháp nhu cầu từ khoảng cách năng lực của một người (B1)")
    @PostMapping("/from-gap")
    @ResponseStatus(HttpStatus.CREATED)
    NeedView fromGap(@RequestBody(required = false) FromGapBody body) {
        FromGapBody b = body == null ? new FromGapBody(null, null, null) : body;
        return fromCompetency.fromGap(CurrentActor.get(), b.staffId(), b.competencyId(), b.year());
    }

    /** A draft from a finding of the organisational analysis: 201 with the need. */
    @Operation(summary = "Tạo bản nháp nhu cầu từ một kết quả phân tích tổ chức")
    @PostMapping("/from-finding")
    @ResponseStatus(HttpStatus.CREATED)
    NeedView fromFinding(@RequestBody(required = false) FromFindingBody body) {
        FromFindingBody b = body == null ? new FromFindingBody(null, null, null) : body;
        return fromCompetency.fromFinding(CurrentActor.get(), b.staffId(), b.ruleId(), b.year());
    }

    /** Paged needs in the caller's scope; {@code q} searches titles without regard to diacritics. */
    @Operation(summary = "Các nhu cầu trong phạm vi của người gọi, theo trang; q tìm theo tên không phân biệt dấu")
    @GetMapping
    PageResponse<NeedView> list(@RequestParam(required = false) Integer year,
            @RequestParam(required = false) Long unitId, @RequestParam(required = false) NeedStatus status,
            @RequestParam(required = false) @Size(max = 100, message = "{search.size}") String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, @RequestParam(required = false) String sort) {
        return needs.search(CurrentActor.get(), year, unitId, status, q,
                Paging.of(page, size, sort, NeedService.SORTABLE, NeedService.DEFAULT_SORT));
    }

    @Operation(summary = "Một nhu cầu")
    @GetMapping("/{id}")
    NeedView one(@PathVariable Long id) {
        return needs.get(CurrentActor.get(), id);
    }

    @Operation(summary = "Sửa một nhu cầu (bản nháp hoặc bị trả lại)")
    @PutMapping("/{id}")
    NeedView update(@PathVariable Long id, @RequestBody(required = false) NeedData body) {
        return needs.update(CurrentActor.get(), id, body);
    }

    @Operation(summary = "B1: gửi nhu cầu lên Văn phòng")
    @PostMapping("/{id}/submit")
    NeedView submit(@PathVariable Long id) {
        return needs.submit(CurrentActor.get(), id);
    }

    @Operation(summary = "Trả lại nhu cầu kèm lý do (Văn phòng)")
    @PostMapping("/{id}/return")
    NeedView returnTo(@PathVariable Long id, @RequestBody(required = false) ReturnBody body) {
        return needs.returnTo(CurrentActor.get(), id, body == null ? null : body.reason());
    }

    @Operation(summary = "Tiếp nhận nhu cầu (Văn phòng)")
    @PostMapping("/{id}/accept")
    NeedView accept(@PathVariable Long id) {
        return needs.accept(CurrentActor.get(), id);
    }

    /** B2: the year's accepted needs grouped by category, level and title (or consolidated line). */
    @Operation(summary = "B2: các nhu cầu đã tiếp nhận của năm, nhóm theo loại, trình độ và tên")
    @GetMapping("/summary")
    NeedSummary summary(@RequestParam int year) {
        return consolidation.summary(CurrentActor.get(), year);
    }

    @Operation(summary = "B2: bảng tổng hợp nhu cầu của năm, tệp Excel")
    @GetMapping("/summary.xlsx")
    ResponseEntity<byte[]> summaryXlsx(@RequestParam int year) {
        byte[] bytes = consolidation.workbook(CurrentActor.get(), year);
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("tong-hop-nhu-cau-" + year + ".xlsx").build().toString())
                .body(bytes);
    }

    /** Merges accepted needs into one consolidated line (Office). */
    @Operation(summary = "Gộp các nhu cầu đã tiếp nhận thành một dòng tổng hợp (Văn phòng)")
    @PostMapping("/consolidated")
    @ResponseStatus(HttpStatus.CREATED)
    LineView merge(@RequestBody(required = false) MergeBody body) {
        MergeBody b = body == null ? new MergeBody(null, null, null, null) : body;
        return LineView.of(consolidation.merge(CurrentActor.get(), b.year(), b.needIds(), b.title(), b.level()));
    }

    @Operation(summary = "Tách một dòng tổng hợp trở lại các nhu cầu (Văn phòng)")
    @DeleteMapping("/consolidated/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unmerge(@PathVariable Long id) {
        consolidation.unmerge(CurrentActor.get(), id);
    }

    /** Opens the year's collection with a due date (201), or moves the due date of an open one (200). */
    @Operation(summary = "Mở đợt thu thập nhu cầu của năm với hạn gửi (201), hoặc dời hạn của đợt đang mở (200)")
    @PostMapping("/collections")
    ResponseEntity<NeedCollections.CollectionView> openCollection(@RequestBody(required = false) CollectionBody body) {
        CollectionBody b = body == null ? new CollectionBody(null, null) : body;
        NeedCollections.Opened opened = collections.open(CurrentActor.get(), b.year(), b.dueDate());
        return ResponseEntity.status(opened.created() ? HttpStatus.CREATED : HttpStatus.OK).body(opened.collection());
    }

    /** The units against the year's collection: who sent, who is late (Office, Director). */
    @Operation(summary = "Các đơn vị trong đợt thu thập nhu cầu của năm: đơn vị đã gửi, đơn vị chậm")
    @GetMapping("/collections")
    NeedCollections.Progress collection(@RequestParam int year) {
        return collections.progress(CurrentActor.get(), year)
                .orElseThrow(() -> new NotFoundException("đợt thu thập nhu cầu năm " + year));
    }

    /** The categories and levels of forms.md, for clients building a form. */
    @Operation(summary = "Các loại và trình độ đào tạo, bồi dưỡng, để dựng biểu mẫu")
    @GetMapping("/categories")
    List<CategoryView> categories() {
        return Arrays.stream(TrainingCategory.values()).map(c -> new CategoryView(c, c.label(), c.levels())).toList();
    }
}
