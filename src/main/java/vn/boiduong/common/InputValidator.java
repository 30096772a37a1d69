package vn.boiduong.common;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Bean Validation called by a service after its right check, so that someone without the right
 * learns 403 first, never the rules of a form they may not send.
 */
@Component
public class InputValidator {

    private final Validator validator;

    InputValidator(Validator validator) {
        this.validator = validator;
    }

    public <T> T check(T input) {
        if (input == null) {
            throw InvalidInputException.of("body", "Thiếu dữ liệu.");
        }
        Set<ConstraintViolation<T>> violations = validator.validate(input);
        if (!violations.isEmpty()) {
            List<InvalidInputException.FieldError> errors = violations.stream()
                    .map(v -> new InvalidInputException.FieldError(v.getPropertyPath().toString(), v.getMessage()))
                    .sorted(Comparator.comparing(InvalidInputException.FieldError::field))
                    .toList();
            throw new InvalidInputException("Dữ liệu không hợp lệ.", errors);
        }
        return input;
    }
}
