package vn.boiduong.organization.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.boiduong.common.Actor;
import vn.boiduong.common.CurrentActor;
import vn.boiduong.common.InvalidInputException;
import vn.boiduong.organization.importing.StaffImportService;

/**
 * The import pages: download the template, upload a file (a plain form post), then a result page
 * whose progress bar htmx refreshes every second until the import is done or has failed.
 */
@Controller
class StaffImportController {

    private final StaffImportService imports;

    StaffImportController(StaffImportService imports) {
        this.imports = imports;
    }

    @GetMapping("/staff/import")
    String page(Model model) {
        Actor actor = CurrentActor.get();
        StaffImportService.requireImporter(actor);
        model.addAttribute("recent", imports.recent(actor));
        model.addAttribute("maxBytes", StaffImportService.MAX_BYTES);
        return "staff/import";
    }

    @PostMapping("/staff/import")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model,
            HttpServletResponse response) throws IOException {
        Actor actor = CurrentActor.get();
        StaffImportService.requireImporter(actor);
        try {
            // no file chosen reads as an empty upload, which the service refuses with its own message
            InputStream content = file == null ? InputStream.nullInputStream()
                    : StaffImportApi.checked(file).getInputStream();
            StaffImportService.Started started = imports.start(actor, file == null ? null
                    : file.getOriginalFilename(), content);
            return "redirect:/staff/import/" + started.id();
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("error", e.getMessage());
            return page(model);
        }
    }

    @GetMapping("/staff/import/{id}")
    String result(@PathVariable long id, Model model) {
        model.addAttribute("job", imports.status(CurrentActor.get(), id));
        return "staff/import-result";
    }

    /** The fragment htmx polls; once the import is finished it no longer asks to be polled. */
    @GetMapping("/staff/import/{id}/progress")
    String progress(@PathVariable long id, Model model) {
        model.addAttribute("job", imports.status(CurrentActor.get(), id));
        return "staff/import-progress :: progress";
    }

    @GetMapping("/staff/import/template.xlsx")
    ResponseEntity<byte[]> template() {
        return StaffImportApi.template(imports.template(CurrentActor.get()));
    }
}
