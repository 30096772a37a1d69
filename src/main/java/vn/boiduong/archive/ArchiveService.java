package vn.boiduong.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.archive.internal.ArchiveStore;
import vn.boiduong.archive.internal.FileStore;
import vn.boiduong.common.Actor;
import vn.boiduong.common.AuditEvent;
import vn.boiduong.common.CleanText;
import vn.boiduong.common.IllegalTransitionException;
import vn.boiduong.common.InvalidInputException;
import vn.boiduong.common.NotFoundException;
import vn.boiduong.common.PageResponse;
import vn.boiduong.common.SearchTerms;
import vn.boiduong.common.TrainingCategory;

/**
 * B7: the record sets. The steps' events file their documents here ({@link #file}); the Office reads,
 * adds scanned signed originals, closes, exports and proposes disposals; the Director decides them.
 * Every act asks {@link ArchivePolicy}, writes an audit line and publishes the aggregate's events.
 */
@Service
@Transactional(readOnly = true)
public class ArchiveService {

    public static final String AUDIT_TYPE = "record-set";
    public static final Map<String, String> SORTABLE = Map.of("year", "year", "title", "title", "status", "status");
    private static final Logger log = LoggerFactory.getLogger(ArchiveService.class);

    private final ArchiveStore store;
    private final FileStore files;
    private final ArchivePolicy policy;
    private final RetentionRules retention;
    private final ApplicationEventPublisher events;
    private final vn.boiduong.identity.UserDirectory directory;
    private final Clock clock;
    private final vn.boiduong.planning.PlanService plans;
    private final vn.boiduong.audit.AuditTrail audit;

    ArchiveService(ArchiveStore store, FileStore files, ArchivePolicy policy, RetentionRules retention,
            ApplicationEventPublisher events, vn.boiduong.identity.UserDirectory directory, Clock clock,
            vn.boiduong.planning.PlanService plans, vn.boiduong.audit.AuditTrail audit) {
        this.plans = plans;
        this.audit = audit;
        this.directory = directory;
        this.store = store;
        this.files = files;
        this.policy = policy;
        this.retention = retention;
        this.events = events;
        this.clock = clock;
    }

    // ---- filing (the steps' events, through the listeners) ----

    /** Which set a document goes to: the year's general set, or the set of one training content. */
    public record SetKey(Long agencyId, int year, String contentKey, String title, String category, Long planId) {

        /** The year's general set: the consolidation, the plan and its decision, the announcement, the report. */
        public static SetKey plan(Long agencyId, int year, Long planId) {
            return new SetKey(agencyId, year, RecordSet.PLAN_CONTENT, "Hồ sơ chung kế hoạch ĐTBD năm " + year, null, planId);
        }

        /** The set of one training content: the plan item's category and title (QT.VP.05: "theo từng nội dung đào tạo"). */
        public static SetKey content(Long agencyId, int year, Long planId, TrainingCategory category, String title) {
            String t = title == null ? "" : title.strip();
            String key = category.name() + "|" + t.toLowerCase(java.util.Locale.ROOT);
            if (key.length() > 400) {
                key = key.substring(0, 400);
            }
            String shown = category.label() + " — " + t;
            return new SetKey(agencyId, year, key, shown.length() > 400 ? shown.substring(0, 400) : shown,
                    category.name(), planId);
        }
    }

    /** A document a step produced: frozen bytes with where they came from ({@code sourceKey} makes filing idempotent). */
    public record FileRequest(SetKey set, RecordType type, String title, String fileName, String mediaType, byte[] bytes,
            String sourceType, Long sourceId, int sourceVersion, String persons, String by) {

        String sourceKey() {
            return sourceType + ":" + sourceId + ":" + sourceVersion + ":" + type.name() + ":" + fileName;
        }
    }

