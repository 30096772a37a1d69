package vn.boiduong.common.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;
import vn.boiduong.common.CleanText;
import vn.boiduong.common.Days;

/**
 * How the API reads JSON, set once for the application (Spring Boot 4, Jackson 3, through Boot's
 * {@link JsonMapperBuilderCustomizer} so the MVC converters use it): a value of the wrong type is
 * refused, never converted. {@code headcount: 1.9} is not 1, {@code estimatedCost: 1000.99} is not
 * 1000, {@code title: true} is not "true", and {@code dueDate: 20250101} is not the 20,250,101st day
 * after 1970. A day is a text {@code yyyy-MM-dd} within 1900–2100 ({@link Days}); a text carries no
 * control or bidirectional characters ({@link CleanText}). Each refusal is a 400 naming the field
 * (ErrorHandling reads the path from {@link Refused} or from Jackson's own exception).
 */
@Configuration
class JsonInput {

    @Bean
    JsonMapperBuilderCustomizer strictJsonInput() {
        return builder -> builder
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .withCoercionConfig(LogicalType.Textual, c -> c
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Integer, c -> c
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Float, c -> c
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Boolean, c -> c
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
                .addModule(new SimpleModule("boiduong-input")
                        .addDeserializer(LocalDate.class, new DayDeserializer())
                        .addDeserializer(String.class, new TextDeserializer()));
    }

    /** A refusal with its message already in Vietnamese, for ErrorHandling to show as is. */
    static final class Refused extends MismatchedInputException {
        Refused(JsonParser p, String message, Class<?> type) {
            super(p, message, type);
        }
    }

    /** {@code "yyyy-MM-dd"}, four-digit year, an existing day within 1900–2100; nothing else. */
    static final class DayDeserializer extends ValueDeserializer<LocalDate> {
        private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                throw new Refused(p, "Ngày phải là chuỗi dạng yyyy-MM-dd (ví dụ \"2026-03-15\"), không phải số.",
                        LocalDate.class);
            }
            String text = p.getString().strip();
            if (text.isEmpty()) {
                return null;
            }
            if (!ISO_DAY.matcher(text).matches()) {
                throw new Refused(p, "Ngày phải viết dạng yyyy-MM-dd (ví dụ \"2026-03-15\").", LocalDate.class);
            }
            LocalDate day;
            try {
                day = LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw new Refused(p, DayInputs.NONEXISTENT_TEXT, LocalDate.class);
            }
            if (!Days.sensible(day)) {
                throw new Refused(p, Days.RANGE_TEXT, LocalDate.class);
            }
            return day;
        }

        @Override
        public Class<?> handledType() {
            return LocalDate.class;
        }
    }

    /** A JSON string (only a string: the coercion settings above refuse numbers and booleans), kept clean. */
    static final class TextDeserializer extends tools.jackson.databind.deser.jdk.StringDeserializer {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            String text = super.deserialize(p, ctxt);
            if (!CleanText.clean(text)) {
                throw new Refused(p, CleanText.MESSAGE, String.class);
            }
            return text;
        }
    }
}
