package vn.boiduong.common;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
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
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        violations.forEach(v -> errors.add(new InvalidInputException.FieldError(v.getPropertyPath().toString(),
                v.getMessage())));
        checkComponents(input, "", errors);
        if (!errors.isEmpty()) {
            List<InvalidInputException.FieldError> sorted = errors.stream()
                    .sorted(Comparator.comparing(InvalidInputException.FieldError::field)).distinct().toList();
            throw new InvalidInputException("Dữ liệu không hợp lệ.", sorted);
        }
        return input;
    }

    /**
     * {@link #checkComponents} for a record that checks itself (PlanItemData, ProcedureDocumentData…):
     * its errors, to add to its own.
     */
    public static List<InvalidInputException.FieldError> commonRules(Object record) {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        checkComponents(record, "", errors);
        return errors;
    }

    /**
     * The rules every input record keeps, whatever its annotations say: each day within 1900–2100
     * ({@link Days}) and each text free of control and bidirectional characters ({@link CleanText}),
     * nested records and lists of them included. A field that already has an error keeps only that one.
     */
    static void checkComponents(Object input, String prefix, List<InvalidInputException.FieldError> errors) {
        if (input == null || !input.getClass().isRecord()) {
            return;
        }
        for (RecordComponent c : input.getClass().getRecordComponents()) {
            Object value;
            try {
                java.lang.reflect.Method accessor = c.getAccessor();
                accessor.trySetAccessible();
                value = accessor.invoke(input);
            } catch (ReflectiveOperationException | RuntimeException e) {
                continue;
            }
            String field = prefix + c.getName();
            if (errors.stream().anyMatch(e -> e.field().equals(field))) {
                continue;
            }
            if (value instanceof String text && !CleanText.clean(text)) {
                errors.add(new InvalidInputException.FieldError(field, CleanText.MESSAGE));
            } else if (value instanceof LocalDate day) {
                Days.checkSensible(errors, field, day);
            } else if (value instanceof Collection<?> items) {
                int i = 0;
                for (Object item : items) {
                    if (item instanceof String text && !CleanText.clean(text)) {
                        errors.add(new InvalidInputException.FieldError(field + "[" + i + "]", CleanText.MESSAGE));
                    } else {
                        checkComponents(item, field + "[" + i + "].", errors);
                    }
                    i++;
                }
            } else {
                checkComponents(value, field + ".", errors);
            }
        }
    }
}
