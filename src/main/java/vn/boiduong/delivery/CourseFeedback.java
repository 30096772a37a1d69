package vn.boiduong.delivery;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.common.Actor;
import vn.boiduong.common.AuditEvent;
import vn.boiduong.common.IllegalTransitionException;
import vn.boiduong.common.InvalidInputException;
import vn.boiduong.common.NotFoundException;
import vn.boiduong.delivery.internal.ClassRepository;
import vn.boiduong.identity.UserDirectory;

/**
 * The course feedback form (phiếu đánh giá khóa học, B5 item 7): questions kept as data, answered 1–5
 * with a comment, once per person who attended the class (present at least once), after it finished.
 * The Office reads the averages per question, the count and the comments, never who wrote what: the
 * summary carries no staff id and the comments come in a fixed order unrelated to the people.
 */
@Service
@Transactional(readOnly = true)
public class CourseFeedback {

    public static final int MAX_COMMENT = 2000;

    public record Question(Long id, int position, String text) {
    }

    /** What a learner sends: a score (1–5) per question id, and an optional comment. */
    public record Answer(Map<Long, Integer> scores, String comment) {
    }

    /** One question's result: the average (one decimal) and how many answered it. */
    public record QuestionResult(Long questionId, String text, double average, int answers) {
    }

    /** The class's feedback for the Office: no names. */
    public record Summary(Long classId, String title, int responses, int attended, List<QuestionResult> questions,
            List<String> comments) {
    }

