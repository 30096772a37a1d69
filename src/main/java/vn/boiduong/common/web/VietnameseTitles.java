package vn.boiduong.common.web;

import org.springframework.http.HttpStatus;

/** Problem titles in Vietnamese, one per status the API answers with. */
final class VietnameseTitles {

    private VietnameseTitles() {
    }

    static String of(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "Dữ liệu không hợp lệ";
            case UNAUTHORIZED -> "Chưa đăng nhập";
            case FORBIDDEN -> "Không có quyền";
            case NOT_FOUND -> "Không tìm thấy";
            case METHOD_NOT_ALLOWED -> "Phương thức không được hỗ trợ";
            case NOT_ACCEPTABLE -> "Định dạng trả về không được hỗ trợ";
            case CONFLICT -> "Xung đột trạng thái";
            case CONTENT_TOO_LARGE -> "Tệp quá lớn";
            case UNSUPPORTED_MEDIA_TYPE -> "Định dạng dữ liệu không được hỗ trợ";
            case TOO_MANY_REQUESTS -> "Quá nhiều yêu cầu";
            default -> "Lỗi hệ thống";
        };
    }
}
