package vn.boiduong.common;

/** The roles of the procedure's "Trách nhiệm" column (domain.md), plus the administrator. */
public enum Role {
    ADMIN, DIRECTOR, OFFICE_CHIEF, OFFICE_SPECIALIST, UNIT_HEAD, STAFF;

    public String authority() {
        return "ROLE_" + name();
    }
}
