package vn.boiduong.delivery.web;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.boiduong.common.Actor;
import vn.boiduong.competency.CompetencyCatalogue;
import vn.boiduong.delivery.ClassDetail;
import vn.boiduong.delivery.ClassPolicy;
import vn.boiduong.delivery.TrainingClass;
import vn.boiduong.delivery.TrainingRecords;

/** The competencies a class gives (and at which level): every reader sees them, the Office sets them. */
@Component
class CompetencySection implements ClassPageSection {

    private final TrainingRecords records;
    private final CompetencyCatalogue catalogue;
    private final ClassPolicy policy;

    CompetencySection(TrainingRecords records, CompetencyCatalogue catalogue, ClassPolicy policy) {
        this.records = records;
        this.catalogue = catalogue;
        this.policy = policy;
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public String template() {
        return "classes/competencies";
    }

    @Override
    public boolean fill(Model model, Actor actor, TrainingClass c, ClassDetail detail) {
        var links = records.competencies(actor, c.getId());
        boolean edit = policy.linkCompetencies(actor, c).isAllowed();
        if (links.isEmpty() && !edit) {
            return false;
        }
        model.addAttribute("classCompetencies", links);
        model.addAttribute("linkCompetencies", edit);
        if (edit) {
            model.addAttribute("catalogue", catalogue.list(actor));
        }
        return true;
    }
}
