package vn.boiduong.organization;

import org.springframework.ui.Model;
import vn.boiduong.common.Actor;

/**
 * A section another module adds to a staff member's page (/staff/{id}), e.g. delivery's training
 * record, without organization knowing that module: the page asks every section bean to fill the
 * model, then inserts the fragment {@code section} of {@link #template()}; a section with nothing for
 * this reader returns {@code false} and is left out.
 */
public interface StaffPageSection {

    /** The template holding a fragment named {@code section}. */
    String template();

    /** Puts what the fragment shows into the model; {@code false} when this reader sees nothing of it. */
    boolean fill(Model model, Actor actor, StaffView staff);
}
