package vn.boiduong.common.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/** Writes a problem detail outside Spring MVC, for the security filters (401, 403 before a controller). */
public final class ProblemWriter {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProblemWriter() {
    }

    public static void write(HttpServletRequest req, HttpServletResponse res, HttpStatus status, String detail)
            throws IOException {
        ProblemDetail pd = ErrorHandling.problem(status, detail, List.of(), req.getRequestURI());
        res.setStatus(status.value());
        res.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        res.setCharacterEncoding(StandardCharsets.UTF_8.name());
        res.getWriter().write(JSON.writeValueAsString(flat(pd)));
    }

    /**
     * The problem as Spring MVC writes it (its Jackson mix-in): the standard members, then the
     * extra properties at the top level; "type" only when it is not about:blank. A bare mapper would
     * nest them under "properties" and a client would find a 401 shaped unlike a 400.
     */
    static java.util.Map<String, Object> flat(ProblemDetail pd) {
        java.util.Map<String, Object> out = new java.util.LinkedHashMap<>();
        if (pd.getType() != null && !"about:blank".equals(pd.getType().toString())) {
            out.put("type", pd.getType().toString());
        }
        out.put("title", pd.getTitle());
        out.put("status", pd.getStatus());
        out.put("detail", pd.getDetail());
        if (pd.getInstance() != null) {
            out.put("instance", pd.getInstance().toString());
        }
        if (pd.getProperties() != null) {
            out.putAll(pd.getProperties());
        }
        return out;
    }

    public static boolean isApi(HttpServletRequest req) {
        return ErrorHandling.isApi(req);
    }
}
