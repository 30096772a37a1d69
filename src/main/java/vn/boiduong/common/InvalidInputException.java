package vn.boiduong.common;

import java.util.List;

/** Input that breaks a rule the annotations cannot express: HTTP 400 with field errors. */
public class InvalidInputException extends RuntimeException {

    public record FieldError(String field, String message) {
    }

    private final List<FieldError> errors;

    public InvalidInputException(String detail, List<FieldError> errors) {
        super(detail);
        this.errors = List.copyOf(errors);
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(message, List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** Field → message, the first message per field, for pages that show errors beside fields. */
    public java.util.Map<String, String> toFieldMap() {
        java.util.Map<String, String> map = new java.util.LinkedHashMap<>();
        errors.forEach(e -> map.putIfAbsent(e.field(), e.message()));
        return map;
    }

    /** Puts each field error on a page form's binding result, beside its field. */
    public void rejectOn(org.springframework.validation.BindingResult binding) {
        errors.forEach(e -> binding.rejectValue(e.field(), "invalid", e.message()));
    }
}
