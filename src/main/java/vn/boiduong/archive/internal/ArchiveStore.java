package vn.boiduong.archive.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.boiduong.archive.Disposal;
import vn.boiduong.archive.DisposalStatus;
import vn.boiduong.archive.RecordSet;
import vn.boiduong.archive.RecordSetStatus;
import vn.boiduong.archive.RecordType;

/** The archive's tables, in plain SQL (the aggregates are small and their rows are read whole). */
@Repository
public class ArchiveStore {

    private static final String SET_COLUMNS = "id, agency_id, year_no, content_key, title, category, plan_id, status,"
            + " created_at, closed_at, closed_by, version";
    private static final String DOC_COLUMNS = "id, record_set_id, record_type, title, file_name, media_type, size_bytes,"
            + " sha256, source_step, source_type, source_id, source_version, source_key, persons, filed_by, filed_at,"
            + " erased_at";
    private static final String DISPOSAL_COLUMNS = "id, record_set_id, status, reason, proposed_by, proposed_at,"
            + " council_members, council_opinion, opinion_at, opinion_by, decision_number, decision_date, decided_by,"
            + " decided_at, rejection_reason, documents_list, files_erased";

    private final JdbcClient jdbc;

    /** How many of an agency's sets of a year are in each state, and the documents filed in them. */
    public record YearCounts(long open, long closed, long disposed, long documents) {
        public long sets() {
            return open + closed + disposed;
        }
    }

    public YearCounts yearCounts(Long agencyId, int year) {
        long[] byStatus = new long[3];
        jdbc.sql("select status, count(*) from record_set where agency_id = ? and year_no = ? group by status")
                .params(agencyId, year).query(rs -> {
                    byStatus[RecordSetStatus.valueOf(rs.getString(1)).ordinal()] = rs.getLong(2);
                });
        long documents = jdbc.sql("select count(*) from archived_document d join record_set s on s.id = d.record_set_id"
                + " where s.agency_id = ? and s.year_no = ?").params(agencyId, year).query(Long.class).single();
        return new YearCounts(byStatus[RecordSetStatus.OPEN.ordinal()], byStatus[RecordSetStatus.CLOSED.ordinal()],
                byStatus[RecordSetStatus.DISPOSED.ordinal()], documents);
    }

    ArchiveStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- record sets ----

    private static RecordSet set(ResultSet rs, int n) throws SQLException {
        return new RecordSet(rs.getLong("id"), rs.getLong("agency_id"), rs.getInt("year_no"), rs.getString("content_key"),
                rs.getString("title"), rs.getString("category"), (Long) rs.getObject("plan_id", Long.class),
                RecordSetStatus.valueOf(rs.getString("status")), ts(rs, "created_at"), ts(rs, "closed_at"),
                rs.getString("closed_by"), rs.getLong("version"));
    }

    private static LocalDateTime ts(ResultSet rs, String column) throws SQLException {
        var t = rs.getTimestamp(column);
        return t == null ? null : t.toLocalDateTime();
    }

    public Optional<RecordSet> set(Long id) {
        return jdbc.sql("select " + SET_COLUMNS + " from record_set where id = ?").param(id).query(ArchiveStore::set)
                .optional();
    }

    /** The set row locked for the rest of the transaction (closing and filing must not cross). */
    public Optional<RecordSet> setForUpdate(Long id) {
        return jdbc.sql("select " + SET_COLUMNS + " from record_set where id = ? for update").param(id)
                .query(ArchiveStore::set).optional();
    }

    public Optional<RecordSet> set(Long agencyId, int year, String contentKey) {
        return jdbc.sql("select " + SET_COLUMNS + " from record_set where agency_id = ? and year_no = ? and content_key = ?")
                .params(agencyId, year, contentKey).query(ArchiveStore::set).optional();
    }

    /**
     * Inserts the set unless another transaction inserted it first (two events of one class filed at
     * once): the unique key decides, and the row that won is read back.
     */
    public record Inserted(Long id, boolean created) {
    }

