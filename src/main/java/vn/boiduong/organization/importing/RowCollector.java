package vn.boiduong.organization.importing;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import vn.boiduong.organization.VietnameseNames;

/**
 * Receives the cells of the first sheet from POI's streaming reader: row 1 must be the template's
 * header row, which maps file columns to {@link StaffColumn}s; every later non-blank row is kept
 * as a compact {@link SheetRow}. Stops the parse as soon as the file is known to be unacceptable.
 */
final class RowCollector implements SheetContentsHandler {

    /** Thrown through the SAX parser to stop it; carries the reason. */
    static final class Stop extends RuntimeException {
        final WorkbookRefused reason;

        Stop(WorkbookRefused reason) {
            super(reason.key(), null, false, false);
            this.reason = reason;
        }
    }

    /** Columns people often add that carry nothing to import ("số thứ tự", notes): ignored, not refused. */
    private static final Set<String> IGNORED_HEADERS = Set.of("stt", "tt", "sott", "sothutu", "ghichu");
    private static final int MAX_CELL_CHARS = 1000;
    private static final int MAX_HEADER_COLUMNS = 256;
    private static final int COLUMNS = StaffColumn.values().length;

    private final int maxRows;
    private final List<SheetRow> rows = new ArrayList<>();
    /** Codes, categories, unit codes and the like repeat on every row: keep one copy of each short text. */
    private final Map<String, String> pool = new HashMap<>();
    private final String[] headers = new String[MAX_HEADER_COLUMNS];
    private int[] columnOf;
    private String[] current;
    private boolean blank;
    private int lastColumn;

    RowCollector(int maxRows) {
        this.maxRows = maxRows;
    }

    List<SheetRow> rows() {
        return rows;
    }

    @Override
    public void startRow(int rowNum) {
        lastColumn = -1;
        if (columnOf == null && rowNum != 0) {
            throw new Stop(new WorkbookRefused("import.file.noHeader"));
        }
        current = new String[COLUMNS];
        blank = true;
    }

    @Override
    public void cell(String reference, String value, XSSFComment comment) {
        int column = reference == null ? lastColumn + 1 : columnIndex(reference);
        lastColumn = column;
        String text = clean(value);
        if (text == null) {
            return;
        }
        if (columnOf == null) {
            if (column < MAX_HEADER_COLUMNS) {
                headers[column] = text;
            }
        } else if (column < columnOf.length && columnOf[column] >= 0) {
            current[columnOf[column]] = text;
            blank = false;
        }
    }

    @Override
    public void endRow(int rowNum) {
        if (columnOf == null) {
            columnOf = mapHeaders();
            return;
        }
        if (!blank) {
            if (rows.size() >= maxRows) {
                throw new Stop(new WorkbookRefused("import.file.tooManyRows", StaffImportJob.number(maxRows)));
            }
            rows.add(new SheetRow(rowNum + 1, current));
        }
    }

    @Override
    public void endSheet() {
        if (columnOf == null) {
            throw new Stop(new WorkbookRefused("import.file.noHeader"));
        }
    }

    private int[] mapHeaders() {
        int[] map = new int[MAX_HEADER_COLUMNS];
        Arrays.fill(map, -1);
        EnumSet<StaffColumn> found = EnumSet.noneOf(StaffColumn.class);
        Set<String> unknown = new LinkedHashSet<>();
        Set<String> repeated = new LinkedHashSet<>();
        for (int i = 0; i < MAX_HEADER_COLUMNS; i++) {
            if (headers[i] == null) {
                continue;
            }
            StaffColumn c = StaffColumn.byHeader(headers[i]);
            if (c == null) {
                if (!IGNORED_HEADERS.contains(VietnameseNames.fold(headers[i]).replaceAll("[^a-z0-9]", ""))) {
                    unknown.add(headers[i]);
                }
            } else if (!found.add(c)) {
                repeated.add(c.header());
            } else {
                map[i] = c.ordinal();
            }
        }
        if (found.isEmpty()) {
            throw new Stop(new WorkbookRefused("import.file.noHeader"));
        }
        List<String> missing = Arrays.stream(StaffColumn.values()).filter(c -> c.required() && !found.contains(c))
                .map(StaffColumn::header).toList();
        if (!missing.isEmpty()) {
            throw new Stop(new WorkbookRefused("import.file.missingColumns", quoted(missing)));
        }
        if (!repeated.isEmpty()) {
            throw new Stop(new WorkbookRefused("import.file.repeatedColumns", quoted(repeated)));
        }
        if (!unknown.isEmpty()) {
            throw new Stop(new WorkbookRefused("import.file.unknownColumns", quoted(unknown)));
        }
        return map;
    }

    private static String quoted(java.util.Collection<String> names) {
        return names.stream().map(n -> "“" + (n.length() > 40 ? n.substring(0, 40) + "…" : n) + "”")
                .collect(Collectors.joining(", "));
    }

    /** "AB12" → 27; a sheet's columns are letters A…XFD. */
    static int columnIndex(String reference) {
        int col = 0;
        for (int i = 0; i < reference.length(); i++) {
            char c = reference.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                col = col * 26 + (c - 'A' + 1);
            } else if (c >= 'a' && c <= 'z') {
                col = col * 26 + (c - 'a' + 1);
            } else {
                break;
            }
        }
        return col - 1;
    }

    /** Trimmed (non-breaking spaces too), NFC (Vietnamese typed in composed or decomposed form), capped, pooled. */
    private String clean(String value) {
        if (value == null) {
            return null;
        }
        String t = value.indexOf('\u00A0') >= 0 ? value.replace('\u00A0', ' ').strip() : value.strip();
        if (t.isEmpty()) {
            return null;
        }
        if (!Normalizer.isNormalized(t, Normalizer.Form.NFC)) {
            t = Normalizer.normalize(t, Normalizer.Form.NFC);
        }
        if (t.length() > MAX_CELL_CHARS) {
            t = t.substring(0, MAX_CELL_CHARS);
        }
        if (t.length() <= 40 && pool.size() < 50_000) {
            String known = pool.putIfAbsent(t, t);
            return known == null ? t : known;
        }
        return t;
    }
}
