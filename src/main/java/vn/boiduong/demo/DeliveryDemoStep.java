package vn.boiduong.demo;

/**
 * A part of B5's demo data that runs after the demo classes exist (last year's carried through, this
 * year's in every state): certificates, feedback, spending, the announcement each add their own rows
 * in a class of their own that implements this, so the parts of B5 seed side by side.
 */
public interface DeliveryDemoStep {

    /** Lower first. */
    int order();

    /** Adds this part's demo rows for the demo agency, whose classes of {@code lastYear} and {@code thisYear} exist. */
    void seed(long agencyId, int lastYear, int thisYear);
}
