package vn.boiduong.organization.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.boiduong.common.Actor;
import vn.boiduong.common.InvalidInputException;
import vn.boiduong.common.NotFoundException;
import vn.boiduong.common.Role;
import vn.boiduong.organization.Unit;
import vn.boiduong.organization.UnitService;

/**
 * Importing new staff of the caller's agency from an .xlsx file, all rows or none. The file is
 * checked and read while the upload request waits (so a hostile or malformed file is refused at
 * once with a 400); the rows are then checked and saved in the background, the progress kept in
 * the database.
 */
@Service
public class StaffImportService {

    public static final long MAX_BYTES = 10L * 1024 * 1024;
    public static final int MAX_LISTED_ERRORS = 1000;
    private static final int RECENT = 10;

    public record Started(long id, ImportStatus status) {
    }

    private final ImportRecords records;
    private final StaffImportJob job;
    private final UnitService units;
    private final ImportMessages messages;

    StaffImportService(ImportRecords records, StaffImportJob job, UnitService units, ImportMessages messages) {
        this.records = records;
        this.job = job;
        this.units = units;
        this.messages = messages;
    }

    /** The Office's specialist keeps the staff records (domain.md); the administrator may too. */
    public static boolean canImport(Actor actor) {
        return actor.hasAny(Role.OFFICE_SPECIALIST, Role.ADMIN);
    }

    public static void requireImporter(Actor actor) {
        actor.require(Role.OFFICE_SPECIALIST, Role.ADMIN);
    }

    /** The template, with the unit codes of the caller's agency in its guide sheet. */
    public byte[] template(Actor actor) {
        List<Unit> list = actor.agencyId() == null ? List.of() : units.unitsOf(actor);
        return StaffImportTemplate.build(list);
    }

    public Started start(Actor actor, String fileName, InputStream content) {
        requireImporter(actor);
        if (actor.agencyId() == null) {
            throw refused("import.noAgency");
        }
        Path file = null;
        try {
            file = Files.createTempFile("staff-import-", ".xlsx");
            if (copy(content, file) > MAX_BYTES) {
                throw refused("import.file.tooLarge");
            }
            List<SheetRow> rows = StaffSheetReader.read(file);
            long id = records.create(actor.agencyId(), displayName(fileName), actor.username(), rows.size());
            job.submit(new StaffImportJob.Task(id, actor.agencyId(), actor.username(), displayName(fileName),
                    rows, unitsByCode(actor)));
            return new Started(id, ImportStatus.QUEUED);
        } catch (WorkbookRefused e) {
            throw refused(e.key(), e.args());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(file);
        }
    }

    public ImportView status(Actor actor, long id) {
        ImportRecords.Stored s = visible(actor, id);
        List<ImportView.RowError> errors = s.status() == ImportStatus.FAILED
                ? records.errors(id, MAX_LISTED_ERRORS) : List.of();
        return view(s, errors);
    }

    /** The agency's latest imports, newest first, without their row errors. */
    public List<ImportView> recent(Actor actor) {
        requireImporter(actor);
        if (actor.agencyId() == null) {
            return List.of();
        }
        return records.recent(actor.agencyId(), RECENT).stream().map(s -> view(s, List.of())).toList();
    }

    private ImportRecords.Stored visible(Actor actor, long id) {
        requireImporter(actor);
        ImportRecords.Stored s = records.find(id).orElseThrow(() -> new NotFoundException("lần nhập này"));
        if (!actor.seesAgency(s.agencyId())) {
            throw new NotFoundException("lần nhập này");
        }
        return s;
    }

    private static ImportView view(ImportRecords.Stored s, List<ImportView.RowError> errors) {
        return new ImportView(s.id(), s.status(), s.processed(), s.total(), errors, s.fileName(), s.message(),
                s.createdBy(), s.createdAt(), s.finishedAt());
    }

    private Map<String, RowChecker.UnitRef> unitsByCode(Actor actor) {
        Map<String, RowChecker.UnitRef> map = new HashMap<>();
        for (Unit u : units.unitsOf(actor)) {
            if (u.getAgencyId().equals(actor.agencyId())) {
                map.put(u.getCode().toUpperCase(Locale.ROOT), new RowChecker.UnitRef(u.getId(), u.getCode(),
                        u.isActive()));
            }
        }
        return map;
    }

    /** Copies at most one byte past the limit: enough to know it is too large. */
    private static long copy(InputStream in, Path file) throws IOException {
        try (InputStream src = in; OutputStream out = Files.newOutputStream(file)) {
            byte[] buf = new byte[64 * 1024];
            long total = 0;
            int n;
            while ((n = src.read(buf)) > 0) {
                out.write(buf, 0, n);
                total += n;
                if (total > MAX_BYTES) {
                    break;
                }
            }
            return total;
        }
    }

    /** The name as shown later: no client path, never blank. */
    private static String displayName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return "tep-nhap.xlsx";
        }
        String n = fileName.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1).strip();
        return n.isEmpty() ? "tep-nhap.xlsx" : ImportRecords.cut(n, 255);
    }

    private InvalidInputException refused(String key, Object... args) {
        String detail = messages.current(key, args);
        return new InvalidInputException(detail, List.of(new InvalidInputException.FieldError("file", detail)));
    }

    private static void delete(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temp file left behind is harmless; the system cleans its temp directory
            }
        }
    }
}
