package vn.boiduong.reporting.web;

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
import vn.boiduong.common.Role;
import vn.boiduong.reporting.FormDefinitions;

/**
 * /admin/forms: the administrator adjusts a form's definition (JSON) when the Ministry's letter
 * changes a layout, or goes back to the shipped one. Errors are listed beside the text, which is
 * shown again as typed.
 */
@Controller
class FormDefinitionController {

    private final FormDefinitions definitions;

    FormDefinitionController(FormDefinitions definitions) {
        this.definitions = definitions;
    }

    @GetMapping("/admin/forms")
    String list(Model model) {
        Actor actor = CurrentActor.get();
        actor.require(Role.ADMIN);
        model.addAttribute("forms", FormDefinitions.CODES.stream().map(c -> definitions.current(actor, c)).toList());
        return "forms/list";
    }

    @GetMapping("/admin/forms/{code}")
    String edit(@PathVariable String code, Model model) {
        Actor actor = CurrentActor.get();
        actor.require(Role.ADMIN);
        FormDefinitions.Current c = definitions.current(actor, code);
        return page(model, c, c.json(), java.util.List.of());
    }

    @PostMapping("/admin/forms/{code}")
    String save(@PathVariable String code, @RequestParam(defaultValue = "") String definition,
            @RequestParam(required = false) Long version, Model model, RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        try {
            definitions.save(actor, code, definition, version);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/admin/forms/" + code;
        } catch (InvalidInputException e) {
            return page(model, definitions.current(actor, code), definition,
                    e.errors().stream().map(InvalidInputException.FieldError::message).toList());
        }
    }

    @PostMapping("/admin/forms/{code}/reset")
    String reset(@PathVariable String code, RedirectAttributes redirect) {
        definitions.reset(CurrentActor.get(), code);
        redirect.addFlashAttribute("reset", true);
        return "redirect:/admin/forms/" + code;
    }

    private static String page(Model model, FormDefinitions.Current c, String text, java.util.List<String> problems) {
        model.addAttribute("form", c);
        model.addAttribute("text", text);
        model.addAttribute("problems", problems);
        return "forms/edit";
    }
}
