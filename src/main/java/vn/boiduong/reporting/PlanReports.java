package vn.boiduong.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.common.Actor;
import vn.boiduong.common.InvalidInputException;
import vn.boiduong.documents.FormSheet;
import vn.boiduong.organization.Agency;
import vn.boiduong.organization.UnitService;
import vn.boiduong.planning.PlanPolicy;
import vn.boiduong.planning.PlanService;
import vn.boiduong.planning.PlanStatus;
import vn.boiduong.planning.TrainingPlan;
import vn.boiduong.reporting.internal.PlanForms;
import vn.boiduong.reporting.internal.ResultForms;

/**
 * The official forms of a year's approved plan (2a, 2b, 2c), filled in from the plan that planning
 * hands out; planning does not know this module. Who may read them is planning's rule for the
 * plan's documents (the Office and the Director), asked before the year is looked at.
 */
@Service
public class PlanReports {

    /** A form as the reports page offers it: its code (for the download link), name and what it shows. */
    public record FormEntry(String code, String name, String description) {
    }

    /**
     * The reports page of a year: whether the year has an approved plan (no plan, nothing to
     * download), the years that have one (for the year selector) and the forms.
     */
    public record YearForms(int year, boolean approved, List<Integer> years, List<FormEntry> forms,
            List<FormEntry> resultForms, boolean hasResults) {
    }

    private final PlanService plans;
    private final PlanPolicy policy;
    private final PlanForms forms;
    private final ResultForms results;
    private final FormDefinitions definitions;
    private final UnitService units;
    private final Clock clock;

    PlanReports(PlanService plans, PlanPolicy policy, PlanForms forms, ResultForms results,
            FormDefinitions definitions, UnitService units, Clock clock) {
        this.plans = plans;
        this.policy = policy;
        this.forms = forms;
        this.results = results;
        this.definitions = definitions;
        this.units = units;
        this.clock = clock;
    }

    /** May the actor download the forms (and so see the reports page and its menu entry)? */
    public boolean mayRead(Actor actor) {
        return policy.readDocuments(actor).isAllowed();
    }

    /**
     * Form {@code code} of the actor's agency's approved plan for {@code year}: 403, 400, then 404. The
     * actor made it, so the actor's full name is printed under "Người lập biểu".
     */
    @Transactional(readOnly = true)
    public FormSheet planForm(Actor actor, String code, Integer year) {
        policy.readDocuments(actor).orThrow();
        requireYear(year);
        TrainingPlan p = plans.approvedPlan(actor, year);
        return forms.form(code, p, plans.agencyOf(p), plans.needsOf(p), actor.fullName());
    }

    /**
     * Form 1a or 1b of the actor's agency's results of {@code year} (who may read: as for the plan's
     * forms): 403, then 400. A year without results gives the form with its total rows at zero.
     */
    @Transactional(readOnly = true)
    public FormSheet resultForm(Actor actor, String code, Integer year) {
        policy.readDocuments(actor).orThrow();
        requireYear(year);
        if (!FormDefinitions.RESULT_CODES.contains(code) || actor.agencyId() == null) {
            throw new vn.boiduong.common.NotFoundException("biểu " + code);
        }
        Agency agency = units.agency(actor.agencyId());
        return results.agencyForm(code, agency, year, actor.fullName(), LocalDate.now(clock));
    }

    /**
     * The forms of {@code year}, or when no year is asked for, of the latest year with an approved
     * plan (this year when there is none yet): 403 for those who may not download them.
     */
    @Transactional(readOnly = true)
    public YearForms yearForms(Actor actor, Integer year) {
        policy.readDocuments(actor).orThrow();
        TreeSet<Integer> approvedYears = new TreeSet<>();
        plans.list(actor).stream().filter(p -> p.status() == PlanStatus.APPROVED)
                .filter(p -> Objects.equals(p.agencyId(), actor.agencyId())).forEach(p -> approvedYears.add(p.year()));
        int chosen;
        if (year == null) {
            chosen = approvedYears.isEmpty() ? LocalDate.now(clock).getYear() : approvedYears.last();
        } else {
            requireYear(year);
            chosen = year;
        }
        TrainingPlan plan = actor.agencyId() == null ? null : plans.findByYear(actor.agencyId(), chosen)
                .filter(p -> p.getStatus() == PlanStatus.APPROVED).orElse(null);
        TreeSet<Integer> years = new TreeSet<>(approvedYears);
        years.add(chosen);
        years.add(LocalDate.now(clock).getYear());
        List<FormEntry> resultEntries = List.of();
        boolean hasResults = false;
        if (actor.agencyId() != null) {
            DefinedForms.Heading own = new DefinedForms.Heading(units.agency(actor.agencyId()).getName(), chosen);
            resultEntries = FormDefinitions.RESULT_CODES.stream().map(code -> entry(code, own)).toList();
            hasResults = results.hasResults(actor.agencyId(), chosen);
        }
        if (plan == null) {
            return new YearForms(chosen, false, List.copyOf(years.descendingSet()), List.of(), resultEntries,
                    hasResults);
        }
        DefinedForms.Heading heading = new DefinedForms.Heading(plans.agencyOf(plan).getName(), chosen);
        List<FormEntry> entries = FormDefinitions.PLAN_CODES.stream().map(code -> entry(code, heading)).toList();
        return new YearForms(chosen, true, List.copyOf(years.descendingSet()), entries, resultEntries, hasResults);
    }

    /** Name and description from the form's definition, so an administrator's edit shows here too. */
    FormEntry entry(String code, DefinedForms.Heading heading) {
        FormDefinition def = definitions.definition(code);
        String name = def.formCode() == null || def.formCode().isBlank() ? "Biểu " + code : heading.fill(def.formCode());
        // the agency's name heads every form; the lines that tell the forms apart come after it
        String description = String.join(" — ", def.title().stream()
                .filter(t -> !t.strip().equalsIgnoreCase("{agency}")).map(heading::fill).toList());
        return new FormEntry(code, name, description);
    }

    static void requireYear(Integer year) {
        if (year == null || year < 2000 || year > 2100) {
            throw InvalidInputException.of("year", "Năm phải từ 2000 đến 2100.");
        }
    }
}
