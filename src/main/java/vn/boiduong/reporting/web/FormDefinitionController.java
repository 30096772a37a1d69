package vn.boiduong.reporting.web;

import java.util.List;
import java.util.Map;
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
 * /admin/forms: the administrator adjusts a form when the Ministry's letter changes a layout — its
 * texts and column widths in a form with Vietnamese labels, its structure in the advanced JSON
 * section — or goes back to the shipped one. Both go through {@link FormDefinitions#save}; errors
 * are listed beside what was typed, which is shown again.
 */
@Controller
class FormDefinitionController {

    private final FormDefinitions definitions;
    private final FormTextEditor editor;

    FormDefinitionController(FormDefinitions definitions, FormTextEditor editor) {
        this.definitions = definitions;
        this.editor = editor;
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
        return page(model, c, c.json(), java.util.List.of(), editor.view(c.definition()), java.util.List.of());
    }

    /** The form's texts and widths: the stored definition with them, same structure. */
    @PostMapping("/admin/forms/{code}/texts")
    String saveTexts(@PathVariable String code, @RequestParam Map<String, String> typed,
            @RequestParam(required = false) Long version, Model model, RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        actor.require(Role.ADMIN);
        FormDefinitions.Current c = definitions.current(actor, code);
        FormTextEditor.Edited edited = editor.apply(c.definition(), typed);
        List<String> problems = edited.problems();
        if (problems.isEmpty()) {
            try {
                definitions.save(actor, code, edited.definition(), version);
                redirect.addFlashAttribute("saved", true);
                return "redirect:/admin/forms/" + code;
            } catch (InvalidInputException e) {
                problems = e.errors().stream().map(InvalidInputException.FieldError::message).toList();
            }
        }
        return page(model, c, c.json(), java.util.List.of(), editor.view(c.definition(), typed), problems);
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
            FormDefinitions.Current c = definitions.current(actor, code);
            return page(model, c, definition,
                    e.errors().stream().map(InvalidInputException.FieldError::message).toList(),
                    editor.view(c.definition()), java.util.List.of());
        }
    }

    @PostMapping("/admin/forms/{code}/reset")
    String reset(@PathVariable String code, RedirectAttributes redirect) {
        definitions.reset(CurrentActor.get(), code);
        redirect.addFlashAttribute("reset", true);
        return "redirect:/admin/forms/" + code;
    }

    private static String page(Model model, FormDefinitions.Current c, String text, List<String> problems,
            FormTextEditor.View texts, List<String> textProblems) {
        model.addAttribute("form", c);
        model.addAttribute("text", text);
        model.addAttribute("problems", problems);
        model.addAttribute("texts", texts);
        model.addAttribute("textProblems", textProblems);
        return "forms/edit";
    }
}
