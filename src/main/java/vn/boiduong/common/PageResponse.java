package vn.boiduong.common;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;

/** The list shape of api.md: {items, page, size, totalItems}. */
public record PageResponse<T>(List<T> items, int page, int size, long totalItems) {

    public static <E, T> PageResponse<T> of(Page<E> page, Function<E, T> mapper) {
        return new PageResponse<>(page.getContent().stream().map(mapper).toList(), page.getNumber(), page.getSize(),
                page.getTotalElements());
    }
}
