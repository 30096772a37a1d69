package vn.boiduong.common;

import java.util.function.Supplier;

/**
 * A policy's answer to "may this actor do this act on this object now": allowed, or refused with
 * the kind of refusal (which is the HTTP status the act answers with) and a Vietnamese reason.
 * <p>Every workflow module has one policy class that returns these ({@code needs.NeedPolicy},
 * {@code planning.PlanPolicy}); the aggregate's transition, the service, the page's buttons and
 * the home page's next steps all ask it, so a button is shown exactly when the act would succeed.
 */
public final class Verdict {

    /** Why an act is refused, and the HTTP status that says so (architecture.md, api.md). */
    public enum Refusal {
        /** The actor's roles do not give the right: 403. */
        NO_RIGHT(403),
        /** The object is outside the actor's agency or unit, which must look like a missing one: 404. */
        OUT_OF_SCOPE(404),
        /** The right is there, but the object's state forbids the act now: 409. */
        WRONG_STATE(409);

        private final int status;

        Refusal(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private static final Verdict ALLOWED = new Verdict(null, null, null);

    private final Refusal refusal;
    private final String reason;
    /** For a 404: what looks missing ("nhu cầu"), as {@link NotFoundException} names it. */
    private final String missing;

    private Verdict(Refusal refusal, String reason, String missing) {
        this.refusal = refusal;
        this.reason = reason;
        this.missing = missing;
    }

    public static Verdict allowed() {
        return ALLOWED;
    }

    /** Refused for a missing right, with the message every 403 of the application carries. */
    public static Verdict noRight() {
        return new Verdict(Refusal.NO_RIGHT, new ForbiddenException().getMessage(), null);
    }

    /** Refused because the object is not the actor's to see; {@code what} names it as a 404 does ("nhu cầu"). */
    public static Verdict outOfScope(String what) {
        return new Verdict(Refusal.OUT_OF_SCOPE, new NotFoundException(what).getMessage(), what);
    }

    public static Verdict wrongState(String reason) {
        return new Verdict(Refusal.WRONG_STATE, reason, null);
    }

    /** Allowed when {@code condition} holds, else refused for a missing right. */
    public static Verdict rightIf(boolean condition) {
        return condition ? ALLOWED : noRight();
    }

    /** The kind of refusal, {@code null} when allowed. */
    public Refusal refusal() {
        return refusal;
    }

    /** The Vietnamese reason of a refusal, as the act's error answer carries it; {@code null} when allowed. */
    public String reason() {
        return reason;
    }

    public boolean isAllowed() {
        return refusal == null;
    }

    /** The HTTP status of the act: 200 when allowed (the act itself may answer 201 or 204). */
    public int status() {
        return refusal == null ? 200 : refusal.status();
    }

    /** This verdict if it refuses, else the next one: the first refusal of a chain of checks wins. */
    public Verdict and(Supplier<Verdict> next) {
        return isAllowed() ? next.get() : this;
    }

    /** Throws the exception the web layer turns into this verdict's status; nothing when allowed. */
    public void orThrow() {
        if (refusal == null) {
            return;
        }
        throw switch (refusal) {
            case NO_RIGHT -> new ForbiddenException();
            case OUT_OF_SCOPE -> new NotFoundException(missing);
            case WRONG_STATE -> new IllegalTransitionException(reason);
        };
    }

    @Override
    public String toString() {
        return refusal == null ? "allowed" : refusal + " (" + refusal.status() + "): " + reason;
    }

    /**
     * Throws only a missing right or scope (403, 404), keeping a wrong state for later: for the acts
     * whose input is checked before their state (a 400 for a blank reason comes before the 409).
     */
    public void orThrowUnlessWrongState() {
        if (refusal != null && refusal != Refusal.WRONG_STATE) {
            orThrow();
        }
    }
}
