package vn.boiduong.reporting.internal;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.boiduong.common.web.PageHelpers;
import vn.boiduong.documents.FormFooter;
import vn.boiduong.documents.FormSheet;
import vn.boiduong.organization.Agency;
import vn.boiduong.organization.StaffComposition;
import vn.boiduong.organization.StaffGroup;
import vn.boiduong.planning.ItemKind;
import vn.boiduong.planning.PlanItem;
import vn.boiduong.planning.ServedNeed;
import vn.boiduong.planning.TrainingPlan;
import vn.boiduong.planning.UnitShare;
import vn.boiduong.reporting.DefinedForms;
import vn.boiduong.reporting.FormDefinition;
import vn.boiduong.reporting.FormDefinitions;
import vn.boiduong.reporting.FormFact;

/**
 * Forms 2a, 2b (the planned headcount and budget of the approved plan, by unit of the people
 * targeted, split into cán bộ / công chức / viên chức / người lao động and leaders) and 2c (the list
 * of classes), drawn from the definitions an administrator may edit ({@link FormDefinitions}).
 *
 * <p>Who the planned people are: an item's headcount and budget are first split over the units
 * whose needs it serves ({@link UnitShare}); within a unit, the people its needs name count as what
 * they are, and the rest of the headcount is spread over the unit's active staff by kind (the
 * agency's, for an item that serves no need or a unit without staff). The forms say so in a note.
 */
@Component
public class PlanForms {

    static final String SPLIT_NOTE = "Số dự kiến chưa nêu tên được phân bổ theo cơ cấu cán bộ, công chức, "
            + "viên chức hiện có của đơn vị";

    static final String EXTERNAL_UNASSIGNED_KEY = "external-none";
    static final String EXTERNAL_UNASSIGNED_LABEL = "Cử đi học không gắn nhu cầu";

    private final FormDefinitions definitions;
    private final DefinedForms forms;
    private final StaffComposition composition;

    PlanForms(FormDefinitions definitions, DefinedForms forms, StaffComposition composition) {
        this.definitions = definitions;
        this.forms = forms;
        this.composition = composition;
    }

    /** Form 2a, 2b or 2c of an approved plan, made by {@code preparerName} (printed under "Người lập biểu"). */
    public FormSheet form(String code, TrainingPlan p, Agency agency, Map<Long, ServedNeed> needs, String preparerName) {
        FormDefinition def = definitions.definition(code);
        DefinedForms.Heading heading = new DefinedForms.Heading(agency.getName(), p.getYear());
        FormFooter footer = FormFooter.standard(agency.getPlaceName(), p.getDecisionDate(), preparerName,
                agency.getSignerName());
        if (def.kind() == FormDefinition.Kind.LIST) {
            return forms.list(def, heading, records(p, needs), footer);
        }
        FormSheet sheet = forms.count(def, heading, facts(p, agency.getId(), needs), footer);
        List<String> notes = new ArrayList<>(sheet.notes());
        notes.add(SPLIT_NOTE);
        return new FormSheet(sheet.sheetName(), sheet.formCode(), sheet.titleLines(), notes, sheet.table(),
                sheet.columnNumbers(), sheet.footer());
    }

