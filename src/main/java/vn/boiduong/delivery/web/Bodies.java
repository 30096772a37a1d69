package vn.boiduong.delivery.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.server.ServletServerHttpRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * A JSON body read after the rights were checked (issue 13: a role without the right gets 403 whatever
 * it sends, not a 400 telling it the body's shape). The controller takes the body as a tree, asks the
 * service whether the actor may act, then reads it here with the application's own mapper (its
 * coercion rules and date checks); a body of the wrong shape is the same 400 with the field as when
 * Spring reads it.
 */
final class Bodies {

    private Bodies() {
    }

    static <T> T read(ObjectMapper mapper, JsonNode body, TypeReference<T> type, HttpServletRequest request) {
        if (body == null || body.isNull() || body.isMissingNode()) {
            return null;
        }
        try {
            return mapper.treeToValue(body, type);
        } catch (JacksonException e) {
            throw new HttpMessageNotReadableException("JSON parse error: " + e.getOriginalMessage(), e,
                    new ServletServerHttpRequest(request));
        }
    }
}
