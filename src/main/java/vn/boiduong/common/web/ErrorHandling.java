package vn.boiduong.common.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import vn.boiduong.common.ForbiddenException;
import vn.boiduong.common.IllegalTransitionException;
import vn.boiduong.common.InvalidInputException;
import vn.boiduong.common.NotFoundException;

/**
 * One place that turns every failure into the right answer: RFC 9457 problem details with a
 * Vietnamese detail for the API, a Vietnamese error page for people. Bad input is never a 500.
 */
@ControllerAdvice
public class ErrorHandling {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    private final MessageSource messages;

    public ErrorHandling(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    Object notFound(NotFoundException e, HttpServletRequest req, HttpServletResponse res) {
        return answer(req, res, HttpStatus.NOT_FOUND, e.getMessage(), List.of());
    }

    @ExceptionHandler(NoResourceFoundException.class)
    Object noResource(NoResourceFoundException e, HttpServletRequest req, HttpServletResponse res) {
        return answer(req, res, HttpStatus.NOT_FOUND, msg("error.notFound"), List.of());
    }

    @ExceptionHandler({ForbiddenException.class, AccessDeniedException.class})
    Object forbidden(RuntimeException e, HttpServletRequest req, HttpServletResponse res) {
        return answer(req, res, HttpStatus.FORBIDDEN, msg("error.forbidden"), List.of());
    }

    @ExceptionHandler(IllegalTransitionException.class)
    Object conflict(IllegalTransitionException e, HttpServletRequest req, HttpServletResponse res) {
        return answer(req, res, HttpStatus.CONFLICT, e.getMessage(), List.of());
    }

    // a lost race (stale version, or a row lock the database refused to wait for): the other writer won
    /**
     * Another writer got there first, or holds what this write needs for longer than the database
     * waits (a lock timeout, e.g. on the audit trail's chain head during a long transaction): 409, try again.
     */
    @ExceptionHandler({ObjectOptimisticLockingFailureException.class,
            org.springframework.dao.ConcurrencyFailureException.class, org.springframework.dao.QueryTimeoutException.class})
    Object staleWrite(Exception e, HttpServletRequest req, HttpServletResponse res) {
        return answer(req, res, HttpStatus.CONFLICT, msg("error.stale"), List.of());
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    Object integrity(DataIntegrityViolationException e, HttpServletRequest req, HttpServletResponse res) {
        log.info("Integrity violation on {}: {}", req.getRequestURI(), e.getMostSpecificCause().getMessage());
        return answer(req, res, HttpStatus.CONFLICT, msg("error.integrity"), List.of());
    }

    @ExceptionHandler(InvalidInputException.class)
    Object invalid(InvalidInputException e, HttpServletRequest req, HttpServletResponse res) {
        return answer(req, res, HttpStatus.BAD_REQUEST, e.getMessage(), e.errors());
    }

    @ExceptionHandler(BindException.class)
    Object bind(BindException e, HttpServletRequest req, HttpServletResponse res) {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        e.getFieldErrors().forEach(f -> errors.add(new InvalidInputException.FieldError(f.getField(),
                f.isBindingFailure() ? msg("error.typeMismatch") : f.getDefaultMessage())));
        e.getGlobalErrors().forEach(g -> errors.add(new InvalidInputException.FieldError(g.getObjectName(),
                g.getDefaultMessage())));
        return answer(req, res, HttpStatus.BAD_REQUEST, msg("error.validation"), errors);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    Object methodValidation(HandlerMethodValidationException e, HttpServletRequest req, HttpServletResponse res) {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        e.getParameterValidationResults().forEach(r -> r.getResolvableErrors().forEach(err -> errors.add(
                new InvalidInputException.FieldError(r.getMethodParameter().getParameterName(),
                        err.getDefaultMessage()))));
        return answer(req, res, HttpStatus.BAD_REQUEST, msg("error.validation"), errors);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    Object unreadable(HttpMessageNotReadableException e, HttpServletRequest req, HttpServletResponse res) {
        log.debug("Unreadable request body on {}: {}", req.getRequestURI(), e.getMostSpecificCause().getMessage());
        tools.jackson.core.JacksonException json = jacksonCause(e);
        if (json != null && !json.getPath().isEmpty()) {
            String field = path(json.getPath());
            String detail = json instanceof JsonInput.Refused ? json.getOriginalMessage() : wrongType(json);
            return answer(req, res, HttpStatus.BAD_REQUEST, detail,
                    List.of(new InvalidInputException.FieldError(field, detail)));
        }
        return answer(req, res, HttpStatus.BAD_REQUEST, msg("error.unreadable"), List.of());
    }

    private static tools.jackson.core.JacksonException jacksonCause(Throwable e) {
        for (Throwable t = e; t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof tools.jackson.core.JacksonException j) {
                return j;
            }
        }
        return null;
    }

    /** The JSON path of a refused value as the field of the 400: "items[2].startDate". */
    static String path(List<tools.jackson.core.JacksonException.Reference> refs) {
        StringBuilder b = new StringBuilder();
        for (tools.jackson.core.JacksonException.Reference r : refs) {
            if (r.getPropertyName() != null) {
                b.append(b.isEmpty() ? "" : ".").append(r.getPropertyName());
            } else if (r.getIndex() >= 0) {
                b.append('[').append(r.getIndex()).append(']');
            }
        }
        return b.isEmpty() ? "body" : b.toString();
    }

    /** What a value of the wrong type should have been, in words. */
    private String wrongType(tools.jackson.core.JacksonException e) {
        if (e instanceof tools.jackson.core.exc.InputCoercionException) {
            return "Số vượt quá giới hạn cho phép.";
        }
        Class<?> type = e instanceof tools.jackson.databind.exc.MismatchedInputException m ? m.getTargetType() : null;
        if (type == null) {
            return msg("error.typeMismatch");
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class || type == java.math.BigInteger.class) {
            return "Phải là số nguyên.";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "Phải là số.";
        }
        if (type == String.class) {
            return "Phải là chuỗi ký tự (trong dấu nháy kép).";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "Phải là true hoặc false.";
        }
        if (type.isEnum()) {
            return "Giá trị không thuộc danh sách cho phép.";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "Phải là một danh sách.";
        }
        return msg("error.typeMismatch");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    Object typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest req, HttpServletResponse res) {
        return answer(req, res, HttpStatus.BAD_REQUEST, msg("error.typeMismatch"),
                List.of(new InvalidInputException.FieldError(e.getName(), msg("error.typeMismatch"))));
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MissingServletRequestPartException.class})
    Object missing(Exception e, HttpServletRequest req, HttpServletResponse res) {
        String name = e instanceof MissingServletRequestParameterException p ? p.getParameterName()
                : ((MissingServletRequestPartException) e).getRequestPartName();
        return answer(req, res, HttpStatus.BAD_REQUEST, msg("error.missing"),
                List.of(new InvalidInputException.FieldError(name, msg("error.missing"))));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(MaxUploadSizeExceededException e, HttpServletRequest req, HttpServletResponse res) {
        return answer(req, res, HttpStatus.CONTENT_TOO_LARGE, msg("error.tooLarge"), List.of());
    }

    /**
     * Tomcat could not read the request's parameters: a form over its size limit
     * (server.tomcat.max-http-form-post-size) is 413, a parameter that is not valid UTF-8
     * ({@code ?q=%ED%A0%80}) is 400. Both were 500s.
     */
    @ExceptionHandler(org.apache.tomcat.util.http.InvalidParameterException.class)
    Object badParameters(org.apache.tomcat.util.http.InvalidParameterException e, HttpServletRequest req,
            HttpServletResponse res) {
        if (e.getErrorCode() == HttpStatus.CONTENT_TOO_LARGE.value()
                || String.valueOf(e.getMessage()).contains("too big")) {
            return answer(req, res, HttpStatus.CONTENT_TOO_LARGE, msg("error.formTooLarge"), List.of());
        }
        return answer(req, res, HttpStatus.BAD_REQUEST, RequestInputs.ENCODING_TEXT, List.of());
    }

    @ExceptionHandler(MultipartException.class)
    Object multipart(MultipartException e, HttpServletRequest req, HttpServletResponse res) {
        return answer(req, res, HttpStatus.BAD_REQUEST, msg("error.multipart"), List.of());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    Object method(HttpRequestMethodNotSupportedException e, HttpServletRequest req, HttpServletResponse res) {
        String parent = actedOn(req);
        if (parent != null) {
            return new ModelAndView("redirect:" + parent);
        }
        return answer(req, res, HttpStatus.METHOD_NOT_ALLOWED, msg("error.method"), List.of());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    Object mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest req, HttpServletResponse res) {
        return answer(req, res, HttpStatus.UNSUPPORTED_MEDIA_TYPE, msg("error.mediaType"), List.of());
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    Object notAcceptable(HttpMediaTypeNotAcceptableException e, HttpServletRequest req, HttpServletResponse res) {
        return answer(req, res, HttpStatus.NOT_ACCEPTABLE, msg("error.notAcceptable"), List.of());
    }

    @ExceptionHandler(Exception.class)
    Object unexpected(Exception e, HttpServletRequest req, HttpServletResponse res) {
        log.error("Unexpected error on {} {}", req.getMethod(), req.getRequestURI(), e);
        return answer(req, res, HttpStatus.INTERNAL_SERVER_ERROR, msg("error.internal"), List.of());
    }

    private String msg(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }

    /** An act's address on a page ("/needs/12/return"): the object it acts on ("/needs/12"). */
    private static final java.util.regex.Pattern ACT = java.util.regex.Pattern.compile("^(/[a-z-]+(?:/[a-z-]+)*/\\d+)/[a-z-]+$");

    /**
     * The page of the object whose act was opened by its address (a bookmark, a reloaded page after
     * a post): a person gets that page, not "405 method not allowed". Only for GET outside the API.
     */
    static String actedOn(HttpServletRequest req) {
        if (!"GET".equals(req.getMethod()) || isApi(req)) {
            return null;
        }
        java.util.regex.Matcher m = ACT.matcher(req.getRequestURI().substring(req.getContextPath().length()));
        return m.matches() ? m.group(1) : null;
    }

    static boolean isApi(HttpServletRequest req) {
        return req.getRequestURI().startsWith(req.getContextPath() + "/api/");
    }

    /**
     * A link a person followed (a download on a page): the browser asks for HTML first. It gets the
     * error page in words, never a problem document in JSON; API clients ask for JSON or anything.
     */
    static boolean followedFromAPage(HttpServletRequest req) {
        String accept = req.getHeader("Accept");
        return accept != null && accept.contains("text/html");
    }

    private Object answer(HttpServletRequest req, HttpServletResponse res, HttpStatus status, String detail,
            List<InvalidInputException.FieldError> errors) {
        if (isApi(req) && !followedFromAPage(req)) {
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem(status, detail, errors, req.getRequestURI()));
        }
        res.setStatus(status.value());
        String view = switch (status) {
            case FORBIDDEN -> "error/403";
            case NOT_FOUND -> "error/404";
            case INTERNAL_SERVER_ERROR -> "error/500";
            default -> "error/general";
        };
        ModelAndView mav = new ModelAndView(view, Map.of("detail", detail, "status", status.value(),
                "errors", errors));
        mav.setStatus(status);
        return mav;
    }

    public static ProblemDetail problem(HttpStatus status, String detail, List<InvalidInputException.FieldError> errors,
            String instance) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(status, detail);
        pd.setTitle(VietnameseTitles.of(status));
        pd.setInstance(URI.create(instance));
        if (!errors.isEmpty()) {
            pd.setProperty("errors", errors);
        }
        return pd;
    }
}
