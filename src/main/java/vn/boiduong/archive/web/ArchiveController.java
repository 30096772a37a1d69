package vn.boiduong.archive.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import vn.boiduong.archive.ArchiveService;
import vn.boiduong.archive.FixityCheck;
import vn.boiduong.archive.RecordType;
import vn.boiduong.archive.RetentionRules;
import vn.boiduong.common.Actor;
import vn.boiduong.common.CurrentActor;
import vn.boiduong.common.IllegalTransitionException;
import vn.boiduong.common.InvalidInputException;
import vn.boiduong.common.NotFoundException;
import vn.boiduong.common.Paging;
import vn.boiduong.common.web.DayInputs;

/** The pages of B7: /archive (search), /archive/{id} (a set and its acts), /archive/fixity, /archive/retention. */
@Controller
class ArchiveController {

    private final ArchiveService archive;
    private final RetentionRules retention;
    private final FixityCheck fixity;
    private final vn.boiduong.archive.BagIt bagIt;
    private final long maxScanBytes;

    ArchiveController(ArchiveService archive, RetentionRules retention, FixityCheck fixity, vn.boiduong.archive.BagIt bagIt,
            @Value("${boiduong.archive.max-scan-size:10MB}") DataSize maxScan) {
        this.archive = archive;
        this.retention = retention;
        this.fixity = fixity;
        this.bagIt = bagIt;
        this.maxScanBytes = maxScan.toBytes();
    }

