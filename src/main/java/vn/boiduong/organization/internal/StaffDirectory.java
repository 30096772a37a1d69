package vn.boiduong.organization.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.boiduong.organization.Gender;
import vn.boiduong.organization.StaffCategory;
import vn.boiduong.organization.StaffView;

/**
 * An agency's staff records as the API shows them, with their search texts, held in memory, so
 * that a page of the staff list is found, counted and cut in the JVM instead of asking the
 * database to count and page trigram matches (docs/benchmarks.md: that was 6 ms of CPU a search, which capped the
 * search at about 300 per second on two cores, and its p95 at 32 clients near 190 ms).
 *
 * <p>The copy is never trusted on its own: each agency row carries {@code staff_revision}, raised
 * in the same transaction as every write to that agency's staff ({@link #changed}). A search reads
 * that one number by primary key and reloads the copy when it moved. So every node of a cluster
 * sees a write as soon as it is committed, as it did with the database query, and nothing here
 * needs to be told by another node. The revision is read <em>before</em> the rows: a write that
 * commits in between makes the copy newer than its revision, never older, and the next search
 * reloads it.
 */
@Component
public class StaffDirectory {

    /**
     * One person: the record as the API shows it, with the folded text a search looks in and the
     * place in name order. A page of the list is made of these alone, without the database.
     */
    public record Entry(StaffView view, String searchText, int nameRank) {

        long id() {
            return view.id();
        }

        long unitId() {
            return view.unitId();
        }

        boolean active() {
            return view.active();
        }
    }

    /**
     * An agency's staff in name order (nameSortKey, id), as of {@code revision}, with their search
     * texts laid end to end in one string: a search is then a few {@code indexOf} calls over one
     * block of memory instead of one call per person (10,000 in the largest department).
     */
    record Snapshot(long revision, List<Entry> entries, String text, int[] starts) {

        /** Between two people's texts; a folded search term never holds it (see {@link #matching}). */
        static final char SEPARATOR = '\u0001';

        static Snapshot of(long revision, List<Entry> entries) {
            StringBuilder text = new StringBuilder(entries.size() * 32);
            int[] starts = new int[entries.size() + 1];
            for (int i = 0; i < entries.size(); i++) {
                starts[i] = text.length();
                text.append(entries.get(i).searchText()).append(SEPARATOR);
            }
            starts[entries.size()] = text.length();
            return new Snapshot(revision, entries, text.toString(), starts);
        }

        /** Everyone whose search text contains {@code needle} (everyone for null or empty), in name order. */
        List<Entry> matching(String needle, Predicate<Entry> filter) {
            List<Entry> out = new ArrayList<>();
            if (needle == null || needle.isEmpty()) {
                for (Entry e : entries) {
                    if (filter.test(e)) {
                        out.add(e);
                    }
                }
                return out;
            }
            if (needle.indexOf(SEPARATOR) >= 0) {
                return out;
            }
            int from = 0;
            int pos;
            while ((pos = text.indexOf(needle, from)) >= 0) {
                int found = Arrays.binarySearch(starts, pos);
                int i = found >= 0 ? found : -found - 2;
                Entry e = entries.get(i);
                if (filter.test(e)) {
                    out.add(e);
                }
                from = starts[i + 1]; // the next person: one match is enough
            }
            return out;
        }
    }

    private final JdbcTemplate jdbc;
    private final Map<Long, Snapshot> byAgency = new ConcurrentHashMap<>();
    /** One loader per agency at a time: the first search after a write reloads, the others wait for it. */
    private final Map<Long, Object> loadLocks = new ConcurrentHashMap<>();

    StaffDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Marks the agency's staff as changed; call it in the transaction that writes them, so that the
     * mark commits or rolls back with the write.
     */
    public void changed(long agencyId) {
        changed(jdbc, agencyId);
    }

    /** The same, for writers that hold only a JdbcTemplate (the import's and the generator's batches). */
    public static void changed(JdbcTemplate jdbc, long agencyId) {
        jdbc.update("update agency set staff_revision = staff_revision + 1 where id = ?", agencyId);
    }

