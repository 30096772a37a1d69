package vn.boiduong.competency;

/** How a standard compares a staff field with its allowed values (always without case or diacritics). */
public enum RuleMatch {
    /** The value equals one of the allowed values: "CV" does not satisfy "CVC". */
    ONE_OF,
    /** The value contains one of them: "Thạc sĩ Quản lý công" satisfies "Thạc sĩ". */
    CONTAINS_ANY,
    /** Any non-empty value. */
    PRESENT
}
