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
    @ExceptionHandler({ObjectOptimisticLockingFailureException.class,
            org.springframework.dao.ConcurrencyFailureException.class})
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
        return answer(req, res, HttpStatus.BAD_REQUEST, msg("error.unreadable"), List.of());
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
