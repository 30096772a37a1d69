package vn.boiduong.identity.web;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.boiduong.common.Actor;
import vn.boiduong.common.CurrentActor;
import vn.boiduong.common.InvalidInputException;
import vn.boiduong.identity.UserService;
import vn.boiduong.organization.Agency;
import vn.boiduong.organization.AgencyService;
import vn.boiduong.organization.Unit;
import vn.boiduong.organization.UnitService;

/**
 * /admin/agencies: the installation administrator's page. Every agency with its units and its
 * administrators, the link to create one more, and the form that gives an agency its administrator
 * (who then adds the agency's units and accounts on the agency's own pages).
 */
@Controller
class InstallationController {

    private final AgencyService agencies;
    private final UnitService units;
    private final UserService users;

    InstallationController(AgencyService agencies, UnitService units, UserService users) {
        this.agencies = agencies;
        this.units = units;
        this.users = users;
    }

    /** One line of the list: the agency, how many units it has, the full names of its administrators. */
    record AgencyRow(Agency agency, long units, List<String> administrators) {
    }

    /** The form's fields, kept when it is shown again with its errors. */
    record AdministratorForm(Long agencyId, String username, String fullName, String email) {
    }

    @GetMapping("/admin/agencies")
    String list(Model model) {
        return page(model, CurrentActor.get(), new AdministratorForm(null, "", "", ""), Map.of());
    }

    @PostMapping("/admin/agencies/administrators")
    String createAdministrator(@RequestParam(required = false) Long agencyId,
            @RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String fullName,
            @RequestParam(defaultValue = "") String password, @RequestParam(defaultValue = "") String email,
            Model model, RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        AdministratorForm f = new AdministratorForm(agencyId, username, fullName, email);
        try {
            if (agencyId == null || agencies.agencies(actor).stream().noneMatch(a -> a.getId().equals(agencyId))) {
                throw InvalidInputException.of("agencyId", "Hãy chọn cơ quan.");
            }
            users.createAgencyAdministrator(actor, agencyId, username, fullName, password, email);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/admin/agencies";
        } catch (InvalidInputException e) {
            return page(model, actor, f, e.toFieldMap());
        }
    }

    private String page(Model model, Actor actor, AdministratorForm f, Map<String, String> errors) {
        List<Agency> all = agencies.agencies(actor); // 403 for anyone but the installation administrator
        Map<Long, Long> unitCounts = units.unitsOf(actor).stream()
                .collect(java.util.stream.Collectors.groupingBy(Unit::getAgencyId, java.util.stream.Collectors.counting()));
        Map<Long, List<String>> admins = users.administratorsByAgency(actor);
        model.addAttribute("rows", all.stream().map(a -> new AgencyRow(a, unitCounts.getOrDefault(a.getId(), 0L),
                admins.getOrDefault(a.getId(), List.of()))).toList());
        model.addAttribute("f", f);
        model.addAttribute("errors", errors);
        return "admin/agencies";
    }
}
