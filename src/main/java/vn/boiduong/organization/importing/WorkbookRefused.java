package vn.boiduong.organization.importing;

/**
 * The uploaded file as a whole cannot be imported (not an .xlsx, hostile, wrong headers, no rows).
 * Carries a message key of the import bundle; the service turns it into a 400 with a Vietnamese detail.
 */
class WorkbookRefused extends Exception {

    private final String key;
    private final transient Object[] args;

    WorkbookRefused(String key, Object... args) {
        super(key, null, false, false);
        this.key = key;
        this.args = args;
    }

    WorkbookRefused(String key, Throwable cause) {
        super(key, cause, false, false);
        this.key = key;
        this.args = new Object[0];
    }

    String key() {
        return key;
    }

    Object[] args() {
        return args;
    }
}