    public Inserted insertSetIfAbsent(Long agencyId, int year, String contentKey, String title, String category,
            Long planId, String by, LocalDateTime now) {
        int n = jdbc.sql("insert into record_set (agency_id, year_no, content_key, title, category, plan_id, status, created_at,"
                + " created_by) values (?, ?, ?, ?, ?, ?, 'OPEN', ?, ?) on conflict do nothing")
                .params(agencyId, year, contentKey, title, category, planId, now, by).update();
        return new Inserted(jdbc.sql("select id from record_set where agency_id = ? and year_no = ? and content_key = ?")
                .params(agencyId, year, contentKey).query(Long.class).single(), n == 1);
    }

    public Long insertSet(Long agencyId, int year, String contentKey, String title, String category, Long planId,
            String by, LocalDateTime now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into record_set (agency_id, year_no, content_key, title, category, plan_id, status, created_at,"
                + " created_by) values (?, ?, ?, ?, ?, ?, 'OPEN', ?, ?)")
                .params(agencyId, year, contentKey, title, category, planId, now, by).update(keys, "id");
        return keys.getKey().longValue();
    }

    public void updateSet(RecordSet s, LocalDateTime disposedAt) {
        jdbc.sql("update record_set set status = ?, closed_at = ?, closed_by = ?, disposed_at = coalesce(?, disposed_at),"
                + " version = version + 1 where id = ?")
                .params(s.status().name(), s.closedAt(), s.closedBy(), disposedAt, s.id()).update();
    }

    /** A row of the sets list: the set and its counts, its documents' last fixity check. */
    public record SetRow(RecordSet set, int documents, long bytes, LocalDateTime lastChecked, boolean checkFailed) {
    }

    /**
     * The agency's sets, filtered: year, text in the title or a document's title or person named,
     * document type; newest year first. {@code sort}: one of year, title, status.
     */
    public List<SetRow> sets(Long agencyId, Integer year, String q, RecordType type, String sort, boolean asc,
            int offset, int limit) {
        StringBuilder where = new StringBuilder(" where s.agency_id = ?");
        List<Object> params = new ArrayList<>(List.of(agencyId));
        filter(where, params, year, q, type);
        String order = switch (sort == null ? "" : sort) {
            case "title" -> "s.title";
            case "status" -> "s.status";
            default -> "s.year_no";
        };
        String dir = asc ? " asc" : " desc";
        params.add(limit);
        params.add(offset);
        return jdbc.sql("select s.id, s.agency_id, s.year_no, s.content_key, s.title, s.category, s.plan_id, s.status,"
                + " s.created_at, s.closed_at, s.closed_by, s.version,"
                + " (select count(*) from archived_document d where d.record_set_id = s.id) as docs,"
                + " (select coalesce(sum(d.size_bytes), 0) from archived_document d where d.record_set_id = s.id"
                + "   and d.erased_at is null) as bytes,"
                + " (select min(f.checked_at) from archived_document d join archive_file f on f.sha256 = d.sha256"
                + "   where d.record_set_id = s.id and d.erased_at is null) as last_checked,"
                + " (select count(*) from archived_document d join archive_file f on f.sha256 = d.sha256"
                + "   where d.record_set_id = s.id and d.erased_at is null and f.check_ok = false) as failed"
                + " from record_set s" + where + " order by " + order + dir + ", s.title, s.id limit ? offset ?")
                .params(params).query((rs, n) -> new SetRow(set(rs, n), rs.getInt("docs"), rs.getLong("bytes"),
                        ts(rs, "last_checked"), rs.getLong("failed") > 0)).list();
    }

    public long countSets(Long agencyId, Integer year, String q, RecordType type) {
        StringBuilder where = new StringBuilder(" where s.agency_id = ?");
        List<Object> params = new ArrayList<>(List.of(agencyId));
        filter(where, params, year, q, type);
        return jdbc.sql("select count(*) from record_set s" + where).params(params).query(Long.class).single();
    }

