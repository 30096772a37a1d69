package vn.boiduong.organization.importing;

/** Where a staff import stands; DONE and FAILED are final. */
public enum ImportStatus {
    QUEUED, VALIDATING, SAVING, DONE, FAILED;

    public boolean finished() {
        return this == DONE || this == FAILED;
    }
}