    /**
     * Files a document into its set, opening the set when it is the first. Filed once: the same source
     * (type, object, version, file) again is ignored, so an event delivered twice files once. Into a
     * closed set nothing is filed: the audit trail says what was kept out, for the Office to add by hand.
     */
    @Transactional
    public Optional<Long> file(FileRequest r) {
        audit.lockChainFirst();
        RecordSet set = openSet(r.set(), r.by());
        if (store.filed(set.id(), r.sourceKey())) {
            return Optional.empty();
        }
        if (set.status() != RecordSetStatus.OPEN) {
            log.warn("Record set {} is {}: {} not filed", set.id(), set.status(), r.fileName());
            events.publishEvent(AuditEvent.inAgency(set.agencyId(), "NOT_FILED", AUDIT_TYPE, set.id(),
                    "Không lưu được «" + r.title() + "» vào hồ sơ «" + set.title() + "» vì hồ sơ "
                            + set.status().label().toLowerCase() + "; cần bổ sung bằng tay nếu cần."));
            return Optional.empty();
        }
        return Optional.of(store(set, r));
    }

    private Long store(RecordSet set, FileRequest r) {
        String sha = sha256(r.bytes());
        files.put(sha, r.bytes());
        LocalDateTime now = LocalDateTime.now(clock);
        Long id = store.insertDocument(set.id(), r.type(), cut(r.title(), 400), cut(r.fileName(), 200), r.mediaType(),
                r.bytes().length, sha, r.sourceType(), r.sourceId(), r.sourceVersion(), r.sourceKey(),
                r.persons() == null ? null : cut(r.persons(), 4000), r.by(), now);
        events.publishEvent(AuditEvent.inAgency(set.agencyId(), "FILE", AUDIT_TYPE, set.id(), "Lưu «" + r.title()
                + "» (" + r.fileName() + ", SHA-256 " + sha + ") vào hồ sơ «" + set.title() + "»"));
        events.publishEvent(new ArchiveEvents.DocumentFiled(id, set.id(), set.agencyId(), r.type(), r.title(), sha, r.by()));
        return id;
    }

    /**
     * A set locked for an act, the audit trail's head first: every write here takes the head before its
     * own rows, so that two writers (a filing, an upload, a closing) never wait for each other in a circle.
     */
    private Optional<RecordSet> lockedSet(Long id) {
        audit.lockChainFirst();
        return store.setForUpdate(id);
    }

    /** Opens the set of {@code k} if it is not there yet (the plan's approval opens one per item's content). */
    @Transactional
    public Long ensureSet(SetKey k, String by) {
        audit.lockChainFirst();
        return openSet(k, by).id();
    }

