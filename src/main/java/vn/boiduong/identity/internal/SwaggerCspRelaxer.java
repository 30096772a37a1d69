package vn.boiduong.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.header.HeaderWriter;

/** Swagger UI alone may use inline styles; every other page keeps the strict policy. */
class SwaggerCspRelaxer implements HeaderWriter {

    private final String policy;

    SwaggerCspRelaxer(String policy) {
        this.policy = policy;
    }

    @Override
    public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/swagger-ui")) {
            response.setHeader("Content-Security-Policy", policy);
        }
    }
}
