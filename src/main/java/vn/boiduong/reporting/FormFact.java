package vn.boiduong.reporting;

/**
 * What a COUNT form counts: so many people of one staff category (CB, CC, VC, NLĐ; leaders or not)
 * of one unit in one kind of training, and the money that goes with them. The caller (a plan, a
 * year's results) turns its records into facts; the {@link FormDefinition} decides the columns.
 *
 * @param unitKey  groups the facts of one unit (its id, or a key for "not attached to a unit")
 * @param category training category code (forms.md), {@code level} its level code or null
 * @param funding  CENTRAL, LOCAL or OTHER
 * @param budget   in đồng
 */
public record FormFact(String unitKey, String unitName, String staffCategory, boolean leader, String category,
        String level, boolean abroad, String funding, long headcount, long budget) {

    /** Nothing counted, only the row of a unit (or an agency) that must be printed even at zero. */
    public static FormFact placeholder(String unitKey, String unitName, String staffCategory) {
        return new FormFact(unitKey, unitName, staffCategory, false, null, null, false, null, 0, 0);
    }
}