    private static void filter(StringBuilder where, List<Object> params, Integer year, String q, RecordType type) {
        if (year != null) {
            where.append(" and s.year_no = ?");
            params.add(year);
        }
        if (q != null) {
            String like = "%" + q.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            where.append(" and (lower(s.title) like ? escape '\\' or exists (select 1 from archived_document d"
                    + " where d.record_set_id = s.id and (lower(d.title) like ? escape '\\'"
                    + " or lower(d.persons) like ? escape '\\' or lower(d.file_name) like ? escape '\\')))");
            params.add(like);
            params.add(like);
            params.add(like);
            params.add(like);
        }
        if (type != null) {
            where.append(" and exists (select 1 from archived_document d where d.record_set_id = s.id"
                    + " and d.record_type = ?)");
            params.add(type.name());
        }
    }

    public List<Integer> years(Long agencyId) {
        return jdbc.sql("select distinct year_no from record_set where agency_id = ? order by year_no desc")
                .param(agencyId).query(Integer.class).list();
    }

    // ---- documents ----

    public record Document(Long id, Long recordSetId, RecordType type, String title, String fileName, String mediaType,
            long size, String sha256, String sourceStep, String sourceType, Long sourceId, int sourceVersion,
            String sourceKey, String persons, String filedBy, LocalDateTime filedAt, LocalDateTime erasedAt) {
    }

    private static Document document(ResultSet rs, int n) throws SQLException {
        return new Document(rs.getLong("id"), rs.getLong("record_set_id"), RecordType.valueOf(rs.getString("record_type")),
                rs.getString("title"), rs.getString("file_name"), rs.getString("media_type"), rs.getLong("size_bytes"),
                rs.getString("sha256"), rs.getString("source_step"), rs.getString("source_type"),
                (Long) rs.getObject("source_id", Long.class), rs.getInt("source_version"), rs.getString("source_key"),
                rs.getString("persons"), rs.getString("filed_by"), ts(rs, "filed_at"), ts(rs, "erased_at"));
    }

    public List<Document> documents(Long setId) {
        return jdbc.sql("select " + DOC_COLUMNS + " from archived_document where record_set_id = ? order by filed_at, id")
                .param(setId).query(ArchiveStore::document).list();
    }

    public Optional<Document> document(Long setId, Long docId) {
        return jdbc.sql("select " + DOC_COLUMNS + " from archived_document where record_set_id = ? and id = ?")
                .params(setId, docId).query(ArchiveStore::document).optional();
    }

    public boolean filed(Long setId, String sourceKey) {
        return jdbc.sql("select count(*) from archived_document where record_set_id = ? and source_key = ?")
                .params(setId, sourceKey).query(Long.class).single() > 0;
    }