    private RecordSet openSet(SetKey k, String by) {
        Optional<RecordSet> found = store.set(k.agencyId(), k.year(), k.contentKey());
        if (found.isPresent()) {
            return store.setForUpdate(found.get().id()).orElseThrow();
        }
        ArchiveStore.Inserted in = store.insertSetIfAbsent(k.agencyId(), k.year(), k.contentKey(), k.title(),
                k.category(), k.planId(), by, LocalDateTime.now(clock));
        Long id = in.id();
        RecordSet s = store.setForUpdate(id).orElseThrow();
        if (in.created()) {
            events.publishEvent(AuditEvent.inAgency(k.agencyId(), "CREATE", AUDIT_TYPE, id, "Mở hồ sơ «" + k.title()
                    + "» năm " + k.year()));
        }
        return s;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    // ---- reading ----

    /** A set as the list shows it. */
    public record SetSummary(Long id, int year, String title, String category, RecordSetStatus status,
            String statusLabel, int documents, long bytes, LocalDateTime lastChecked, boolean checkFailed) {
    }

    /** A filed document; {@code filedByName}: the full name of who filed it ("Tự động" for the system), never a username. */
    public record DocumentView(Long id, RecordType type, String typeLabel, String step, String title, String fileName,
            String mediaType, long size, String sha256, String sourceType, Long sourceId, int sourceVersion,
            String filedBy, String filedByName, LocalDateTime filedAt, LocalDateTime erasedAt) {

        static DocumentView of(ArchiveStore.Document d) {
            return of(d, Map.of());
        }

        static DocumentView of(ArchiveStore.Document d, Map<String, String> names) {
            String name = "system".equals(d.filedBy()) ? "Tự động" : names.getOrDefault(d.filedBy(), "Người dùng đã xóa");
            return new DocumentView(d.id(), d.type(), d.type().label(), d.sourceStep(), d.title(), d.fileName(),
                    d.mediaType(), d.size(), d.sha256(), d.sourceType(), d.sourceId(), d.sourceVersion(), d.filedBy(),
                    name, d.filedAt(), d.erasedAt());
        }
    }

    public record DisposalView(Long id, DisposalStatus status, String statusLabel, String reason, String proposedBy,
            LocalDateTime proposedAt, String councilMembers, String councilOpinion, LocalDateTime opinionAt,
            String decisionNumber, LocalDate decisionDate, String decidedBy, LocalDateTime decidedAt,
            String rejectionReason, String documentsList, Integer filesErased, boolean mayAppraise, boolean mayDecide) {
    }

    public record SetDetail(Long id, int year, String title, String category, Long planId, RecordSetStatus status,
            String statusLabel, LocalDateTime createdAt, LocalDateTime closedAt, String closedBy,
            RetentionRules.Retention retention, LocalDate retentionEnds, List<DocumentView> documents,
            List<DisposalView> disposals, ArchivePolicy.Allowed allowed) {
    }

    public record Filter(Integer year, String q, String type) {
    }

    public PageResponse<SetSummary> list(Actor actor, Filter f, Pageable pageable) {
        policy.read(actor).orThrow();
        RecordType type = null;
        if (f.type() != null && !f.type().isBlank()) {
            type = RecordType.parse(f.type());
            if (type == null) {
                throw InvalidInputException.of("type", "Loại tài liệu không có trong danh mục.");
            }
        }
        if (f.year() != null && (f.year() < 1900 || f.year() > 2100)) {
            throw InvalidInputException.of("year", "Năm phải từ 1900 đến 2100.");
        }
        String q = f.q() == null || f.q().isBlank() ? null : SearchTerms.withoutWildcards(CleanText.require("q", f.q().strip()));
        if (q != null && q.length() > 200) {
            throw InvalidInputException.of("q", "Từ khóa tìm kiếm dài quá 200 ký tự.");
        }
        Sort.Order order = pageable.getSort().stream().findFirst().orElse(Sort.Order.desc("year"));
        List<SetSummary> items = store.sets(actor.agencyId(), f.year(), q, type, order.getProperty(), order.isAscending(),
                (int) pageable.getOffset(), pageable.getPageSize()).stream()
                .map(r -> new SetSummary(r.set().id(), r.set().year(), r.set().title(), categoryLabel(r.set().category()),
                        r.set().status(), r.set().status().label(), r.documents(), r.bytes(), r.lastChecked(),
                        r.checkFailed())).toList();
        return new PageResponse<>(items, pageable.getPageNumber(), pageable.getPageSize(),
                store.countSets(actor.agencyId(), f.year(), q, type));
    }

    public List<Integer> years(Actor actor) {
        policy.read(actor).orThrow();
        return store.years(actor.agencyId());
    }

    private static String categoryLabel(String code) {
        if (code == null) {
            return "Kế hoạch (hồ sơ chung)";
        }
        try {
            return TrainingCategory.valueOf(code).label();
        } catch (IllegalArgumentException e) {
            return code;
        }
    }

    private RecordSet readable(Actor actor, Long id) {
        policy.read(actor).orThrow();
        RecordSet s = store.set(id).orElseThrow(() -> new NotFoundException("hồ sơ lưu"));
        policy.read(actor, s).orThrow();
        return s;
    }

    public SetDetail detail(Actor actor, Long id) {
        return detailOf(actor, readable(actor, id));
    }

    private SetDetail detailOf(Actor actor, RecordSet s) {
        LocalDate today = LocalDate.now(clock);
        RetentionRules.Retention r = retention.retentionOf(store.typesOf(s.id()), today);
        LocalDate ends = RetentionRules.endsOn(r, s.closedAt());
        List<Disposal> ds = store.disposals(s.id());
        boolean openProposal = ds.stream().anyMatch(d -> d.status().isOpen());
        List<DisposalView> dv = ds.stream().map(d -> new DisposalView(d.id(), d.status(), d.status().label(), d.reason(),
                d.proposedBy(), d.proposedAt(), d.councilMembers(), d.councilOpinion(), d.opinionAt(), d.decisionNumber(),
                d.decisionDate(), d.decidedBy(), d.decidedAt(), d.rejectionReason(), d.documentsList(), d.filesErased(),
                policy.appraise(actor, s, d.status()).isAllowed(),
                policy.decide(actor, s, d.status(), d.proposedBy()).isAllowed())).toList();
        return new SetDetail(s.id(), s.year(), s.title(), categoryLabel(s.category()), s.planId(), s.status(),
                s.status().label(), s.createdAt(), s.closedAt(), s.closedBy(), r, ends,
                documentsOf(s.id()), dv,
                policy.allowed(actor, s, ends, openProposal, today));
    }

    private List<DocumentView> documentsOf(Long setId) {
        List<ArchiveStore.Document> docs = store.documents(setId);
        Map<String, String> names = directory.fullNamesOf(docs.stream().map(ArchiveStore.Document::filedBy)
                .filter(u -> !"system".equals(u)).distinct().toList());
        return docs.stream().map(d -> DocumentView.of(d, names)).toList();
    }

    /** A document's bytes, unchanged; checked against their hash first, so a changed file is never handed out as the record. */
    public record Download(String fileName, String mediaType, byte[] bytes, String sha256) {
    }

    public Download download(Actor actor, Long setId, Long docId) {
        RecordSet s = readable(actor, setId);
        ArchiveStore.Document d = store.document(s.id(), docId).orElseThrow(() -> new NotFoundException("tài liệu"));
        if (d.erasedAt() != null) {
            throw new IllegalTransitionException("Tài liệu đã được hủy theo quyết định, không còn tệp.");
        }
        byte[] bytes = bytes(d.sha256()).orElseThrow(() -> new IllegalTransitionException(
                "Không tìm thấy tệp của tài liệu trong kho lưu trữ; đã ghi nhận để kiểm tra."));
        if (!sha256(bytes).equals(d.sha256())) {
            throw new IllegalTransitionException("Tệp của tài liệu không còn khớp mã SHA-256 khi lưu: tệp đã bị thay đổi."
                    + " Không cung cấp bản đã thay đổi; hãy báo người quản trị.");
        }
        return new Download(d.fileName(), d.mediaType(), bytes, d.sha256());
    }

    /** The stored bytes of a hash (for the export and the download). */
    public Optional<byte[]> bytes(String sha256) {
        return files.open(sha256).map(in -> {
            try (InputStream i = in) {
                return i.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** What the store holds under a hash, hashed again as it is read (one buffer in memory, not the file). */
    public record StoredHash(String sha256, long size) {
    }

    /** The stored bytes of {@code sha256} hashed again; empty when they are missing or cannot be read. */
    public Optional<StoredHash> rehash(String sha256) {
        Optional<InputStream> in = files.open(sha256);
        if (in.isEmpty()) {
            return Optional.empty();
        }
        try (InputStream stream = in.get()) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            long size = new DigestInputStream(stream, md).transferTo(OutputStream.nullOutputStream());
            return Optional.of(new StoredHash(HexFormat.of().formatHex(md.digest()), size));
        } catch (IOException e) {
            return Optional.empty();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The set and its documents for the export (the Office's right to export asked). */
    public record ExportSet(RecordSet set, List<DocumentView> documents) {
    }

    /**
     * The set to export, every file hashed again first: a bag made of changed bytes would carry their
     * new hashes in its manifest and validate, hiding the change, so a set with a changed or missing
     * file is not exported (409 naming the files) until the Office has dealt with them.
     */
    @Transactional
    public ExportSet forExport(Actor actor, Long id) {
        RecordSet s = readable(actor, id);
        policy.export(actor, s).orThrow();
        List<DocumentView> documents = store.documents(s.id()).stream().filter(d -> d.erasedAt() == null)
                .map(DocumentView::of).toList();
        List<String> unsound = documents.stream().filter(d -> !rehash(d.sha256())
                .map(h -> h.sha256().equals(d.sha256())).orElse(false)).map(DocumentView::fileName).toList();
        if (!unsound.isEmpty()) {
            throw new IllegalTransitionException("Không xuất được hồ sơ: tệp " + String.join(", ", unsound)
                    + " không còn khớp mã SHA-256 khi lưu hoặc đã mất. Hãy báo người quản trị kiểm tra kho lưu trữ.");
        }
        events.publishEvent(AuditEvent.of("EXPORT", AUDIT_TYPE, s.id(), "Xuất hồ sơ «" + s.title() + "» (BagIt)"));
        return new ExportSet(s, documents);
    }

    // ---- the Office's acts ----

    /** 403 unless the actor runs the archive (asked before an upload is read). */
    public void checkManage(Actor actor) {
        policy.manage(actor).orThrow();
    }

    /** {@code POST /api/v1/record-sets}: a set opened by hand (for documents no step files, e.g. scanned originals). */
    @Transactional
    public SetDetail create(Actor actor, Integer year, String title, String trainingContent, String category, Long planId) {
        policy.manage(actor).orThrow();
        audit.lockChainFirst();
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        if (year == null || year < 2000 || year > 2100) {
            errors.add(new InvalidInputException.FieldError("year", "Năm phải từ 2000 đến 2100."));
        }
        String t = title == null ? "" : CleanText.require("title", title.strip());
        if (t.isEmpty() || t.length() > 300) {
            errors.add(new InvalidInputException.FieldError("title", t.isEmpty() ? "Cần nhập tên hồ sơ." : "Tên hồ sơ dài quá 300 ký tự."));
        }
        String content = trainingContent == null ? "" : CleanText.require("trainingContent", trainingContent.strip());
        if (content.isEmpty() || content.length() > 300) {
            errors.add(new InvalidInputException.FieldError("trainingContent", content.isEmpty()
                    ? "Cần nhập nội dung đào tạo của hồ sơ." : "Nội dung đào tạo dài quá 300 ký tự."));
        }
        TrainingCategory cat = null;
        if (category != null && !category.isBlank()) {
            try {
                cat = TrainingCategory.valueOf(category);
            } catch (IllegalArgumentException e) {
                errors.add(new InvalidInputException.FieldError("category", "Loại hình đào tạo không có trong danh mục."));
            }
        }
        if (planId != null && year != null) {
            // the plan a set belongs to is one of the agency's own, of the set's year (another agency's
            // looks missing, as everywhere)
            try {
                if (plans.header(actor, planId).year() != year) {
                    errors.add(new InvalidInputException.FieldError("planId", "Kế hoạch này không phải của năm " + year + "."));
                }
            } catch (vn.boiduong.common.NotFoundException | vn.boiduong.common.ForbiddenException e) {
                errors.add(new InvalidInputException.FieldError("planId", "Không có kế hoạch này."));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("Hồ sơ chưa hợp lệ.", errors);
        }
        String key = "MANUAL|" + content.toLowerCase(java.util.Locale.ROOT);
        if (store.set(actor.agencyId(), year, key).isPresent()) {
            throw InvalidInputException.of("trainingContent", "Năm " + year + " đã có hồ sơ với nội dung này.");
        }
        Long id = store.insertSet(actor.agencyId(), year, key, t, cat == null ? null : cat.name(), planId,
                actor.username(), LocalDateTime.now(clock));
        events.publishEvent(AuditEvent.of("CREATE", AUDIT_TYPE, id, "Mở hồ sơ «" + t + "» năm " + year));
        return detail(actor, id);
    }

    /** A scanned signed original (PDF, checked as evidence files are) into an open set. */
    @Transactional
    public DocumentView addScan(Actor actor, Long setId, String originalName, byte[] content, long maxBytes) {
        RecordSet s = readable(actor, setId);
        policy.file(actor, s).orThrow();
        var checked = vn.boiduong.competency.UploadedFileCheck.pdf("file", originalName, content, maxBytes);
        RecordSet locked = lockedSet(s.id()).orElseThrow();
        policy.file(actor, locked).orThrow();
        String sha = sha256(content);
        String title = "Bản quét: " + checked.fileName();
        if (store.filed(s.id(), "upload:" + sha)) {
            throw new IllegalTransitionException("Tệp này đã có trong hồ sơ.");
        }
        files.put(sha, content);
        Long id = store.insertDocument(s.id(), RecordType.SCAN, title, checked.fileName(), checked.contentType(),
                content.length, sha, "upload", null, 1, "upload:" + sha, null, actor.username(), LocalDateTime.now(clock));
        events.publishEvent(AuditEvent.of("FILE", AUDIT_TYPE, s.id(), "Thêm bản quét «" + checked.fileName()
                + "» (SHA-256 " + sha + ") vào hồ sơ «" + s.title() + "»"));
        events.publishEvent(new ArchiveEvents.DocumentFiled(id, s.id(), s.agencyId(), RecordType.SCAN, title, sha,
                actor.username()));
        return DocumentView.of(store.document(s.id(), id).orElseThrow());
    }

    @Transactional
    public SetDetail close(Actor actor, Long id) {
        readable(actor, id);
        RecordSet s = lockedSet(id).orElseThrow();
        s.close(policy, actor, LocalDateTime.now(clock));
        store.updateSet(s, null);
        events.publishEvent(AuditEvent.of("CLOSE", AUDIT_TYPE, s.id(), "Đóng hồ sơ «" + s.title() + "»"));
        s.takeEvents().forEach(events::publishEvent);
        return detailOf(actor, s);
    }

    /** A document of a verified bag to be filed again. */
    public record Imported(RecordType type, String title, String fileName, String mediaType, byte[] bytes) {
    }

    /**
     * A bag read back (its checksums verified by {@link BagIt#verify} before this is called) becomes a
     * new open set of the actor's agency, its documents filed as they were, with their original hashes.
     */
    @Transactional
    public SetDetail importSet(Actor actor, int year, String title, String externalId, List<Imported> docs) {
        policy.manage(actor).orThrow();
        audit.lockChainFirst();
        if (year < 1900 || year > 2100) {
            throw InvalidInputException.of("file", "Năm của gói (Bag-Group-Identifier) không hợp lệ.");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        String t = cut("Nhập từ gói: " + (title == null || title.isBlank() ? externalId : title), 400);
        String key = cut("IMPORT|" + externalId + "|" + now, 400);
        Long id = store.insertSet(actor.agencyId(), year, key, t, null, null, actor.username(), now);
        int n = 0;
        for (Imported d : docs) {
            String sha = sha256(d.bytes());
            files.put(sha, d.bytes());
            store.insertDocument(id, d.type(), cut(d.title(), 400), cut(d.fileName(), 200), d.mediaType(),
                    d.bytes().length, sha, "import", null, 1, "import:" + (n++) + ":" + sha, null, actor.username(), now);
        }
        events.publishEvent(AuditEvent.of("IMPORT", AUDIT_TYPE, id, "Nhập hồ sơ «" + t + "» từ gói BagIt (" + docs.size()
                + " tài liệu, mọi mã SHA-256 đã khớp)"));
        return detail(actor, id);
    }

    // ---- disposal ----

    @Transactional
    public SetDetail proposeDisposal(Actor actor, Long id, String reason, String councilMembers) {
        readable(actor, id);
        RecordSet s = lockedSet(id).orElseThrow();
        LocalDateTime now = LocalDateTime.now(clock);
        RetentionRules.Retention r = retention.retentionOf(store.typesOf(s.id()), now.toLocalDate());
        boolean open = store.disposals(s.id()).stream().anyMatch(d -> d.status().isOpen());
        Disposal d = Disposal.propose(policy, actor, s, RetentionRules.endsOn(r, s.closedAt()), open,
                clean("reason", reason), clean("councilMembers", councilMembers), now);
        Long did = store.insertDisposal(d);
        events.publishEvent(AuditEvent.of("DISPOSAL_PROPOSE", AUDIT_TYPE, s.id(), "Đề nghị hủy hồ sơ «" + s.title()
                + "» (hết thời hạn " + r.label() + "): " + d.reason() + "; Hội đồng: " + d.councilMembers()));
        events.publishEvent(new ArchiveEvents.DisposalProposed(did, s.id(), s.agencyId(), s.title(), actor.username()));
        return detailOf(actor, s);
    }

    @Transactional
    public SetDetail appraise(Actor actor, Long id, String opinion) {
        readable(actor, id);
        policy.mayAppraise(actor).orThrow();
        RecordSet s = lockedSet(id).orElseThrow();
        Disposal d = openDisposal(s);
        d.appraise(policy, actor, s, clean("opinion", opinion), LocalDateTime.now(clock));
        store.updateDisposal(d);
        events.publishEvent(AuditEvent.of("DISPOSAL_APPRAISE", AUDIT_TYPE, s.id(), "Ý kiến Hội đồng về hủy hồ sơ «"
                + s.title() + "»: " + d.councilOpinion()));
        return detailOf(actor, s);
    }

    /** The Director's decision: the files are erased (bytes no other document uses), the records of it stay. */
    @Transactional
    public SetDetail approveDisposal(Actor actor, Long id, String number, LocalDate date) {
        readable(actor, id);
        policy.mayDecide(actor).orThrow();
        RecordSet s = lockedSet(id).orElseThrow();
        Disposal d = openDisposal(s);
        LocalDateTime now = LocalDateTime.now(clock);
        List<ArchiveStore.Document> docs = store.documents(s.id()).stream().filter(x -> x.erasedAt() == null).toList();
        StringBuilder list = new StringBuilder();
        for (ArchiveStore.Document x : docs) {
            String line = x.type().label() + ": " + x.title() + " (" + x.fileName() + ", " + x.size() + " byte, SHA-256 "
                    + x.sha256() + ")\n";
            if (list.length() + line.length() > 7900) {
                list.append("… và các tài liệu khác (tổng ").append(docs.size()).append(")");
                break;
            }
            list.append(line);
        }
        d.approve(policy, actor, s, clean("decisionNumber", number), date, list.toString(), docs.size(), now);
        store.markErased(s.id(), now);
        for (String sha : docs.stream().map(ArchiveStore.Document::sha256).distinct().toList()) {
            if (store.usesOf(sha) == 0) {
                files.delete(sha);
            }
        }
        store.updateDisposal(d);
        store.updateSet(s, now);
        events.publishEvent(AuditEvent.of("DISPOSAL_APPROVE", AUDIT_TYPE, s.id(), "Quyết định hủy hồ sơ «" + s.title()
                + "» số " + d.decisionNumber() + " ngày " + vn.boiduong.documents.VietnameseDates.shortDate(date) + ": "
                + docs.size() + " tài liệu đã hủy"));
        d.takeEvents().forEach(events::publishEvent);
        return detailOf(actor, s);
    }

    @Transactional
    public SetDetail rejectDisposal(Actor actor, Long id, String reason) {
        readable(actor, id);
        policy.mayDecide(actor).orThrow();
        RecordSet s = lockedSet(id).orElseThrow();
        Disposal d = openDisposal(s);
        d.reject(policy, actor, s, clean("reason", reason), LocalDateTime.now(clock));
        store.updateDisposal(d);
        events.publishEvent(AuditEvent.of("DISPOSAL_REJECT", AUDIT_TYPE, s.id(), "Không hủy hồ sơ «" + s.title() + "»: "
                + d.rejectionReason()));
        return detailOf(actor, s);
    }

    private Disposal openDisposal(RecordSet s) {
        return store.disposals(s.id()).stream().filter(x -> x.status().isOpen()).findFirst()
                .orElseThrow(() -> new IllegalTransitionException("Hồ sơ không có đề nghị hủy nào đang chờ xử lý."));
    }

    private static String clean(String field, String text) {
        return text == null ? null : CleanText.require(field, text);
    }
}
