package vn.boiduong.procedure.web;

import jakarta.validation.Valid;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.boiduong.common.Actor;
import vn.boiduong.common.CurrentActor;
import vn.boiduong.common.IllegalTransitionException;
import vn.boiduong.common.InvalidInputException;
import vn.boiduong.organization.Agency;
import vn.boiduong.organization.UnitService;
import vn.boiduong.procedure.ProcedureService;

/** The page /procedure: the controlled document as the seed lays it out; the administrator edits it. */
@Controller
class ProcedureController {

    private final ProcedureService procedure;
    private final UnitService units;

    ProcedureController(ProcedureService procedure, UnitService units) {
        this.procedure = procedure;
        this.units = units;
    }

    @GetMapping("/procedure")
    String view(Model model) {
        return page(model, CurrentActor.get(), null, null);
    }

    @PostMapping("/procedure/edit")
    String edit(@Valid @ModelAttribute("documentForm") DocumentForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        // Before looking at the input: a non-administrator gets 403 whatever was sent.
        ProcedureService.requireEditor(actor);
        if (!binding.hasErrors()) {
            try {
                procedure.update(actor, form.getVersion(), form.toData());
                redirect.addFlashAttribute("saved", "procedure.saved");
                return "redirect:/procedure";
            } catch (InvalidInputException e) {
                e.rejectOn(binding);
            } catch (IllegalTransitionException e) {
                binding.reject("stale", e.getMessage());
            }
        }
        return page(model, actor, form, null);
    }

    @PostMapping("/procedure/revisions")
    String addRevision(@Valid @ModelAttribute("revisionForm") RevisionForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        ProcedureService.requireEditor(actor);
        if (!binding.hasErrors()) {
            try {
                procedure.addRevision(actor, form.toData());
                redirect.addFlashAttribute("saved", "procedure.revision.saved");
                return "redirect:/procedure#revisions";
            } catch (InvalidInputException e) {
                e.rejectOn(binding);
            }
        }
        return page(model, actor, null, form);
    }

    private String page(Model model, Actor actor, DocumentForm documentForm, RevisionForm revisionForm) {
        var doc = procedure.current();
        model.addAttribute("doc", doc);
        model.addAttribute("steps", procedure.steps());
        model.addAttribute("records", procedure.records());
        model.addAttribute("revisions", procedure.revisions());
        model.addAttribute("agency", agencyOf(actor));
        boolean canEdit = ProcedureService.canEdit(actor);
        model.addAttribute("canEdit", canEdit);
        if (canEdit) {
            model.addAttribute("editOpen", documentForm != null);
            model.addAttribute("documentForm", documentForm != null ? documentForm : DocumentForm.of(doc));
            model.addAttribute("revisionForm", revisionForm != null ? revisionForm : new RevisionForm());
        }
        return "procedure/view";
    }

    /**
     * The agency whose name heads the document: the actor's own; for an agency-less administrator,
     * the installation's agency when there is exactly one.
     */
    private Agency agencyOf(Actor actor) {
        if (actor.agencyId() != null) {
            return units.agency(actor.agencyId());
        }
        List<Agency> all = units.agencies();
        return all.size() == 1 ? all.get(0) : null;
    }
}