    public Long insertDocument(Long setId, RecordType type, String title, String fileName, String mediaType, long size,
            String sha256, String sourceType, Long sourceId, int sourceVersion, String sourceKey, String persons,
            String by, LocalDateTime now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into archived_document (record_set_id, record_type, title, file_name, media_type, size_bytes,"
                + " sha256, source_step, source_type, source_id, source_version, source_key, persons, filed_by, filed_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(setId, type.name(), title, fileName, mediaType, size, sha256, type.step(), sourceType, sourceId,
                        sourceVersion, sourceKey, persons, by, now)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public void markErased(Long setId, LocalDateTime now) {
        jdbc.sql("update archived_document set erased_at = ? where record_set_id = ? and erased_at is null")
                .params(now, setId).update();
    }

    /** The record types in a set (for its retention). */
    public List<RecordType> typesOf(Long setId) {
        return jdbc.sql("select distinct record_type from archived_document where record_set_id = ?").param(setId)
                .query(String.class).list().stream().map(RecordType::valueOf).toList();
    }

    /** How many live documents (of any set) still use these bytes. */
    public long usesOf(String sha256) {
        return jdbc.sql("select count(*) from archived_document where sha256 = ? and erased_at is null").param(sha256)
                .query(Long.class).single();
    }

    // ---- files (metadata; the bytes are FileStore's) ----

    public boolean fileKnown(String sha256) {
        return jdbc.sql("select count(*) from archive_file where sha256 = ?").param(sha256).query(Long.class).single() > 0;
    }

    public record FileRow(String sha256, long size) {
    }

    /** The files of one share of the store (share {@code index} of {@code count}), by the hash's first byte. */
    public List<FileRow> filesOfShare(int index, int count) {
        List<FileRow> all = jdbc.sql("select sha256, size_bytes from archive_file order by sha256")
                .query((rs, n) -> new FileRow(rs.getString(1), rs.getLong(2))).list();
        return all.stream().filter(f -> share(f.sha256(), count) == index).toList();
    }

    /** The share a file falls in: its hash's first two hex digits modulo the number of shares. */
    public static int share(String sha256, int count) {
        return Integer.parseInt(sha256.substring(0, 2), 16) % count;
    }

    public void fileChecked(String sha256, boolean ok, LocalDateTime now) {
        jdbc.sql("update archive_file set checked_at = ?, check_ok = ? where sha256 = ?").params(now, ok, sha256).update();
    }

    /** The agencies whose documents use these bytes (who is told of a difference). */
    public List<Long> agenciesOf(List<String> hashes) {
        if (hashes.isEmpty()) {
            return List.of();
        }
        String in = String.join(",", java.util.Collections.nCopies(hashes.size(), "?"));
        return jdbc.sql("select distinct s.agency_id from archived_document d join record_set s on s.id = d.record_set_id"
                + " where d.sha256 in (" + in + ")").params(new ArrayList<Object>(hashes)).query(Long.class).list();
    }

    // ---- retention ----

    public record RetentionRow(Long id, RecordType type, Integer years, String legalBasis, LocalDate effectiveFrom,
            String createdBy, LocalDateTime createdAt) {
    }

    public List<RetentionRow> retentionRules() {
        return jdbc.sql("select id, record_type, years, legal_basis, effective_from, created_by, created_at"
                + " from retention_rule order by record_type, effective_from desc")
                .query((rs, n) -> new RetentionRow(rs.getLong(1), RecordType.valueOf(rs.getString(2)),
                        (Integer) rs.getObject(3, Integer.class), rs.getString(4), rs.getObject(5, LocalDate.class),
                        rs.getString(6), ts(rs, "created_at"))).list();
    }

    public Long insertRetentionRule(RecordType type, Integer years, String basis, LocalDate from, String by,
            LocalDateTime now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into retention_rule (record_type, years, legal_basis, effective_from, created_by, created_at)"
                + " values (?, ?, ?, ?, ?, ?)").params(type.name(), years, basis, from, by, now).update(keys, "id");
        return keys.getKey().longValue();
    }

    public boolean retentionRuleExists(RecordType type, LocalDate from) {
        return jdbc.sql("select count(*) from retention_rule where record_type = ? and effective_from = ?")
                .params(type.name(), from).query(Long.class).single() > 0;
    }

    // ---- disposals ----

    private static Disposal disposal(ResultSet rs, int n) throws SQLException {
        return new Disposal(rs.getLong("id"), rs.getLong("record_set_id"), DisposalStatus.valueOf(rs.getString("status")),
                rs.getString("reason"), rs.getString("proposed_by"), ts(rs, "proposed_at"), rs.getString("council_members"),
                rs.getString("council_opinion"), ts(rs, "opinion_at"), rs.getString("opinion_by"),
                rs.getString("decision_number"), rs.getObject("decision_date", LocalDate.class), rs.getString("decided_by"),
                ts(rs, "decided_at"), rs.getString("rejection_reason"), rs.getString("documents_list"),
                (Integer) rs.getObject("files_erased", Integer.class));
    }

