package vn.boiduong.organization.importing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import vn.boiduong.organization.Gender;
import vn.boiduong.organization.Grades;
import vn.boiduong.organization.Staff;
import vn.boiduong.organization.StaffCategory;
import vn.boiduong.organization.StaffData;
import vn.boiduong.organization.StaffService;

/**
 * Checks one sheet row against the rules of a staff record and turns it into a new {@link Staff}
 * (whose name keys {@code Staff.apply} derives), or into the Vietnamese reasons it cannot be saved.
 * Stateful across rows: it remembers the codes seen, to catch a code used twice in the file.
 */
final class RowChecker {

    /** A unit of the importing agency, by its code as typed in the file. */
    record UnitRef(Long id, String code, boolean active) {
    }

    /** Either {@code staff} or {@code problems} is set. */
    record Outcome(Staff staff, List<String> problems) {
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter ISO_DAY = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);
    private static final Set<String> YES = Set.of("có", "co", "c", "x", "1", "true", "yes", "y");
    private static final Set<String> NO = Set.of("không", "khong", "k", "0", "false", "no", "n");

    private final Long agencyId;
    private final Map<String, UnitRef> unitsByCode;
    private final Set<String> existingCodes;
    private final LocalDate today;
    private final BiFunction<String, Object[], String> text;
    private final Map<String, Integer> firstRowOfCode = new HashMap<>();

    /**
     * @param unitsByCode units of the agency keyed by upper-case code
     * @param text resolves a message key of the import bundle in Vietnamese
     */
    RowChecker(Long agencyId, Map<String, UnitRef> unitsByCode, Set<String> existingCodes, LocalDate today,
            BiFunction<String, Object[], String> text) {
        this.agencyId = agencyId;
        this.unitsByCode = unitsByCode;
        this.existingCodes = existingCodes;
        this.today = today;
        this.text = text;
    }

    Outcome check(SheetRow row) {
        List<String> problems = new ArrayList<>(2);
        String code = code(row, problems);
        String fullName = required(row, StaffColumn.FULL_NAME, problems);
        tooLong(fullName, StaffColumn.FULL_NAME, problems);
        UnitRef unit = unit(row, problems);
        StaffCategory category = category(row, problems);
        Gender gender = gender(row, problems);
        LocalDate birthDate = birthDate(row, problems);
        boolean ethnicMinority = yesNo(row, StaffColumn.ETHNIC_MINORITY, problems);
        String position = free(row, StaffColumn.POSITION, problems);
        String grade = grade(row, problems);
        String title = free(row, StaffColumn.PROFESSIONAL_TITLE, problems);
        String rank = rank(row, problems);
        boolean leader = yesNo(row, StaffColumn.LEADER, problems);
        String degree = free(row, StaffColumn.DEGREE, problems);
        String politicalTheory = free(row, StaffColumn.POLITICAL_THEORY, problems);
        String stateManagement = free(row, StaffColumn.STATE_MANAGEMENT, problems);
        String itLevel = free(row, StaffColumn.IT_LEVEL, problems);
        String foreignLanguage = free(row, StaffColumn.FOREIGN_LANGUAGE, problems);
        if (category == StaffCategory.CIVIL_SERVANT && grade == null && row.get(StaffColumn.GRADE_CODE) == null) {
            problems.add(t("import.row.gradeRequired"));
        }
        if (category == StaffCategory.PUBLIC_EMPLOYEE && title == null) {
            problems.add(t("import.row.titleRequired"));
        }
        if (!problems.isEmpty()) {
            return new Outcome(null, problems);
        }
        StaffData data = new StaffData(unit.id(), fullName, category, gender, birthDate, ethnicMinority, position,
                grade, title, rank, leader, degree, politicalTheory, stateManagement, itLevel, foreignLanguage);
        return new Outcome(new Staff(agencyId, code, data), List.of());
    }

    private String code(SheetRow row, List<String> problems) {
        String code = required(row, StaffColumn.CODE, problems);
        if (code == null) {
            return null;
        }
        if (!StaffService.isValidCode(code)) {
            problems.add(t(code.length() > StaffColumn.CODE.maxLength() ? "import.row.tooLong" : "import.row.codeFormat",
                    StaffColumn.CODE.header(), StaffColumn.CODE.maxLength()));
            return null;
        }
        Integer first = firstRowOfCode.putIfAbsent(code, row.rowNo());
        if (first != null) {
            problems.add(t("import.row.codeRepeated", code, String.valueOf(first)));
        } else if (existingCodes.contains(code)) {
            problems.add(t("import.row.codeExists", code));
        }
        return code;
    }

