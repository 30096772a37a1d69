package vn.boiduong.demo;

import java.util.List;
import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.delivery.ClassEvents;
import vn.boiduong.delivery.TrainingRecords;

/**
 * The learner's side of B5's demo: last year's finished classes get their feedback (every learner who
 * attended answers, with scores and a few comments), and every completed learner of them, among them
 * the demo staff member (account {@code nhanvien}), has the training record lines the results give,
 * written by the same code as a real result ({@link TrainingRecords}), so hours, qualifications,
 * competencies and fulfilled needs agree with the classes. Runs after the classes, attendance and
 * results exist; adds nothing twice.
 */
@Component
class LearnerDemoStep implements DeliveryDemoStep {

    private static final String[] COMMENTS = {
        "Nội dung thiết thực, áp dụng được ngay vào công việc.",
        "Đề nghị tăng thời lượng thực hành và thảo luận tình huống.",
        "Tài liệu nên được gửi trước khi khai giảng.",
        "Giảng viên nhiệt tình, nhiều ví dụ thực tế.",
    };

    private final JdbcTemplate jdbc;
    private final TrainingRecords records;

    LearnerDemoStep(JdbcTemplate jdbc, TrainingRecords records) {
        this.jdbc = jdbc;
        this.records = records;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    @Transactional
    public void seed(long agencyId, int lastYear, int thisYear) {
        List<Long> finished = jdbc.queryForList("select id from training_class where agency_id = ? and plan_year = ? "
                + "and status in ('FINISHED', 'CLOSED') order by id", Long.class, agencyId, lastYear);
        for (Long classId : finished) {
            records(classId, agencyId);
            feedback(classId);
        }
    }

    /** The lines of the training record of those who completed the class and have none yet. */
    private void records(Long classId, long agencyId) {
        List<Long> missing = jdbc.queryForList("select e.staff_id from enrolment e where e.class_id = ? and "
                + "e.outcome = 'COMPLETED' and not exists (select 1 from training_record r where r.class_id = e.class_id "
                + "and r.staff_id = e.staff_id) order by e.staff_id", Long.class, classId);
        if (!missing.isEmpty()) {
            records.on(new ClassEvents.ResultsRecorded(classId, agencyId, missing, List.of(), "demo"));
        }
    }

    /** Every learner who attended answers the form once; the scores lean to good, as they do. */
    private void feedback(Long classId) {
        List<Long> questions = jdbc.queryForList("select id from feedback_question where active = true order by position",
                Long.class);
        List<Long> attended = jdbc.queryForList("select distinct a.staff_id from attendance a join class_session s on "
                + "s.id = a.session_id where s.class_id = ? and a.presence = 'PRESENT' and not exists (select 1 from "
                + "feedback_response f where f.class_id = s.class_id and f.staff_id = a.staff_id) order by a.staff_id",
                Long.class, classId);
        for (Long staffId : attended) {
            Random random = new Random(classId * 31 + staffId);
            String comment = random.nextInt(3) == 0 ? COMMENTS[random.nextInt(COMMENTS.length)] : null;
            java.time.LocalDate end = jdbc.queryForObject("select end_date from training_class where id = ?",
                    java.time.LocalDate.class, classId);
            jdbc.update("insert into feedback_response (class_id, staff_id, comment, submitted_at) values (?, ?, ?, ?)",
                    classId, staffId, comment, end.plusDays(1).atTime(16, 0));
            Long responseId = jdbc.queryForObject("select id from feedback_response where class_id = ? and staff_id = ?",
                    Long.class, classId, staffId);
            for (Long q : questions) {
                int score = 3 + random.nextInt(3);
                jdbc.update("insert into feedback_score (response_id, question_id, score) values (?, ?, ?)", responseId, q,
                        score);
            }
        }
    }
}
