package vn.boiduong.audit.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.boiduong.audit.AuditTrail;
import vn.boiduong.common.CurrentActor;
import vn.boiduong.common.Paging;
import vn.boiduong.identity.UserDirectory;

@Controller
class AuditController {

    private final AuditTrail trail;
    private final UserDirectory people;
    private final ReadableDetail details;

    AuditController(AuditTrail trail, UserDirectory people, ReadableDetail details) {
        this.trail = trail;
        this.people = people;
        this.details = details;
    }

    @GetMapping("/audit")
    String audit(@RequestParam(required = false) String type, @RequestParam(required = false) String id,
            @RequestParam(defaultValue = "0") int page, Model model) {
        var result = trail.find(CurrentActor.get(), type, id,
                Paging.of(page, 50, null, java.util.Map.of(), org.springframework.data.domain.Sort.unsorted()));
        model.addAttribute("result", result);
        // the trail keeps the sign-in name (it outlives renames); the page names the person
        model.addAttribute("names", people.fullNamesOf(result.items().stream().map(AuditTrail.Line::actor).toList()));
        model.addAttribute("details", details.readable(result.items().stream().map(AuditTrail.Line::detail).toList()));
        model.addAttribute("type", type);
        model.addAttribute("id", id);
        model.addAttribute("baseUrl", org.springframework.web.util.UriComponentsBuilder.fromPath("/audit")
                .queryParam("type", type == null ? "" : type).queryParam("id", id == null ? "" : id).encode().build()
                .toUriString());
        model.addAttribute("types", new java.util.TreeSet<>(AuditTrail.TYPES));
        return "audit/list";
    }

    /** The administrator's check of the hash chain: intact, or the first broken link. */
    @GetMapping("/audit/chain-check")
    String check(Model model) {
        model.addAttribute("check", trail.check(CurrentActor.get()));
        return "audit/chain-check";
    }
}
