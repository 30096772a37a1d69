package vn.boiduong.common;

/** Missing, or outside the actor's unit scope (which must look the same): HTTP 404. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String what) {
        super("Không tìm thấy " + what + ".");
    }
}
