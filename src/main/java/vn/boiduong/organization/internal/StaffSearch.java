package vn.boiduong.organization.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import vn.boiduong.organization.Staff;
import vn.boiduong.organization.StaffView;

/**
 * The paged staff list and search. The list and the API ask for {@link #views}: the page is
 * counted, ordered and cut from the agency's copy in memory ({@link StaffDirectory}), which knows
 * when the database has moved on. At the scale of a province (10,000 staff in one department;
 * docs/benchmarks.md) the database's count and page of trigram matches cost 6 ms of CPU a search.
 *
 * <p>{@link #page} asks the database: for a caller inside a transaction (which may have written
 * staff itself) and for everyone unpaged (other modules). There the query's shape decides the cost:
 * <ul>
 * <li>one query per combination of filters, without {@code (:x is null or ...)}: each is planned
 * for what it is, and the search condition can use the trigram index (V4, PostgreSQL);</li>
 * <li>the count first. A search with few matches is then sorted from the matches, not found by
 * walking the whole department in name order: the planner assumes matches spread evenly along
 * that order, but a given name ("lan") sits in one stretch of it, so the walk read up to all
 * 10,000 rows to fill a page of 20. With many matches the walk is the quick way, and is kept.</li>
 * </ul>
 */
@Component
public class StaffSearch {

    /** Up to this many matches, sort the matches; above it, walk the name index (see above). */
    static final long FEW_MATCHES = 1_000;
    /** Entity properties a page may be sorted by (StaffService.SORTABLE values, and the id). */
    private static final Set<String> SORTABLE = Set.of("nameSortKey", "code", "birthDate", "category", "unitId", "id");
    /** Text columns with an index in their order, which the planner would walk. */
    private static final Set<String> INDEXED_TEXT = Set.of("nameSortKey", "code");

    private final EntityManager em;
    private final StaffDirectory directory;

    StaffSearch(EntityManager em, StaffDirectory directory) {
        this.em = em;
        this.directory = directory;
    }

    /**
     * @param pattern a LIKE pattern on the folded search text ({@code %nguyen van%}), or null for all
     */
    public Page<Staff> page(Long agencyId, Long unitId, String pattern, boolean activeOnly, Pageable pageable) {
        String from = " from Staff s where s.agencyId = :agencyId" + (unitId != null ? " and s.unitId = :unitId" : "")
                + (activeOnly ? " and s.active = true" : "") + (pattern != null ? " and s.searchText like :q" : "");
        if (pageable.isUnpaged()) {
            // everyone, in the given order: for other modules (a unit's competency gaps), not for the API
            List<Staff> all = bind(em.createQuery("select s" + from + orderBy(pageable.getSort(), false), Staff.class),
                    agencyId, unitId, pattern).getResultList();
            return new PageImpl<>(all, pageable, all.size());
        }
        long total = bind(em.createQuery("select count(s)" + from, Long.class), agencyId, unitId, pattern)
                .getSingleResult();
        if (total == 0 || pageable.getOffset() >= total) {
            return new PageImpl<>(List.of(), pageable, total);
        }
        boolean sortMatches = pattern != null && total <= FEW_MATCHES;
        List<Staff> rows = bind(em.createQuery("select s" + from + orderBy(pageable.getSort(), sortMatches),
                Staff.class), agencyId, unitId, pattern)
                .setFirstResult((int) pageable.getOffset()).setMaxResults(pageable.getPageSize()).getResultList();
        return new PageImpl<>(rows, pageable, total);
    }

    /**
     * The same page as {@link #page}, as the API shows it, from the agency's copy in memory
     * (StaffDirectory): the matches are counted, ordered and cut there, with no query but the
     * directory's check of its revision. Outside a transaction only (see StaffDirectory).
     *
     * @param needle the folded text the search text must contain ({@code nguyen van}), or null for all
     */
    public Page<StaffView> views(Long agencyId, Long unitId, String needle, boolean activeOnly, Pageable pageable) {
        List<StaffDirectory.Entry> matches = directory.matching(agencyId, needle,
                e -> (unitId == null || e.unitId() == unitId) && (!activeOnly || e.active()));
        if (!isNameOrder(pageable.getSort())) {
            matches.sort(StaffDirectory.comparator(pageable.getSort()));
        }
        long offset = pageable.getOffset();
        List<StaffView> rows = offset >= matches.size() ? List.of()
                : matches.subList((int) offset, (int) Math.min(matches.size(), offset + pageable.getPageSize()))
                        .stream().map(StaffDirectory.Entry::view).toList();
        return new PageImpl<>(rows, pageable, matches.size());
    }

    /** The copy is already in name order (name_sort_key, id): the default sort needs no sorting. */
    private static boolean isNameOrder(Sort sort) {
        List<Sort.Order> orders = sort.toList();
        boolean byName = !orders.isEmpty() && orders.get(0).getProperty().equals("nameSortKey")
                && orders.get(0).isAscending();
        boolean thenId = orders.size() == 1 || orders.size() == 2 && orders.get(1).getProperty().equals("id")
                && orders.get(1).isAscending();
        return byName && thenId;
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, Long agencyId, Long unitId, String pattern) {
        query.setParameter("agencyId", agencyId);
        if (unitId != null) {
            query.setParameter("unitId", unitId);
        }
        if (pattern != null) {
            query.setParameter("q", pattern);
        }
        return query;
    }

    /**
     * ORDER BY from whitelisted properties only (never text from the request). Sorting the
     * matches: a text key is wrapped in concat(.., '') so that no index can supply the order.
     */
    static String orderBy(Sort sort, boolean sortMatches) {
        StringJoiner order = new StringJoiner(", ", " order by ", "");
        for (Sort.Order o : sort) {
            if (!SORTABLE.contains(o.getProperty())) {
                throw new IllegalArgumentException("not a sortable staff property: " + o.getProperty());
            }
            String column = "s." + o.getProperty();
            order.add((sortMatches && INDEXED_TEXT.contains(o.getProperty()) ? "concat(" + column + ", '')" : column)
                    + (o.isAscending() ? " asc" : " desc"));
        }
        if (sort.getOrderFor("id") == null) {
            order.add("s.id asc"); // a total order, so that pages neither repeat nor skip anyone
        }
        return order.toString();
    }
}
