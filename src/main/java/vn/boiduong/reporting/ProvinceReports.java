package vn.boiduong.reporting;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.common.Actor;
import vn.boiduong.common.ForbiddenException;
import vn.boiduong.common.NotFoundException;
import vn.boiduong.common.Role;
import vn.boiduong.delivery.ResultFacts;
import vn.boiduong.documents.FormFooter;
import vn.boiduong.documents.FormSheet;
import vn.boiduong.organization.Agency;
import vn.boiduong.organization.UnitService;
import vn.boiduong.planning.PlanService;
import vn.boiduong.planning.PlanStatus;
import vn.boiduong.planning.ServedNeed;
import vn.boiduong.planning.TrainingPlan;
import vn.boiduong.reporting.internal.PlanForms;
import vn.boiduong.reporting.internal.ResultForms;

/**
 * B6's province roll-up: for the province officer (the provincial Department of Home Affairs, which
 * gathers every agency's report for the Ministry), forms 1a, 1b, 2a, 2b, 2c with a block per agency
 * and the province's totals, which agencies have not approved their plan of the year or have no
 * results yet, and one agency's own form (drill-down). Read only; the province officer has no agency
 * role and writes nothing, and no one else reads these (403), so no agency sees another's figures.
 */
@Service
public class ProvinceReports {

    /** An agency's standing in a year: its plan's status (null: none) and its completed results. */
    public record AgencyStanding(Long agencyId, String agencyName, String planStatus, String planStatusLabel,
            boolean planApproved, boolean hasResults) {
    }

    /** The /province page of a year. */
    public record Overview(int year, List<Integer> years, List<AgencyStanding> agencies,
            List<PlanReports.FormEntry> forms, long withoutApprovedPlan, long withoutResults) {
    }

    static final String PROVINCE_KEY_NOTE = "Mỗi cơ quan một nhóm dòng; dòng Tổng cộng là của toàn tỉnh";

    private final UnitService units;
    private final PlanService plans;
    private final PlanForms planForms;
    private final ResultForms resultForms;
    private final ResultFacts results;
    private final DefinedForms forms;
    private final FormDefinitions definitions;
    private final Clock clock;

    ProvinceReports(UnitService units, PlanService plans, PlanForms planForms, ResultForms resultForms,
            ResultFacts results, DefinedForms forms, FormDefinitions definitions, Clock clock) {
        this.units = units;
        this.plans = plans;
        this.planForms = planForms;
        this.resultForms = resultForms;
        this.results = results;
        this.forms = forms;
        this.definitions = definitions;
        this.clock = clock;
    }

    /** Only the province officer reads the province's forms: 403 for every other role. */
    public static void requireProvinceOfficer(Actor actor) {
        if (!actor.has(Role.PROVINCE_OFFICER)) {
            throw new ForbiddenException();
        }
    }

    public boolean mayRead(Actor actor) {
        return actor.has(Role.PROVINCE_OFFICER);
    }

    /** Every agency's standing in {@code year} (this year when none is asked for). */
    @Transactional(readOnly = true)
    public Overview overview(Actor actor, Integer year) {
        requireProvinceOfficer(actor);
        int chosen = year == null ? LocalDate.now(clock).getYear() : year;
        PlanReports.requireYear(chosen);
        Set<Long> withResults = new HashSet<>(results.agenciesWithResults(chosen));
        List<AgencyStanding> out = new ArrayList<>();
        for (Agency a : agencies()) {
            Optional<TrainingPlan> p = plans.findByYear(a.getId(), chosen);
            PlanStatus s = p.map(TrainingPlan::getStatus).orElse(null);
            out.add(new AgencyStanding(a.getId(), a.getName(), s == null ? null : s.name(),
                    s == null ? "Chưa lập kế hoạch" : s.label(), s == PlanStatus.APPROVED,
                    withResults.contains(a.getId())));
        }
        int now = LocalDate.now(clock).getYear();
        List<Integer> years = new ArrayList<>();
        for (int y = Math.max(now, chosen) + 1; y >= Math.min(now, chosen) - 5; y--) {
            years.add(y);
        }
        DefinedForms.Heading heading = new DefinedForms.Heading(provinceName(), chosen);
        return new Overview(chosen, years, out, FormDefinitions.CODES.stream().map(c -> entry(c, heading)).toList(),
                out.stream().filter(s -> !s.planApproved()).count(),
                out.stream().filter(s -> !s.hasResults()).count());
    }

