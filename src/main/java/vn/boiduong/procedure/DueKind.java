package vn.boiduong.procedure;

/**
 * The due dates the procedure sets within its steps, each with the party that has to meet it. The
 * names are part of the reminder log's key (table {@code reminder_sent}, column {@code due_kind}):
 * renaming one would remind of its dates once more.
 */
public enum DueKind {

    /** B1: each unit sends its needs by the year's collection's due date; late: the units that sent none. */
    NEEDS_DUE,

    /** B3: the Office submits the plan to the Director by {@code registerBy}; pending while not submitted. */
    PLAN_REGISTER,

    /** B4: the Director decides on the submitted plan by {@code approveBy}; pending while it waits. */
    PLAN_APPROVE,

    /**
     * B6: a unit carries out a request of a supervision visit by its due date; pending while the
     * request and its visit are open. The late unit (the request's owner) is its one {@code lateUnitIds}.
     */
    SUPERVISION_REQUEST
}