    private final ClassRepository classes;
    private final ClassService classService;
    private final ClassPolicy policy;
    private final UserDirectory users;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CourseFeedback(ClassRepository classes, ClassService classService, ClassPolicy policy, UserDirectory users,
            JdbcTemplate jdbc, ApplicationEventPublisher events, Clock clock) {
        this.classes = classes;
        this.classService = classService;
        this.policy = policy;
        this.users = users;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    public List<Question> questions() {
        return jdbc.query("select id, position, text from feedback_question where active = true order by position, id",
                (rs, i) -> new Question(rs.getLong(1), rs.getInt(2), rs.getString(3)));
    }

    /** Sessions of the class the person was present at. */
    long presentSessions(Long classId, Long staffId) {
        return jdbc.queryForObject("select count(*) from attendance a join class_session s on s.id = a.session_id "
                + "where s.class_id = ? and a.staff_id = ? and a.presence = 'PRESENT'", Long.class, classId, staffId);
    }

    boolean answered(Long classId, Long staffId) {
        return jdbc.queryForObject("select count(*) from feedback_response where class_id = ? and staff_id = ?",
                Long.class, classId, staffId) > 0;
    }

    /** Whether the form is open to this person for this class now (the page shows it). */
    boolean open(TrainingClass c, Long staffId) {
        return policy.answerFeedback(c, presentSessions(c.getId(), staffId), answered(c.getId(), staffId)).isAllowed();
    }

    /**
     * The signed-in person answers for a class: 404 for a class of another agency or without them; 409
     * before it finished, for someone who never came, for a second answer; 400 with the field for a
     * missing or out-of-range score or an over-long comment (nothing saved).
     */
    @Transactional
    public void answer(Actor actor, Long classId, Answer answer) {
        Long staffId = users.staffIdOf(actor.userId()).orElseThrow(() -> new NotFoundException("hồ sơ cán bộ"));
        TrainingClass c = classes.findById(classId).filter(x -> x.getAgencyId().equals(actor.agencyId()))
                .orElseThrow(() -> new NotFoundException(ClassPolicy.CLASS));
        Integer enrolled = jdbc.queryForObject("select count(*) from enrolment where class_id = ? and staff_id = ? "
                + "and status = 'ENROLLED'", Integer.class, classId, staffId);
        if (enrolled == 0) {
            throw new NotFoundException(ClassPolicy.CLASS);
        }
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        Map<Long, Integer> scores = answer == null || answer.scores() == null ? Map.of() : answer.scores();
        List<Question> qs = questions();
        for (Question q : qs) {
            Integer s = scores.get(q.id());
            if (s == null) {
                errors.add(new InvalidInputException.FieldError("scores." + q.id(), "Cần chấm điểm câu «" + q.text() + "»."));
            } else if (s < 1 || s > 5) {
                errors.add(new InvalidInputException.FieldError("scores." + q.id(), "Điểm phải từ 1 đến 5."));
            }
        }
        for (Long id : scores.keySet()) {
            if (qs.stream().noneMatch(q -> q.id().equals(id))) {
                errors.add(new InvalidInputException.FieldError("scores." + id, "Không có câu hỏi này trong phiếu."));
            }
        }
        String comment = answer == null || answer.comment() == null || answer.comment().isBlank() ? null
                : answer.comment().strip();
        if (comment != null && comment.length() > MAX_COMMENT) {
            errors.add(new InvalidInputException.FieldError("comment", "Ý kiến dài quá " + MAX_COMMENT + " ký tự."));
        }
        policy.answerFeedback(c, presentSessions(classId, staffId), answered(classId, staffId)).orThrow();
        if (!errors.isEmpty()) {
            throw new InvalidInputException("Phiếu đánh giá chưa hợp lệ.", errors);
        }
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        LocalDateTime now = LocalDateTime.now(clock);
        try {
            jdbc.update(con -> {
                var ps = con.prepareStatement("insert into feedback_response (class_id, staff_id, comment, submitted_at) "
                        + "values (?, ?, ?, ?)", new String[] {"id"});
                ps.setLong(1, classId);
                ps.setLong(2, staffId);
                ps.setString(3, comment);
                ps.setObject(4, now);
                return ps;
            }, key);
        } catch (DuplicateKeyException e) {
            throw new IllegalTransitionException("Bạn đã gửi phiếu đánh giá khóa học này.");
        }
        long responseId = key.getKey().longValue();
        for (Question q : qs) {
            jdbc.update("insert into feedback_score (response_id, question_id, score) values (?, ?, ?)", responseId,
                    q.id(), scores.get(q.id()));
        }
        // the audit line says that an answer came, not what it said (the answers are anonymous to the Office)
        events.publishEvent(AuditEvent.of("FEEDBACK", ClassService.AUDIT_TYPE, classId,
                "Gửi phiếu đánh giá khóa học " + c.getTitle()));
    }

    /** The class's results for the Office and the Director: averages, count, comments; no names. */
    public Summary summary(Actor actor, Long classId) {
        TrainingClass c = classService.readable(actor, classId);
        policy.readFeedback(actor, c).orThrow();
        return summaryOf(c);
    }

    Summary summaryOf(TrainingClass c) {
        Map<Long, QuestionResult> byQuestion = new LinkedHashMap<>();
        for (Question q : questions()) {
            byQuestion.put(q.id(), new QuestionResult(q.id(), q.text(), 0, 0));
        }
        jdbc.query("select f.question_id, avg(cast(f.score as decimal(6,2))), count(*) from feedback_score f "
                + "join feedback_response r on r.id = f.response_id where r.class_id = ? group by f.question_id", rs -> {
                    long q = rs.getLong(1);
                    QuestionResult base = byQuestion.get(q);
                    if (base != null) {
                        double avg = Math.round(rs.getDouble(2) * 10) / 10.0;
                        byQuestion.put(q, new QuestionResult(q, base.text(), avg, rs.getInt(3)));
                    }
                }, c.getId());
        int responses = jdbc.queryForObject("select count(*) from feedback_response where class_id = ?", Integer.class,
                c.getId());
        int attended = jdbc.queryForObject("select count(distinct a.staff_id) from attendance a join class_session s "
                + "on s.id = a.session_id where s.class_id = ? and a.presence = 'PRESENT'", Integer.class, c.getId());
        // ordered by the text, not by who wrote it or when
        List<String> comments = jdbc.queryForList("select comment from feedback_response where class_id = ? and "
                + "comment is not null order by comment", String.class, c.getId());
        return new Summary(c.getId(), c.getTitle(), responses, attended, List.copyOf(byQuestion.values()), comments);
    }
}