    /**
     * The agency's staff whose folded search text contains {@code needle} (all for null) and who
     * pass {@code filter}, in name order. Call it outside a transaction (each statement then reads
     * what is committed): one that has written staff itself would read its own uncommitted rows
     * into the shared copy.
     */
    public List<Entry> matching(long agencyId, String needle, Predicate<Entry> filter) {
        return snapshot(agencyId).matching(needle, filter);
    }

    private Snapshot snapshot(long agencyId) {
        long revision = revision(agencyId);
        Snapshot s = byAgency.get(agencyId);
        if (s != null && s.revision() == revision) {
            return s;
        }
        synchronized (loadLocks.computeIfAbsent(agencyId, id -> new Object())) {
            s = byAgency.get(agencyId);
            long now = revision(agencyId);
            if (s == null || s.revision() != now) {
                s = Snapshot.of(now, load(agencyId));
                byAgency.put(agencyId, s);
            }
            return s;
        }
    }

    private long revision(long agencyId) {
        List<Long> r = jdbc.queryForList("select staff_revision from agency where id = ?", Long.class, agencyId);
        return r.isEmpty() ? -1 : r.get(0);
    }

    private List<Entry> load(long agencyId) {
        List<Entry> entries = new ArrayList<>();
        String[] previousKey = {null};
        int[] rank = {-1};
        jdbc.query("""
                select s.id, s.code, s.full_name, s.unit_id, u.name as unit_name, s.category, s.gender, s.birth_date,
                  s.ethnic_minority, s.position, s.grade_code, s.professional_title, s.title_rank, s.leader, s.degree,
                  s.political_theory, s.state_management, s.it_level, s.foreign_language, s.active, s.version,
                  s.search_text, s.name_sort_key
                from staff s join unit u on u.id = s.unit_id
                where s.agency_id = ? order by s.name_sort_key, s.id""", rs -> {
                    String key = rs.getString("name_sort_key");
                    if (!key.equals(previousKey[0])) {
                        // people of the same name share a rank, so that a descending sort still breaks
                        // their tie by ascending id, as ORDER BY name_sort_key desc, id did
                        rank[0] = entries.size();
                        previousKey[0] = key;
                    }
                    StaffView view = new StaffView(rs.getLong("id"), rs.getString("code"), rs.getString("full_name"),
                            rs.getLong("unit_id"), rs.getString("unit_name"), StaffCategory.valueOf(rs.getString("category")),
                            Gender.valueOf(rs.getString("gender")), rs.getObject("birth_date", LocalDate.class),
                            rs.getBoolean("ethnic_minority"), rs.getString("position"), rs.getString("grade_code"),
                            rs.getString("professional_title"), rs.getString("title_rank"), rs.getBoolean("leader"),
                            rs.getString("degree"), rs.getString("political_theory"), rs.getString("state_management"),
                            rs.getString("it_level"), rs.getString("foreign_language"), rs.getBoolean("active"),
                            rs.getLong("version"));
                    entries.add(new Entry(view, rs.getString("search_text"), rank[0]));
                }, agencyId);
        return List.copyOf(entries);
    }

    /** The order of a whitelisted sort (StaffSearch.SORTABLE), with the id last, as the database query had it. */
    static Comparator<Entry> comparator(Sort sort) {
        Comparator<Entry> c = null;
        for (Sort.Order o : sort) {
            Comparator<Entry> one = switch (o.getProperty()) {
                case "nameSortKey" -> Comparator.comparingInt(Entry::nameRank);
                case "code" -> Comparator.comparing((Entry e) -> e.view().code());
                case "birthDate" -> Comparator.comparing((Entry e) -> e.view().birthDate());
                case "category" -> Comparator.comparing((Entry e) -> e.view().category().name());
                case "unitId" -> Comparator.comparingLong(Entry::unitId);
                case "id" -> Comparator.comparingLong(Entry::id);
                default -> throw new IllegalArgumentException("not a sortable staff property: " + o.getProperty());
            };
            one = o.isAscending() ? one : one.reversed();
            c = c == null ? one : c.thenComparing(one);
        }
        Comparator<Entry> byId = Comparator.comparingLong(Entry::id);
        return c == null ? byId : c.thenComparing(byId);
    }
}
