package vn.boiduong.common;

import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** Turns the api.md paging parameters into a safe Pageable: bounded size, whitelisted sort fields. */
public final class Paging {

    public static final int MAX_SIZE = 200;

    private Paging() {
    }

    /**
     * Refuses a page whose first row lies past what a database offset holds (2^31 - 1): without it,
     * {@code ?page=999999999&size=200} overflowed into a negative offset and a 500.
     */
    public static void checkOffset(long page, long size) {
        if (page < 0) {
            throw InvalidInputException.of("page", "Số trang phải lớn hơn hoặc bằng 0.");
        }
        if (page * Math.max(size, 1) > Integer.MAX_VALUE) {
            throw InvalidInputException.of("page", "Số trang quá lớn: không có trang này.");
        }
    }

    /**
     * @param sort "field,asc" or "field,desc"
     * @param allowed API field name → entity property; anything else is a 400
     */
    public static Pageable of(Integer page, Integer size, String sort, Map<String, String> allowed, Sort fallback) {
        int p = page == null ? 0 : page;
        int s = size == null ? 20 : size;
        if (p < 0) {
            throw InvalidInputException.of("page", "Số trang phải lớn hơn hoặc bằng 0.");
        }
        if (s < 1 || s > MAX_SIZE) {
            throw InvalidInputException.of("size", "Cỡ trang phải từ 1 đến " + MAX_SIZE + ".");
        }
        checkOffset(p, s);
        Sort order = fallback;
        if (sort != null && !sort.isBlank()) {
            // split with a limit keeps empty parts: "," or ",asc" name no field, and answer 400, not 500
            String[] parts = sort.split(",", -1);
            String property = allowed.get(parts[0].trim());
            if (property == null) {
                throw InvalidInputException.of("sort", "Không thể sắp xếp theo trường '" + parts[0].trim() + "'.");
            }
            Sort.Direction dir = Sort.Direction.ASC;
            if (parts.length > 1) {
                dir = Sort.Direction.fromOptionalString(parts[1].trim()).orElseThrow(
                        () -> InvalidInputException.of("sort", "Chiều sắp xếp phải là asc hoặc desc."));
            }
            order = Sort.by(dir, property).and(fallback);
        }
        return PageRequest.of(p, s, order);
    }
}
