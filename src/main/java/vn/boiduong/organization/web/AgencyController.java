package vn.boiduong.organization.web;

import java.util.HashMap;
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
import vn.boiduong.organization.AgencyService;
import vn.boiduong.organization.AgencySettings;
import vn.boiduong.organization.UnitService;

/** /admin/agency: the agency's names for documents, and its units. */
@Controller
class AgencyController {

    private final AgencyService agencies;
    private final UnitService units;

    AgencyController(AgencyService agencies, UnitService units) {
        this.agencies = agencies;
        this.units = units;
    }

    @GetMapping("/admin/agency")
    String show(Model model) {
        Actor actor = CurrentActor.get();
        if (!agencies.hasAgency(actor)) {
            if (actor.isInstallationAdministrator() && !units.agencies().isEmpty()) {
                return "redirect:/admin/agencies"; // the installation's agencies, each with its administrator
            }
            // a new installation: the administrator's first task is to create the agency
            return newAgency(model, "", new AgencySettings("", "", "", "GIÁM ĐỐC", null, null), Map.of());
        }
        return page(model, actor, agencies.settings(actor), Map.of());
    }

    /** The installation administrator's form for one more agency. */
    @GetMapping("/admin/agency/new")
    String newAgencyForm(Model model) {
        AgencyService.requireInstallationAdministrator(CurrentActor.get());
        return newAgency(model, "", new AgencySettings("", "", "", "GIÁM ĐỐC", null, null), Map.of());
    }

    @PostMapping("/admin/agency/new")
    String create(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String parentName, @RequestParam(defaultValue = "") String placeName,
            @RequestParam(defaultValue = "") String signerTitle, @RequestParam(required = false) String signerName,
            @RequestParam(required = false) String recipients, Model model, RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        AgencySettings s = new AgencySettings(name, parentName, placeName, signerTitle, signerName, recipients);
        try {
            agencies.createAgency(actor, code, s);
            redirect.addFlashAttribute("saved", true);
            // next: the new agency's administrator, who adds its units and accounts
            return "redirect:/admin/agencies";
        } catch (InvalidInputException e) {
            return newAgency(model, code, s, e.toFieldMap());
        }
    }

    private String newAgency(Model model, String code, AgencySettings s, Map<String, String> errors) {
        model.addAttribute("code", code);
        model.addAttribute("s", s);
        model.addAttribute("errors", errors);
        return "admin/agency-new";
    }

    @PostMapping("/admin/agency")
    String save(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String parentName,
            @RequestParam(defaultValue = "") String placeName, @RequestParam(defaultValue = "") String signerTitle,
            @RequestParam(required = false) String signerName, @RequestParam(required = false) String recipients,
            Model model, RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        AgencySettings s = new AgencySettings(name, parentName, placeName, signerTitle, signerName, recipients);
        try {
            agencies.changeSettings(actor, s);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/admin/agency";
        } catch (InvalidInputException e) {
            return page(model, actor, s, e.toFieldMap());
        }
    }

    @PostMapping("/admin/agency/units")
    String addUnit(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String unitName,
            @RequestParam(defaultValue = "false") boolean office, Model model, RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        try {
            agencies.addUnit(actor, code, unitName, office);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/admin/agency";
        } catch (InvalidInputException e) {
            Map<String, String> errs = new HashMap<>();
            e.errors().forEach(err -> errs.put("unit." + err.field(), err.message()));
            model.addAttribute("unitCode", code);
            model.addAttribute("unitName", unitName);
            return page(model, actor, agencies.settings(actor), errs);
        }
    }

    private String page(Model model, Actor actor, AgencySettings s, Map<String, String> errors) {
        model.addAttribute("s", s);
        model.addAttribute("code", agencies.agencyOf(actor).getCode());
        model.addAttribute("units", units.unitsOf(actor));
        model.addAttribute("errors", errors);
        return "admin/agency";
    }
}
