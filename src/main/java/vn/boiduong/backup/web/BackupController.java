package vn.boiduong.backup.web;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.boiduong.backup.DatabaseBackups;
import vn.boiduong.common.Actor;
import vn.boiduong.common.CurrentActor;
import vn.boiduong.common.IllegalTransitionException;
import vn.boiduong.common.Role;

/** /admin/backup: the administrator takes a backup of the embedded database and downloads it. */
@Controller
class BackupController {

    private final DatabaseBackups backups;

    BackupController(DatabaseBackups backups) {
        this.backups = backups;
    }

    @GetMapping("/admin/backup")
    String page(Model model) {
        Actor actor = CurrentActor.get();
        actor.require(Role.ADMIN);
        model.addAttribute("supported", backups.supported());
        model.addAttribute("postgres", backups.onPostgres());
        model.addAttribute("folder", backups.folder().toString());
        model.addAttribute("backups", backups.list(actor));
        return "backup/list";
    }

    @PostMapping("/admin/backup")
    String create(RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("created", backups.create(CurrentActor.get()).name());
        } catch (IllegalTransitionException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/admin/backup";
    }

    @GetMapping("/admin/backup/{name}")
    ResponseEntity<Resource> download(@PathVariable String name) {
        return BackupApi.file(backups.file(CurrentActor.get(), name));
    }
}
