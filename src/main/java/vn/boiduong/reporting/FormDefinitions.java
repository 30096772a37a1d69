package vn.boiduong.reporting;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.boiduong.common.Actor;
import vn.boiduong.common.AuditEvent;
import vn.boiduong.common.ForbiddenException;
import vn.boiduong.common.InvalidInputException;
import vn.boiduong.common.NotFoundException;
import vn.boiduong.common.Role;
import vn.boiduong.reporting.internal.StoredFormDefinitions;
import vn.boiduong.reporting.internal.StoredFormDefinitions.Stored;

/**
 * The definitions of the official forms: the shipped one of each form ({@code forms/<code>.json}),
 * or the administrator's edited copy when there is one. Editing takes effect at once, for every
 * form drawn afterwards; "reset" goes back to the shipped definition.
 */
@Service
public class FormDefinitions {

    /** The forms that have a definition: 1a, 1b (the year's results) and 2a, 2b, 2c (the year's plan). */
    public static final List<String> CODES = List.of("1a", "1b", "2a", "2b", "2c");
    /** The forms of the results of a year (B5's completed results and spending). */
    public static final List<String> RESULT_CODES = List.of("1a", "1b");
    /** The forms of the approved plan of a year. */
    public static final List<String> PLAN_CODES = List.of("2a", "2b", "2c");
    static final int MAX_JSON = 200_000;

    /** A definition as the administrator sees it: the JSON, and who changed it last (null: shipped). */
    public record Current(String code, FormDefinition definition, String json, boolean edited, String updatedBy,
            LocalDateTime updatedAt, long version) {
    }

    private final StoredFormDefinitions stored;
    private final ObjectReader reader;
    private final JsonMapper writer;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FormDefinitions(StoredFormDefinitions stored, ApplicationEventPublisher events, Clock clock) {
        this.stored = stored;
        this.events = events;
        this.clock = clock;
        JsonMapper mapper = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(SerializationFeature.INDENT_OUTPUT).build();
        this.reader = mapper.readerFor(FormDefinition.class);
        this.writer = mapper;
    }

    public static void requireReader(Actor actor) {
        if (!actor.hasAny(Role.ADMIN, Role.OFFICE_CHIEF, Role.OFFICE_SPECIALIST, Role.DIRECTOR)) {
            throw new ForbiddenException();
        }
    }

    /** The definition forms are drawn from: no role check, the caller checks who may see the form. */
    @Transactional(readOnly = true)
    public FormDefinition definition(String code) {
        requireKnown(code);
        return stored.find(code).map(s -> parse(s.json())).orElseGet(() -> shipped(code));
    }

    @Transactional(readOnly = true)
    public Current current(Actor actor, String code) {
        requireReader(actor);
        requireKnown(code);
        Optional<Stored> s = stored.find(code);
        if (s.isPresent()) {
            return new Current(code, parse(s.get().json()), s.get().json(), true, s.get().updatedBy(),
                    s.get().updatedAt(), s.get().version());
        }
        return new Current(code, shipped(code), shippedJson(code), false, null, null, 0);
    }

    /**
     * Replaces a form's definition with the administrator's JSON after checking it: it must parse,
     * keep the form's kind and name only known categories, levels, people and fields. {@code version}
     * is the one the administrator read (optimistic check: two admins do not overwrite each other).
     */
    @Transactional
    public Current save(Actor actor, String code, String json, Long version) {
        actor.require(Role.ADMIN);
        requireKnown(code);
        if (json == null || json.isBlank()) {
            throw InvalidInputException.of("definition", "Nội dung định nghĩa biểu không được để trống.");
        }
        if (json.length() > MAX_JSON) {
            throw InvalidInputException.of("definition", "Định nghĩa biểu quá dài (tối đa 200.000 ký tự).");
        }
        FormDefinition def;
        try {
            def = reader.readValue(json);
        } catch (JacksonException e) {
            throw InvalidInputException.of("definition", "JSON không hợp lệ: " + jsonProblem(e));
        }
        if (def == null) {
            throw InvalidInputException.of("definition", "Nội dung định nghĩa biểu không được để trống.");
        }
        if (def.code() != null && !def.code().equals(code)) {
            throw InvalidInputException.of("definition", "Mã biểu trong nội dung (\"" + def.code()
                    + "\") khác biểu đang sửa (" + code + ").");
        }
        List<String> problems = def.problems(shipped(code));
        if (!problems.isEmpty()) {
            throw new InvalidInputException("Định nghĩa biểu " + code + " chưa đúng.", problems.stream()
                    .map(p -> new InvalidInputException.FieldError("definition", p)).toList());
        }
        String normalised = writer.writeValueAsString(new FormDefinition(code, def.kind(), def.sheetName(),
                def.formCode(), def.title(), def.notes(), def.people(), def.rows(), def.columns()));
        long expected = version == null ? stored.find(code).map(Stored::version).orElse(0L) : version;
        stored.save(code, normalised, actor.username(), LocalDateTime.now(clock), expected);
        events.publishEvent(AuditEvent.of("UPDATE", "form", code, "Sửa định nghĩa biểu " + code));
        return current(actor, code);
    }

    /**
     * Saves a definition the administrator's form built (texts and widths edited on the page): it
     * goes through the same JSON, checks and optimistic version as {@link #save(Actor, String, String, Long)}.
     */
    @Transactional
    public Current save(Actor actor, String code, FormDefinition definition, Long version) {
        return save(actor, code, writer.writeValueAsString(definition), version);
    }

    /** Back to the shipped definition. */
    @Transactional
    public Current reset(Actor actor, String code) {
        actor.require(Role.ADMIN);
        requireKnown(code);
        if (stored.delete(code)) {
            events.publishEvent(AuditEvent.of("RESET", "form", code, "Dùng lại mẫu mặc định của biểu " + code));
        }
        return current(actor, code);
    }

    private static void requireKnown(String code) {
        if (!CODES.contains(code)) {
            throw new NotFoundException("biểu " + code);
        }
    }

    private FormDefinition parse(String json) {
        return reader.readValue(json);
    }

    private FormDefinition shipped(String code) {
        return parse(shippedJson(code));
    }

    private static String shippedJson(String code) {
        try (InputStream in = new ClassPathResource("forms/" + code + ".json").getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("shipped form definition " + code + " missing", e);
        }
    }

    private static String jsonProblem(JacksonException e) {
        String m = e.getOriginalMessage();
        var loc = e.getLocation();
        String where = loc == null ? "" : " (dòng " + loc.getLineNr() + ", cột " + loc.getColumnNr() + ")";
        return (m == null ? "không đọc được" : m.lines().findFirst().orElse(m)) + where;
    }
}
