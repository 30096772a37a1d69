package vn.boiduong.identity.web;

import java.util.EnumSet;
import java.util.Set;
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
import vn.boiduong.common.Paging;
import vn.boiduong.common.Role;
import vn.boiduong.identity.UserService;
import vn.boiduong.organization.StaffService;
import vn.boiduong.organization.UnitService;

/** The administrator's pages for users: list, add, edit roles and unit, reset password, unlock. */
@Controller
class UserController {

    /** The people offered when linking an account to a staff record: an agency's staff fit in one list. */
    static final int STAFF_CHOICES = 2000;

    private final UserService users;
    private final UnitService units;
    private final StaffService staff;
    private final vn.boiduong.identity.internal.ApiTokens tokens;

    UserController(UserService users, UnitService units, StaffService staff,
            vn.boiduong.identity.internal.ApiTokens tokens) {
        this.users = users;
        this.units = units;
        this.staff = staff;
        this.tokens = tokens;
    }

    @GetMapping("/admin/users")
    String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        Actor actor = CurrentActor.get();
        model.addAttribute("result", users.list(actor, q, Paging.of(page, 50, "username",
                java.util.Map.of("username", "username"), org.springframework.data.domain.Sort.by("id"))));
        model.addAttribute("q", q);
        model.addAttribute("units", units.unitsById(actor));
        model.addAttribute("baseUrl", org.springframework.web.util.UriComponentsBuilder.fromPath("/admin/users")
                .queryParam("q", q == null ? "" : q).encode().build().toUriString());
        return "users/list";
    }

    @GetMapping("/admin/users/new")
    String create(Model model) {
        Actor actor = CurrentActor.get();
        actor.require(Role.ADMIN);
        return form(model, actor, new UserService.UserForm("", "", EnumSet.of(Role.STAFF), null, null, true, "", ""),
                null,
                null);
    }

    @GetMapping("/admin/users/{id}")
    String edit(@PathVariable Long id, Model model) {
        Actor actor = CurrentActor.get();
        UserService.UserView v = users.get(actor, id);
        return form(model, actor, new UserService.UserForm(v.username(), v.fullName(), v.roles(), v.unitId(),
                v.staffId(), v.enabled(), "", v.email()), v, null);
    }

    @PostMapping({"/admin/users/new", "/admin/users/{id}"})
    String save(@PathVariable(required = false) Long id, @RequestParam(defaultValue = "") String username,
            @RequestParam(defaultValue = "") String fullName, @RequestParam(required = false) Set<Role> roles,
            @RequestParam(required = false) Long unitId, @RequestParam(required = false) Long staffId,
            @RequestParam(defaultValue = "false") boolean enabled, @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String email, Model model, RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        UserService.UserForm f = new UserService.UserForm(username, fullName,
                roles == null ? Set.of() : roles, unitId, staffId, id == null || enabled, password, email);
        try {
            UserService.UserView v = id == null ? users.create(actor, f) : users.update(actor, id, f);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/admin/users/" + v.id();
        } catch (InvalidInputException e) {
            return form(model, actor, f, id == null ? null : users.get(actor, id), e);
        }
    }

    @PostMapping("/admin/users/{id}/unlock")
    String unlock(@PathVariable Long id) {
        users.unlock(CurrentActor.get(), id);
        return "redirect:/admin/users/" + id;
    }

    private String form(Model model, Actor actor, UserService.UserForm f, UserService.UserView existing,
            InvalidInputException error) {
        actor.require(Role.ADMIN);
        model.addAttribute("f", f);
        model.addAttribute("existing", existing);
        model.addAttribute("allRoles", Role.values());
        model.addAttribute("units", units.unitsOf(actor));
        // the account is linked to a person picked by name (with unit and code), never typed as an id
        model.addAttribute("people", actor.agencyId() == null ? java.util.List.of()
                : staff.search(actor, null, null, true, org.springframework.data.domain.PageRequest.of(0, STAFF_CHOICES,
                        StaffService.DEFAULT_SORT)).items());
        model.addAttribute("errors", error == null ? java.util.Map.of() : error.toFieldMap());
        model.addAttribute("tokens", existing == null ? java.util.List.of() : tokens.list(actor, existing.id()));
        return "users/form";
    }
}
