package vn.boiduong.common;

/** The actor lacks the right: HTTP 403. */
public class ForbiddenException extends RuntimeException {
    public ForbiddenException() {
        super("Bạn không có quyền thực hiện thao tác này.");
    }
}
