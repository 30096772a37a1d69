package vn.boiduong.common;

/**
 * The roles of the procedure's "Trách nhiệm" column (domain.md), plus the administrator, plus the
 * province officer (B6): someone of the province's Department of Home Affairs who reads every agency's
 * forms for the Ministry and writes nothing; no agency role goes with it.
 */
public enum Role {
    ADMIN, DIRECTOR, OFFICE_CHIEF, OFFICE_SPECIALIST, UNIT_HEAD, STAFF, PROVINCE_OFFICER;

    public String authority() {
        return "ROLE_" + name();
    }
}
