package vn.boiduong.common.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A form field holding an amount in đồng, typed and shown as people write money in Vietnam
 * ({@link MoneyFormatter}): put it on a {@code Long} field of a page's form. A value that is not an
 * amount is a binding error of the field (code {@code typeMismatch}); its message is the bundle's
 * {@code typeMismatch.<field>}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface MoneyFormat {
}
