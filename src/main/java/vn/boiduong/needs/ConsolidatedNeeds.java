package vn.boiduong.needs;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.common.TrainingCategory;
import vn.boiduong.needs.internal.ConsolidatedNeedRepository;
import vn.boiduong.needs.internal.NeedRepository;
import vn.boiduong.organization.Unit;
import vn.boiduong.organization.UnitService;

/**
 * The public query the plan (issue 4) reads: a year's accepted needs, grouped as the Office
 * consolidated them. No right is checked here; the caller checks its own.
 */
@Service
@Transactional(readOnly = true)
public class ConsolidatedNeeds {

    private static final Collator VIETNAMESE = Collator.getInstance(new ULocale("vi")).freeze();

    private final NeedRepository needs;
    private final ConsolidatedNeedRepository lines;
    private final UnitService units;

    ConsolidatedNeeds(NeedRepository needs, ConsolidatedNeedRepository lines, UnitService units) {
        this.needs = needs;
        this.lines = lines;
        this.units = units;
    }

    /** The year's accepted needs of an agency, grouped by consolidated line or by category, level and title. */
    public NeedSummary summary(Long agencyId, int year) {
        List<TrainingNeed> accepted = needs.findByAgencyIdAndYearAndStatusOrderByIdAsc(agencyId, year,
                NeedStatus.ACCEPTED);
        Map<Long, ConsolidatedNeed> merged = new HashMap<>();
        lines.findByAgencyIdAndYear(agencyId, year).forEach(c -> merged.put(c.getId(), c));
        Map<Long, String> unitNames = new HashMap<>();
        Map<String, List<TrainingNeed>> groups = new LinkedHashMap<>();
        for (TrainingNeed n : accepted) {
            String key = n.getConsolidatedNeedId() != null && merged.containsKey(n.getConsolidatedNeedId())
                    ? "line:" + n.getConsolidatedNeedId()
                    : n.getCategory() + "|" + n.getLevel() + "|" + n.getTitle().toLowerCase(java.util.Locale.ROOT)
                            .replaceAll("\\s+", " ").strip();
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(n);
        }
        List<NeedSummary.Line> out = new ArrayList<>();
        for (List<TrainingNeed> group : groups.values()) {
            out.add(line(group, merged.get(group.get(0).getConsolidatedNeedId()), unitNames));
        }
        out.sort(LINE_ORDER);
        int headcount = out.stream().mapToInt(NeedSummary.Line::headcount).sum();
        long cost = out.stream().mapToLong(NeedSummary.Line::estimatedCost).sum();
        return new NeedSummary(year, out, headcount, cost, accepted.size());
    }

    /** The accepted needs of a year, one by one. */
    public List<NeedView> accepted(Long agencyId, int year) {
        Map<Long, String> unitNames = new HashMap<>();
        return needs.findByAgencyIdAndYearAndStatusOrderByIdAsc(agencyId, year, NeedStatus.ACCEPTED).stream()
                .map(n -> NeedView.of(n, unitName(unitNames, n.getUnitId()))).toList();
    }

    /** Needs by id within an agency (any status: the caller decides what it accepts). */
    public List<NeedView> byIds(Long agencyId, Collection<Long> ids) {
        Map<Long, String> unitNames = new HashMap<>();
        return needs.findByIdIn(ids).stream().filter(n -> n.getAgencyId().equals(agencyId))
                .map(n -> NeedView.of(n, unitName(unitNames, n.getUnitId()))).toList();
    }

    static final Comparator<NeedSummary.Line> LINE_ORDER = Comparator
            .comparing((NeedSummary.Line l) -> l.category().ordinal())
            .thenComparing(l -> levelIndex(l.category(), l.level()))
            .thenComparing(NeedSummary.Line::title, VIETNAMESE::compare);

    private static int levelIndex(TrainingCategory c, String level) {
        for (int i = 0; i < c.levels().size(); i++) {
            if (c.levels().get(i).code().equals(level)) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    private NeedSummary.Line line(List<TrainingNeed> group, ConsolidatedNeed c, Map<Long, String> unitNames) {
        TrainingNeed first = group.get(0);
        TrainingCategory category = c != null ? c.getCategory() : first.getCategory();
        String level = c != null ? c.getLevel() : first.getLevel();
        String title = c != null ? c.getTitle() : first.getTitle();
        TreeSet<Long> unitIds = new TreeSet<>();
        TreeSet<Integer> quarters = new TreeSet<>();
        List<NeedSummary.Source> sources = new ArrayList<>();
        int headcount = 0;
        long cost = 0;
        for (TrainingNeed n : group) {
            unitIds.add(n.getUnitId());
            if (n.getPlannedQuarter() != null) {
                quarters.add(n.getPlannedQuarter());
            }
            headcount += n.getHeadcount();
            cost += n.getEstimatedCost();
            sources.add(new NeedSummary.Source(n.getId(), n.getUnitId(), unitName(unitNames, n.getUnitId()),
                    n.getTitle(), n.getLevel(), n.getCategory().levelLabel(n.getLevel()), n.getHeadcount(),
                    n.getEstimatedCost(), n.getPlannedQuarter()));
        }
        List<String> names = unitIds.stream().map(id -> unitName(unitNames, id)).sorted(VIETNAMESE::compare).toList();
        return new NeedSummary.Line(c == null ? null : c.getId(), title, category, category.label(), level,
                category.levelLabel(level), headcount, unitIds.size(), List.copyOf(unitIds), names, cost,
                List.copyOf(quarters), group.stream().map(TrainingNeed::getId).toList(), sources);
    }

    private String unitName(Map<Long, String> cache, Long unitId) {
        return cache.computeIfAbsent(unitId, id -> units.findUnit(id).map(Unit::getName).orElse("#" + id));
    }
}
