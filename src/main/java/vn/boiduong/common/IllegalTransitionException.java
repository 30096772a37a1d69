package vn.boiduong.common;

/** A rule of the procedure forbids this change now (submitting twice, editing an approved plan): HTTP 409. */
public class IllegalTransitionException extends RuntimeException {
    public IllegalTransitionException(String vietnameseReason) {
        super(vietnameseReason);
    }
}