    /** Form {@code code} of the whole province: a block per agency, then the province's total. */
    @Transactional(readOnly = true)
    public FormSheet provinceForm(Actor actor, String code, Integer year) {
        requireProvinceOfficer(actor);
        requireKnown(code);
        PlanReports.requireYear(year);
        List<Agency> agencies = agencies();
        FormDefinition def = definitions.definition(code);
        DefinedForms.Heading heading = new DefinedForms.Heading(provinceName(), year);
        FormFooter footer = FormFooter.standard(placeName(agencies), LocalDate.now(clock), actor.fullName(), "");
        FormSheet sheet;
        if (FormDefinitions.RESULT_CODES.contains(code)) {
            sheet = forms.count(def, heading, resultForms.agencyFacts(code, agencies, year), footer);
        } else if (def.kind() == FormDefinition.Kind.LIST) {
            List<Map<String, Object>> records = new ArrayList<>();
            for (Agency a : agencies) {
                TrainingPlan p = approved(a, year);
                if (p != null) {
                    for (Map<String, Object> r : PlanForms.records(p, plans.needsOf(p))) {
                        Map<String, Object> withAgency = new LinkedHashMap<>(r);
                        String units = String.valueOf(r.getOrDefault("units", ""));
                        withAgency.put("units", units.isBlank() ? a.getName() : a.getName() + ": " + units);
                        records.add(withAgency);
                    }
                }
            }
            sheet = forms.list(def, heading, records, footer);
        } else {
            List<FormFact> facts = new ArrayList<>();
            for (Agency a : agencies) {
                String key = String.valueOf(a.getId());
                facts.add(FormFact.placeholder(key, a.getName(), def.people().isEmpty() ? "CC" : def.people().get(0)));
                TrainingPlan p = approved(a, year);
                if (p != null) {
                    Map<Long, ServedNeed> needs = plans.needsOf(p);
                    for (FormFact f : planForms.facts(p, a.getId(), needs)) {
                        facts.add(new FormFact(key, a.getName(), f.staffCategory(), f.leader(), f.category(),
                                f.level(), f.abroad(), f.funding(), f.headcount(), f.budget()));
                    }
                }
            }
            sheet = forms.count(def, heading, facts, footer);
        }
        List<String> notes = new ArrayList<>(sheet.notes());
        notes.add(PROVINCE_KEY_NOTE);
        return new FormSheet(sheet.sheetName(), sheet.formCode(), sheet.titleLines(), notes, sheet.table(),
                sheet.columnNumbers(), sheet.footer());
    }

    /**
     * One agency's own form, as its Office would download it (drill-down, read only): 404 for an agency
     * that does not exist, and for a plan form of a year without an approved plan.
     */
    @Transactional(readOnly = true)
    public FormSheet agencyForm(Actor actor, Long agencyId, String code, Integer year) {
        requireProvinceOfficer(actor);
        requireKnown(code);
        PlanReports.requireYear(year);
        Agency a = units.agency(agencyId);
        if (FormDefinitions.RESULT_CODES.contains(code)) {
            return resultForms.agencyForm(code, a, year, "", LocalDate.now(clock));
        }
        TrainingPlan p = approved(a, year);
        if (p == null) {
            throw new NotFoundException("kế hoạch đã phê duyệt năm " + year + " của " + a.getName());
        }
        return planForms.form(code, p, a, plans.needsOf(p), "");
    }

    /** The agency's name, for the page's drill-down heading (404 when there is none). */
    @Transactional(readOnly = true)
    public String agencyName(Actor actor, Long agencyId) {
        requireProvinceOfficer(actor);
        return units.agency(agencyId).getName();
    }

    private TrainingPlan approved(Agency a, int year) {
        return plans.findByYear(a.getId(), year).filter(p -> p.getStatus() == PlanStatus.APPROVED).orElse(null);
    }

    /** Every agency of the installation (the province's), in Vietnamese alphabetical order. */
    private List<Agency> agencies() {
        Collator vi = Collator.getInstance(new ULocale("vi"));
        List<Agency> out = new ArrayList<>(units.agencies());
        out.sort(Comparator.comparing(Agency::getName, vi::compare).thenComparing(Agency::getId));
        return out;
    }

    /** The province's heading: the parent most agencies name ("Ủy ban nhân dân tỉnh …"), else "Toàn tỉnh". */
    private String provinceName() {
        Map<String, Long> parents = new LinkedHashMap<>();
        for (Agency a : units.agencies()) {
            if (a.getParentName() != null && !a.getParentName().isBlank()) {
                parents.merge(a.getParentName(), 1L, Long::sum);
            }
        }
        return parents.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse("Toàn tỉnh");
    }

    private static String placeName(List<Agency> agencies) {
        return agencies.stream().map(Agency::getPlaceName).filter(n -> n != null && !n.isBlank()).findFirst()
                .orElse(null);
    }

    private PlanReports.FormEntry entry(String code, DefinedForms.Heading heading) {
        FormDefinition def = definitions.definition(code);
        String name = def.formCode() == null || def.formCode().isBlank() ? "Biểu " + code : heading.fill(def.formCode());
        String description = String.join(" — ", def.title().stream()
                .filter(t -> !t.strip().equalsIgnoreCase("{agency}")).map(heading::fill).toList());
        return new PlanReports.FormEntry(code, name, description);
    }

    private static void requireKnown(String code) {
        if (!FormDefinitions.CODES.contains(code)) {
            throw new NotFoundException("biểu " + code);
        }
    }
}
