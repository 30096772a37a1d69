package vn.boiduong.delivery.web;

import org.springframework.ui.Model;
import vn.boiduong.common.Actor;
import vn.boiduong.delivery.ClassDetail;
import vn.boiduong.delivery.TrainingClass;

/**
 * A section of the class's page (/classes/{id}) that another part of B5 contributes: attendance,
 * results and certificates, budget, documents. The page asks every section bean, in {@link #order()},
 * to fill the model and then inserts the fragment {@code section} of {@link #template()}; a section
 * that has nothing for this reader returns {@code false} and is left out.
 */
public interface ClassPageSection {

    /** Where the section stands on the page: lower first (sessions are 10, learners 20). */
    int order();

    /** The template holding a fragment named {@code section}, e.g. {@code classes/attendance}. */
    String template();

    /** Puts what the fragment shows into the model; {@code false} when this reader sees nothing of it. */
    boolean fill(Model model, Actor actor, TrainingClass c, ClassDetail detail);
}
