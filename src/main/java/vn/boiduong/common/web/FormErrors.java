package vn.boiduong.common.web;

import java.util.function.UnaryOperator;
import org.springframework.validation.BindingResult;
import vn.boiduong.common.InvalidInputException;

/**
 * Puts a service's input errors (the same the API answers with) beside the fields of a page's form:
 * one helper for every form page, so that each page shows a rule's message the same way.
 */
public final class FormErrors {

    private FormErrors() {
    }

    /** Each error beside the form field of its name; an error the form has no field for goes at the top. */
    public static void reject(BindingResult binding, InvalidInputException e) {
        reject(binding, e, UnaryOperator.identity());
    }

    /**
     * As {@link #reject(BindingResult, InvalidInputException)}, an error's field renamed first where the
     * form names it differently (the API's "budget.hall" is the plan item form's "hall"). An index
     * ("staffIds[2]") points at the list's field; a field keeps its first message (an unreadable value's
     * own message is the more precise).
     */
    public static void reject(BindingResult binding, InvalidInputException e, UnaryOperator<String> rename) {
        for (InvalidInputException.FieldError err : e.errors()) {
            String field = err.field() == null ? "" : rename.apply(err.field()).replaceAll("\\[.*", "");
            if (!isField(binding, field)) {
                binding.reject("invalid", err.message());
            } else if (!binding.hasFieldErrors(field)) {
                binding.rejectValue(field, "invalid", err.message());
            }
        }
    }

    private static boolean isField(BindingResult binding, String field) {
        try {
            return !field.isEmpty() && binding.getFieldType(field) != null;
        } catch (RuntimeException e) {
            return false; // not a property of the form
        }
    }
}