    private UnitRef unit(SheetRow row, List<String> problems) {
        String code = required(row, StaffColumn.UNIT_CODE, problems);
        if (code == null) {
            return null;
        }
        UnitRef unit = unitsByCode.get(code.toUpperCase(Locale.ROOT));
        if (unit == null) {
            problems.add(t("import.row.unitUnknown", shown(code)));
        } else if (!unit.active()) {
            problems.add(t("import.row.unitInactive", unit.code()));
            return null;
        }
        return unit;
    }

    private StaffCategory category(SheetRow row, List<String> problems) {
        String value = required(row, StaffColumn.CATEGORY, problems);
        if (value == null) {
            return null;
        }
        StaffCategory c = StaffCategory.fromShortCode(value);
        if (c == null) {
            problems.add(t("import.row.category", shown(value)));
        }
        return c;
    }

    private Gender gender(SheetRow row, List<String> problems) {
        String value = required(row, StaffColumn.GENDER, problems);
        if (value == null) {
            return null;
        }
        Gender g = Gender.parse(value);
        if (g == null) {
            problems.add(t("import.row.gender", shown(value)));
        }
        return g;
    }

    private LocalDate birthDate(SheetRow row, List<String> problems) {
        String value = required(row, StaffColumn.BIRTH_DATE, problems);
        if (value == null) {
            return null;
        }
        LocalDate d = parseDate(value);
        if (d == null) {
            problems.add(t("import.row.date", shown(value)));
        } else if (!d.isBefore(today)) {
            problems.add(t("import.row.dateFuture", value));
            return null;
        } else if (d.isBefore(EARLIEST_BIRTH)) {
            problems.add(t("import.row.dateTooOld", value));
            return null;
        }
        return d;
    }

    /** dd/MM/yyyy as the template asks (one-digit day and month too), or yyyy-MM-dd as some exports give. */
    static LocalDate parseDate(String value) {
        String v = value.replace('.', '/').replace('-', '/');
        try {
            return LocalDate.parse(v, DAY);
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(value, ISO_DAY);
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    private boolean yesNo(SheetRow row, StaffColumn column, List<String> problems) {
        String value = row.get(column);
        if (value == null) {
            return false;
        }
        String v = value.toLowerCase(Locale.ROOT);
        if (YES.contains(v)) {
            return true;
        }
        if (!NO.contains(v)) {
            problems.add(t("import.row.yesNo", column.header(), shown(value)));
        }
        return false;
    }

    private String grade(SheetRow row, List<String> problems) {
        String value = row.get(StaffColumn.GRADE_CODE);
        if (value == null) {
            return null;
        }
        // "01.003" typed into a General cell becomes the number 1.003
        String g = value.matches("1\\.00[1-5]") ? "0" + value : value;
        if (!Grades.isKnown(g)) {
            problems.add(t("import.row.grade", shown(value)));
            return null;
        }
        return g;
    }

    private String rank(SheetRow row, List<String> problems) {
        String value = row.get(StaffColumn.TITLE_RANK);
        if (value == null) {
            return null;
        }
        String r = value.toUpperCase(Locale.ROOT);
        if (!Set.of("I", "II", "III", "IV").contains(r)) {
            problems.add(t("import.row.rank", shown(value)));
            return null;
        }
        return r;
    }

    private String free(SheetRow row, StaffColumn column, List<String> problems) {
        String value = row.get(column);
        tooLong(value, column, problems);
        return value;
    }

    private void tooLong(String value, StaffColumn column, List<String> problems) {
        if (value != null && value.length() > column.maxLength()) {
            problems.add(t("import.row.tooLong", column.header(), column.maxLength()));
        }
    }

    private String required(SheetRow row, StaffColumn column, List<String> problems) {
        String value = row.get(column);
        if (value == null) {
            problems.add(t("import.row.required", column.header()));
        }
        return value;
    }

    /** A value echoed in a reason, short enough to keep the reason readable. */
    private static String shown(String value) {
        return value.length() > 30 ? value.substring(0, 30) + "…" : value;
    }

    private String t(String key, Object... args) {
        return text.apply(key, args);
    }
}
