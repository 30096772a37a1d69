package vn.boiduong.competency;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;
import vn.boiduong.common.Actor;
import vn.boiduong.common.AuditEvent;
import vn.boiduong.common.ForbiddenException;
import vn.boiduong.common.InvalidInputException;
import vn.boiduong.common.NotFoundException;
import vn.boiduong.competency.internal.AssessmentRepository;
import vn.boiduong.competency.internal.CompetencyAssessment;
import vn.boiduong.competency.internal.CompetencyRepository;
import vn.boiduong.competency.internal.EvidenceCheck;
import vn.boiduong.competency.internal.EvidenceFile;
import vn.boiduong.competency.internal.EvidenceFileRepository;
import vn.boiduong.competency.internal.EvidenceMeta;
import vn.boiduong.organization.StaffService;
import vn.boiduong.organization.StaffView;

/**
 * Evidence files (minh chứng) of competency assessments. Whoever may read a person's assessments
 * may read their files: the person, the head of their unit, the Office, the Director and the
 * administrator; whoever may record an assessment of the person may attach files to it. Every file
 * is checked ({@link EvidenceCheck}) before it is stored, and every upload is audited.
 */
@Service
@Transactional(readOnly = true)
public class EvidenceFiles {

    /** Reached only through {@link #attach} and {@link #assessWithEvidence}; the API answers it with 413. */
    public static class TooLarge extends InvalidInputException {
        TooLarge(String message) {
            this(message, "files");
        }

        TooLarge(String message, String field) {
            super(message, List.of(new FieldError(field, message)));
        }
    }

    static final int MAX_FILES_PER_UPLOAD = 10;
    static final int MAX_FILES_PER_ASSESSMENT = 20;

    private final EvidenceFileRepository files;
    private final AssessmentRepository assessments;
    private final CompetencyRepository competencies;
    private final CompetencyAssessments assessing;
    private final StaffService staff;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final long maxBytes;

    EvidenceFiles(EvidenceFileRepository files, AssessmentRepository assessments, CompetencyRepository competencies,
            CompetencyAssessments assessing, StaffService staff, ApplicationEventPublisher events,
            Clock clock, @Value("${boiduong.evidence.max-file-size:5MB}") DataSize maxFileSize) {
        this.files = files;
        this.assessments = assessments;
        this.competencies = competencies;
        this.assessing = assessing;
        this.staff = staff;
        this.events = events;
        this.clock = clock;
        this.maxBytes = maxFileSize.toBytes();
    }

    /** The limit of one file, for the page's hint and the API's documentation. */
    public long maxBytes() {
        return maxBytes;
    }

    public String maxSizeText() {
        return EvidenceCheck.megabytes(maxBytes);
    }

    /** As {@link CompetencyAssessments#profile}: the person themselves, or whoever reads the staff record. */
    void requireReader(Actor actor, long staffId) {
        assessing.readable(actor, staffId);
    }

    public List<EvidenceFileView> list(Actor actor, long staffId, long assessmentId) {
        requireReader(actor, staffId);
        CompetencyAssessment a = assessmentOf(staffId, assessmentId);
        return files.metaOf(List.of(a.getId())).stream().map(EvidenceFiles::view).toList();
    }

    public EvidenceDownload download(Actor actor, long staffId, long assessmentId, long fileId) {
        requireReader(actor, staffId);
        CompetencyAssessment a = assessmentOf(staffId, assessmentId);
        EvidenceFile f = files.findById(fileId).filter(x -> x.getAssessmentId().equals(a.getId()))
                .orElseThrow(() -> new NotFoundException("tệp minh chứng"));
        return new EvidenceDownload(f.getFileName(), f.getContentType(), f.getSha256(), f.getContent());
    }

    /** Attaches files to an existing assessment of the person (current or past): all of them or none. */
    @Transactional
    public List<EvidenceFileView> attach(Actor actor, long staffId, long assessmentId, List<EvidenceUpload> uploads) {
        if (!CompetencyAssessments.canAssess(actor)) {
            throw new ForbiddenException();
        }
        StaffView s = staff.get(actor, staffId);
        CompetencyAssessment a = assessmentOf(staffId, assessmentId);
        List<Checked> checked = check(uploads, true);
        return store(actor, s, a, checked);
    }

    /** The page's assessment form: the assessment and its files in one transaction, the files checked first. */
    @Transactional
    public AssessmentView assessWithEvidence(Actor actor, long staffId, AssessmentData data,
            List<EvidenceUpload> uploads) {
        if (!CompetencyAssessments.canAssess(actor)) {
            throw new ForbiddenException();
        }
        StaffView s = staff.get(actor, staffId);
        List<Checked> checked = check(uploads, false);
        AssessmentView v = assessing.assess(actor, staffId, data);
        if (checked.isEmpty()) {
            return v;
        }
        CompetencyAssessment a = assessments.findById(v.id()).orElseThrow();
        List<EvidenceFileView> stored = store(actor, s, a, checked);
        return CompetencyAssessments.withFiles(v, stored);
    }

    private record Checked(EvidenceCheck.Accepted accepted, byte[] content) {
    }

    /** A scanned document that passed the evidence checks: its safe name, its detected type, its bytes and SHA-256. */
    public record CheckedScan(String fileName, String contentType, byte[] content, String sha256) {
    }