    public List<Disposal> disposals(Long setId) {
        return jdbc.sql("select " + DISPOSAL_COLUMNS + " from record_disposal where record_set_id = ? order by id desc")
                .param(setId).query(ArchiveStore::disposal).list();
    }

    public Long insertDisposal(Disposal d) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into record_disposal (record_set_id, status, reason, proposed_by, proposed_at, council_members)"
                + " values (?, ?, ?, ?, ?, ?)").params(d.recordSetId(), d.status().name(), d.reason(), d.proposedBy(),
                        d.proposedAt(), d.councilMembers()).update(keys, "id");
        return keys.getKey().longValue();
    }

    public void updateDisposal(Disposal d) {
        jdbc.sql("update record_disposal set status = ?, council_opinion = ?, opinion_at = ?, opinion_by = ?,"
                + " decision_number = ?, decision_date = ?, decided_by = ?, decided_at = ?, rejection_reason = ?,"
                + " documents_list = ?, files_erased = ? where id = ?")
                .params(d.status().name(), d.councilOpinion(), d.opinionAt(), d.opinionBy(), d.decisionNumber(),
                        d.decisionDate(), d.decidedBy(), d.decidedAt(), d.rejectionReason(), d.documentsList(),
                        d.filesErased(), d.id()).update();
    }

    // ---- fixity runs ----

    public record FixityRun(Long id, LocalDateTime startedAt, LocalDateTime finishedAt, String status, int shareIndex,
            int shareCount, int filesChecked, long bytesChecked, int changed, int missing, int unknown, String detail) {
    }

    private static FixityRun run(ResultSet rs, int n) throws SQLException {
        return new FixityRun(rs.getLong("id"), ts(rs, "started_at"), ts(rs, "finished_at"), rs.getString("status"),
                rs.getInt("share_index"), rs.getInt("share_count"), rs.getInt("files_checked"), rs.getLong("bytes_checked"),
                rs.getInt("changed_count"), rs.getInt("missing_count"), rs.getInt("unknown_count"), rs.getString("detail"));
    }

    public Long startRun(int shareIndex, int shareCount, LocalDateTime now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into fixity_run (started_at, status, share_index, share_count) values (?, 'RUNNING', ?, ?)")
                .params(now, shareIndex, shareCount).update(keys, "id");
        return keys.getKey().longValue();
    }

    public void finishRun(Long id, String status, int files, long bytes, int changed, int missing, int unknown,
            String detail, LocalDateTime now) {
        jdbc.sql("update fixity_run set status = ?, finished_at = ?, files_checked = ?, bytes_checked = ?,"
                + " changed_count = ?, missing_count = ?, unknown_count = ?, detail = ? where id = ?")
                .params(status, now, files, bytes, changed, missing, unknown, detail, id).update();
    }

    public void addFinding(Long runId, String sha256, String kind) {
        jdbc.sql("insert into fixity_finding (run_id, sha256, kind) values (?, ?, ?)").params(runId, sha256, kind).update();
    }

    /** Runs left RUNNING by a node that stopped: failed, never passed. */
    public int failAbandonedRuns(LocalDateTime startedBefore, LocalDateTime now) {
        return jdbc.sql("update fixity_run set status = 'FAILED', finished_at = ?, detail = ? where status = 'RUNNING'"
                + " and started_at < ?").params(now, "Lần kiểm tra bị dừng giữa chừng (máy chủ dừng hoặc lỗi).",
                        startedBefore).update();
    }

    public List<FixityRun> runs(int limit) {
        return jdbc.sql("select * from fixity_run order by id desc limit ?").param(limit).query(ArchiveStore::run).list();
    }

    public Optional<FixityRun> run(Long id) {
        return jdbc.sql("select * from fixity_run where id = ?").param(id).query(ArchiveStore::run).optional();
    }

    public record Finding(String sha256, String kind) {
    }

    public List<Finding> findings(Long runId) {
        return jdbc.sql("select sha256, kind from fixity_finding where run_id = ? order by kind, sha256").param(runId)
                .query(Finding.class).list();
    }
}