    /** One record per item, under the field names a LIST definition may use (forms/2c.json). */
    public static List<Map<String, Object>> records(TrainingPlan p, Map<Long, ServedNeed> needs) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (PlanItem i : p.getItems()) {
            List<String> units = i.getNeedIds().stream().map(needs::get).filter(Objects::nonNull)
                    .map(ServedNeed::unitName).distinct().toList();
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("title", i.getTitle());
            r.put("category", i.describeCategory());
            r.put("targetLearners", i.getTargetLearners());
            r.put("headcount", i.getHeadcount());
            r.put("period", PageHelpers.DATE.format(i.getStartDate()) + " – " + PageHelpers.DATE.format(i.getEndDate()));
            r.put("startDate", i.getStartDate());
            r.put("endDate", i.getEndDate());
            r.put("location", i.getLocation());
            r.put("institution", i.getInstitution());
            r.put("lecturers", i.getLecturers());
            r.put("budget", i.getBudgetTotal());
            r.put("funding", i.getFundingSource().label());
            r.put("units", String.join(", ", units));
            r.put("kind", i.getKind().label());
            out.add(r);
        }
        return out;
    }

    public List<FormFact> facts(TrainingPlan p, Long agencyId, Map<Long, ServedNeed> needs) {
        Set<Long> namedIds = new LinkedHashSet<>();
        needs.values().forEach(n -> namedIds.addAll(n.staffIds()));
        Map<Long, StaffGroup> named = composition.groupsOf(agencyId, namedIds);
        Map<Long, Map<StaffGroup, Integer>> byUnit = composition.byUnit(agencyId);
        Map<StaffGroup, Integer> agencyWide = new LinkedHashMap<>();
        byUnit.values().forEach(m -> m.forEach((g, n) -> agencyWide.merge(g, n, Integer::sum)));

        List<FormFact> out = new ArrayList<>();
        for (PlanItem i : p.getItems()) {
            List<ServedNeed> served = i.getNeedIds().stream().map(needs::get).filter(Objects::nonNull).toList();
            for (UnitShare s : UnitShare.split(i.getHeadcount(), i.getBudgetTotal(), served)) {
                s = external(i, s);
                Map<StaffGroup, Long> heads = people(s, served, named, byUnit.getOrDefault(s.unitId(), Map.of()),
                        agencyWide);
                List<StaffGroup> groups = new ArrayList<>(heads.keySet());
                long[] weights = groups.stream().mapToLong(heads::get).toArray();
                long sum = java.util.Arrays.stream(weights).sum();
                long[] money = sum == 0 ? new long[weights.length] : UnitShare.apportion(s.budget(), weights, sum);
                for (int k = 0; k < groups.size(); k++) {
                    StaffGroup g = groups.get(k);
                    out.add(new FormFact(s.key(), s.unitName(), g.category().shortCode(), g.leader(),
                            i.getCategory().name(), i.getLevelCode(), i.isAbroad(), i.getFundingSource().name(), weights[k],
                            money[k]));
                }
            }
        }
        Collator vi = Collator.getInstance(new ULocale("vi"));
        // units in Vietnamese alphabetical order, the rows of items without a need last
        out.sort(Comparator.comparing((FormFact f) -> UnitShare.UNASSIGNED_KEY.equals(f.unitKey())
                        || EXTERNAL_UNASSIGNED_KEY.equals(f.unitKey()))
                .thenComparing(FormFact::unitName, vi::compare).thenComparing(FormFact::unitKey));
        return out;
    }

    /**
     * People sent to another institution's course for no need of a unit are not a unit: they get a
     * row of their own that says so. (Their units are not known: such an item names no need, and an
     * item names no learners, only a description of them.)
     */
    private static UnitShare external(PlanItem i, UnitShare s) {
        if (i.getKind() != ItemKind.EXTERNAL || !UnitShare.UNASSIGNED_KEY.equals(s.key())) {
            return s;
        }
        return new UnitShare(EXTERNAL_UNASSIGNED_KEY, null, EXTERNAL_UNASSIGNED_LABEL, s.headcount(), s.budget());
    }

    /** A unit's share of an item's headcount by kind of person: the named ones first, then the rest. */
    private static Map<StaffGroup, Long> people(UnitShare s, List<ServedNeed> served, Map<Long, StaffGroup> named,
            Map<StaffGroup, Integer> unitStaff, Map<StaffGroup, Integer> agencyWide) {
        Map<StaffGroup, Long> namedHeads = new LinkedHashMap<>();
        Set<Long> seen = new LinkedHashSet<>();
        for (ServedNeed n : served) {
            if (Objects.equals(n.unitId(), s.unitId())) {
                for (Long id : n.staffIds()) {
                    StaffGroup g = named.get(id);
                    if (g != null && seen.add(id)) {
                        namedHeads.merge(g, 1L, Long::sum);
                    }
                }
            }
        }
        long namedTotal = seen.size();
        if (namedTotal >= s.headcount()) {
            return spread(s.headcount(), namedHeads);
        }
        Map<StaffGroup, Long> base = new LinkedHashMap<>();
        (unitStaff.isEmpty() ? agencyWide : unitStaff).forEach((g, n) -> base.put(g, (long) n));
        Map<StaffGroup, Long> out = new LinkedHashMap<>(namedHeads);
        spread(s.headcount() - namedTotal, base).forEach((g, n) -> out.merge(g, n, Long::sum));
        return out;
    }

    private static Map<StaffGroup, Long> spread(long total, Map<StaffGroup, Long> weights) {
        Map<StaffGroup, Long> out = new LinkedHashMap<>();
        List<StaffGroup> groups = new ArrayList<>(weights.keySet());
        groups.sort(Comparator.comparing((StaffGroup g) -> g.category()).thenComparing(StaffGroup::leader));
        long[] w = groups.stream().mapToLong(weights::get).toArray();
        long sum = java.util.Arrays.stream(w).sum();
        if (sum == 0 || total == 0) {
            return out;
        }
        long[] parts = UnitShare.apportion(total, w, sum);
        for (int k = 0; k < groups.size(); k++) {
            if (parts[k] > 0) {
                out.put(groups.get(k), parts[k]);
            }
        }
        return out;
    }
}