    /**
     * The same checks as an evidence file (size, the name's extension and the first bytes naming the
     * same kind, the name made safe), for a scan of a paper document such as an institution's
     * certificate (B5): only PDF, JPEG or PNG. 400 on field {@code field} (413 when too large).
     */
    public CheckedScan checkScan(EvidenceUpload upload, String field) {
        if (upload == null || upload.size() == 0 && (upload.fileName() == null || upload.fileName().isBlank())) {
            throw InvalidInputException.of(field, "Hãy chọn tệp bản chụp (PDF, JPEG hoặc PNG).");
        }
        String shown = EvidenceCheck.sanitise(upload.fileName());
        try {
            EvidenceCheck.checkSize(shown, upload.size(), maxBytes);
            byte[] bytes = upload.content().read();
            EvidenceCheck.Accepted a = EvidenceCheck.check(upload.fileName(), bytes, maxBytes);
            if (a.kind() != EvidenceCheck.Kind.PDF && a.kind() != EvidenceCheck.Kind.JPEG
                    && a.kind() != EvidenceCheck.Kind.PNG) {
                throw InvalidInputException.of(field, "Tệp «" + a.fileName() + "» không phải bản chụp; chỉ nhận PDF, "
                        + "JPEG hoặc PNG.");
            }
            return new CheckedScan(a.fileName(), a.kind().contentType(), bytes, sha256(bytes));
        } catch (EvidenceCheck.Refused r) {
            if (r.tooLarge()) {
                throw new TooLarge(r.getMessage(), field);
            }
            throw InvalidInputException.of(field, r.getMessage().replace("được nhận làm minh chứng; chỉ nhận "
                    + EvidenceCheck.ACCEPTED_LIST, "được nhận; chỉ nhận PDF, JPEG, PNG"));
        } catch (IOException e) {
            throw InvalidInputException.of(field, "Không đọc được tệp «" + shown + "»; hãy tải lên lại.");
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Checked> check(List<EvidenceUpload> uploads, boolean required) {
        List<EvidenceUpload> real = uploads == null ? List.of() : uploads.stream().filter(Objects::nonNull)
                // a browser sends an empty part when no file was chosen
                .filter(u -> !(u.size() == 0 && (u.fileName() == null || u.fileName().isBlank()))).toList();
        if (real.isEmpty()) {
            if (required) {
                throw InvalidInputException.of("files", "Hãy chọn ít nhất một tệp minh chứng.");
            }
            return List.of();
        }
        if (real.size() > MAX_FILES_PER_UPLOAD) {
            throw InvalidInputException.of("files", "Mỗi lần tải lên tối đa " + MAX_FILES_PER_UPLOAD + " tệp.");
        }
        List<Checked> out = new ArrayList<>();
        for (EvidenceUpload u : real) {
            String shown = EvidenceCheck.sanitise(u.fileName());
            try {
                EvidenceCheck.checkSize(shown, u.size(), maxBytes);
                byte[] bytes = u.content().read();
                out.add(new Checked(EvidenceCheck.check(u.fileName(), bytes, maxBytes), bytes));
            } catch (EvidenceCheck.Refused r) {
                throw r.tooLarge() ? new TooLarge(r.getMessage()) : InvalidInputException.of("files", r.getMessage());
            } catch (IOException e) {
                throw InvalidInputException.of("files", "Không đọc được tệp «" + shown + "»; hãy tải lên lại.");
            }
        }
        return out;
    }

    private List<EvidenceFileView> store(Actor actor, StaffView s, CompetencyAssessment a, List<Checked> checked) {
        if (files.countByAssessmentId(a.getId()) + checked.size() > MAX_FILES_PER_ASSESSMENT) {
            throw InvalidInputException.of("files", "Mỗi lần đánh giá có tối đa " + MAX_FILES_PER_ASSESSMENT
                    + " tệp minh chứng.");
        }
        String competency = competencies.findById(a.getCompetencyId()).map(c -> c.getCode()).orElse("?");
        LocalDateTime now = LocalDateTime.now(clock);
        List<EvidenceFileView> out = new ArrayList<>();
        for (Checked c : checked) {
            EvidenceFile f = files.saveAndFlush(new EvidenceFile(a.getId(), c.accepted(), c.content(),
                    actor.username(), now));
            out.add(view(f));
            events.publishEvent(AuditEvent.of("UPLOAD", "competency", "assessment:" + a.getId(),
                    "Tải lên minh chứng «" + f.getFileName() + "» (" + EvidenceCheck.sizeText(f.getSizeBytes())
                            + ", SHA-256 " + f.getSha256() + ") cho đánh giá năng lực " + competency + " của "
                            + s.fullName() + " (" + s.code() + "), mức " + a.getLevel()));
        }
        return out;
    }

    private CompetencyAssessment assessmentOf(long staffId, long assessmentId) {
        return assessments.findById(assessmentId).filter(a -> a.getStaffId().equals(staffId))
                .orElseThrow(() -> new NotFoundException("đánh giá năng lực"));
    }

    static EvidenceFileView view(EvidenceMeta m) {
        return new EvidenceFileView(m.id(), m.assessmentId(), m.fileName(), m.contentType(), m.sizeBytes(),
                m.sha256(), m.uploadedBy(), m.uploadedAt());
    }

    private static EvidenceFileView view(EvidenceFile f) {
        return new EvidenceFileView(f.getId(), f.getAssessmentId(), f.getFileName(), f.getContentType(),
                f.getSizeBytes(), f.getSha256(), f.getUploadedBy(), f.getUploadedAt());
    }
}
