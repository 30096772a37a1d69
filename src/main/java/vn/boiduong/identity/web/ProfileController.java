package vn.boiduong.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.boiduong.common.Actor;
import vn.boiduong.common.CurrentActor;
import vn.boiduong.common.InvalidInputException;
import vn.boiduong.identity.internal.ApiTokens;

/**
 * The signed-in person's own page: who they are and their personal API tokens (make one, shown once;
 * revoke one). The administrator sees and revokes an account's tokens on /admin/users/{id}.
 */
@Controller
class ProfileController {

    private final ApiTokens tokens;

    ProfileController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping("/me")
    String me(Model model) {
        Actor actor = CurrentActor.get();
        model.addAttribute("me", actor);
        model.addAttribute("tokens", tokens.list(actor, null));
        model.addAttribute("maxDays", ApiTokens.MAX_DAYS);
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", java.util.Map.of());
        }
        return "users/me";
    }

    @PostMapping("/me/tokens")
    String create(@RequestParam(defaultValue = "") String name, @RequestParam(required = false) Integer days,
            RedirectAttributes redirect) {
        try {
            // the token travels once, in the flash attribute of the very next page, and is never stored
            redirect.addFlashAttribute("created", tokens.create(CurrentActor.get(), null, name, days));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("errors", e.toFieldMap());
            redirect.addFlashAttribute("name", name);
        }
        return "redirect:/me";
    }

    @PostMapping("/me/tokens/{tokenId}/revoke")
    String revoke(@PathVariable Long tokenId, RedirectAttributes redirect) {
        tokens.revoke(CurrentActor.get(), null, tokenId);
        redirect.addFlashAttribute("revoked", true);
        return "redirect:/me";
    }

    @PostMapping("/admin/users/{userId}/tokens/{tokenId}/revoke")
    String revokeFor(@PathVariable Long userId, @PathVariable Long tokenId) {
        tokens.revoke(CurrentActor.get(), userId, tokenId);
        return "redirect:/admin/users/" + userId;
    }
}