    @GetMapping("/archive")
    String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) String q,
            @RequestParam(required = false) String type, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) String sort, Model model) {
        Actor actor = CurrentActor.get();
        var result = archive.list(actor, new ArchiveService.Filter(year, q, type),
                Paging.of(page, 20, sort, ArchiveService.SORTABLE, Sort.by(Sort.Direction.DESC, "year")));
        model.addAttribute("result", result);
        model.addAttribute("years", archive.years(actor));
        model.addAttribute("types", Arrays.asList(RecordType.values()));
        model.addAttribute("year", year);
        model.addAttribute("q", q);
        model.addAttribute("type", type);
        model.addAttribute("sort", sort);
        model.addAttribute("baseUrl", UriComponentsBuilder.fromPath("/archive").queryParam("year", year == null ? "" : year)
                .queryParam("q", q == null ? "" : q).queryParam("type", type == null ? "" : type)
                .queryParam("sort", sort == null ? "" : sort).encode().build().toUriString());
        model.addAttribute("mayManage", actorMayManage(actor));
        return "archive/list";
    }

    private boolean actorMayManage(Actor actor) {
        try {
            archive.checkManage(actor);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    @PostMapping("/archive/import")
    String importBag(@RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes redirect) {
        return act("/archive", redirect, "Đã nhập hồ sơ từ gói BagIt: mọi mã SHA-256 đều khớp.", () -> {
            Actor actor = CurrentActor.get();
            archive.checkManage(actor);
            if (file == null || file.isEmpty()) {
                throw InvalidInputException.of("file", "Cần chọn gói ZIP để nhập.");
            }
            try {
                bagIt.importBag(actor, file.getInputStream());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @GetMapping("/archive/{id}")
    String view(@PathVariable Long id, Model model) {
        model.addAttribute("s", archive.detail(CurrentActor.get(), id));
        model.addAttribute("maxScan", DataSize.ofBytes(maxScanBytes).toMegabytes() + " MB");
        return "archive/set";
    }

    @PostMapping("/archive/{id}/documents")
    String upload(@PathVariable Long id, @RequestParam(name = "file", required = false) MultipartFile file,
            RedirectAttributes redirect) {
        return act("/archive/" + id, redirect, "Đã thêm bản quét vào hồ sơ.", () -> {
            Actor actor = CurrentActor.get();
            archive.detail(actor, id);
            archive.checkManage(actor);
            if (file == null || file.isEmpty()) {
                throw InvalidInputException.of("file", "Cần chọn tệp PDF để tải lên.");
            }
            try {
                archive.addScan(actor, id, file.getOriginalFilename(), file.getBytes(), maxScanBytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @PostMapping("/archive/{id}/close")
    String close(@PathVariable Long id, RedirectAttributes redirect) {
        return act("/archive/" + id, redirect, "Đã đóng hồ sơ: từ nay chỉ đọc.", () -> archive.close(CurrentActor.get(), id));
    }

    @PostMapping("/archive/{id}/disposal")
    String propose(@PathVariable Long id, @RequestParam(required = false) String reason,
            @RequestParam(required = false) String councilMembers, RedirectAttributes redirect) {
        return act("/archive/" + id, redirect, "Đã gửi đề nghị hủy hồ sơ.",
                () -> archive.proposeDisposal(CurrentActor.get(), id, reason, councilMembers));
    }

    @PostMapping("/archive/{id}/disposal/opinion")
    String opinion(@PathVariable Long id, @RequestParam(required = false) String opinion, RedirectAttributes redirect) {
        return act("/archive/" + id, redirect, "Đã ghi ý kiến của Hội đồng.",
                () -> archive.appraise(CurrentActor.get(), id, opinion));
    }

    @PostMapping("/archive/{id}/disposal/approve")
    String approve(@PathVariable Long id, @RequestParam(required = false) String decisionNumber,
            @RequestParam(required = false) String decisionDate, RedirectAttributes redirect) {
        return act("/archive/" + id, redirect, "Đã quyết định hủy: các tệp của hồ sơ đã được xóa, biên bản hủy được giữ.",
                () -> archive.approveDisposal(CurrentActor.get(), id, decisionNumber,
                        DayInputs.parse("decisionDate", decisionDate)));
    }

    @PostMapping("/archive/{id}/disposal/reject")
    String reject(@PathVariable Long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return act("/archive/" + id, redirect, "Đã ghi quyết định không hủy.",
                () -> archive.rejectDisposal(CurrentActor.get(), id, reason));
    }

    @GetMapping("/archive/fixity")
    String fixity(Model model) {
        model.addAttribute("runs", fixity.runs(CurrentActor.get(), 60));
        return "archive/fixity";
    }

    @GetMapping("/archive/retention")
    String retention(Model model) {
        Actor actor = CurrentActor.get();
        model.addAttribute("rules", retention.list(actor));
        model.addAttribute("types", Arrays.asList(RecordType.values()));
        model.addAttribute("canEdit", actor.has(vn.boiduong.common.Role.ADMIN));
        return "archive/retention";
    }

    @PostMapping("/archive/retention")
    String addRule(@RequestParam(required = false) String type, @RequestParam(required = false) String years,
            @RequestParam(required = false) String legalBasis, @RequestParam(required = false) String effectiveFrom,
            RedirectAttributes redirect) {
        return act("/archive/retention", redirect, "Đã thêm thời hạn bảo quản.", () -> {
            Integer y = null;
            if (years != null && !years.isBlank()) {
                try {
                    y = Integer.valueOf(years.strip());
                } catch (NumberFormatException e) {
                    throw InvalidInputException.of("years", "Số năm phải là số nguyên (để trống: vĩnh viễn).");
                }
            }
            retention.add(CurrentActor.get(), type, y, legalBasis, DayInputs.parse("effectiveFrom", effectiveFrom));
        });
    }

    private static String act(String target, RedirectAttributes redirect, String saved, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("archiveSaved", saved);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("archiveError", e.errors().isEmpty() ? e.getMessage()
                    : e.errors().stream().map(InvalidInputException.FieldError::message)
                            .reduce((x, y) -> x + " " + y).orElse(e.getMessage()));
        } catch (IllegalTransitionException | NotFoundException e) {
            redirect.addFlashAttribute("archiveError", e.getMessage());
        }
        return "redirect:" + target;
    }
}
