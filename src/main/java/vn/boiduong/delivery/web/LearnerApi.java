package vn.boiduong.delivery.web;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.boiduong.common.Actor;
import vn.boiduong.common.CurrentActor;
import vn.boiduong.delivery.CourseFeedback;
import vn.boiduong.delivery.MyTraining;
import vn.boiduong.delivery.SessionCalendar;
import vn.boiduong.delivery.TrainingRecords;

/**
 * The learner's side of B5 over the API: the own training (classes, sessions, certificates, record,
 * hours), its calendar file, the course feedback; a person's training record for the Office, the
 * Director and the unit head; the competencies a class gives.
 */
@RestController
class LearnerApi {

    record FeedbackRequest(Map<Long, Integer> scores, String comment) {
    }

    private final MyTraining mine;
    private final TrainingRecords records;
    private final CourseFeedback feedback;

    private final tools.jackson.databind.ObjectMapper mapper;

    LearnerApi(MyTraining mine, TrainingRecords records, CourseFeedback feedback,
            tools.jackson.databind.ObjectMapper mapper) {
        this.mapper = mapper;
        this.mine = mine;
        this.records = records;
        this.feedback = feedback;
    }

    @Operation(summary = "Việc học của tôi: lớp, buổi học, giấy chứng nhận, quá trình đào tạo, số giờ năm nay so "
            + "với mức tối thiểu, phiếu đánh giá đang mở")
    @GetMapping("/api/v1/me/training")
    MyTraining.Mine myTraining() {
        return mine.mine(CurrentActor.get());
    }

    @Operation(summary = "Lịch các buổi học của tôi (iCalendar, RFC 5545)")
    @GetMapping("/api/v1/me/training.ics")
    ResponseEntity<String> myCalendar() {
        Actor actor = CurrentActor.get();
        var own = mine.own(actor);
        return ics("lich-hoc-cua-toi.ics", SessionCalendar.write("Lịch học — " + own.fullName(),
                mine.ownSessions(own.id(), null, null), "boiduong"));
    }

    @Operation(summary = "Lịch các buổi học của một lớp (iCalendar, RFC 5545)")
    @GetMapping("/api/v1/classes/{id}/calendar.ics")
    ResponseEntity<String> classCalendar(@PathVariable Long id) {
        MyTraining.ClassSessions c = mine.classCalendar(CurrentActor.get(), id);
        return ics("lop-" + id + ".ics", SessionCalendar.write(c.title(), c.sessions(), "boiduong"));
    }

    private static ResponseEntity<String> ics(String filename, String body) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(SessionCalendar.MEDIA_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"").body(body);
    }

    @Operation(summary = "Quá trình đào tạo, bồi dưỡng của một cán bộ (Văn phòng, Giám đốc, trưởng đơn vị của người đó)")
    @GetMapping("/api/v1/staff/{staffId}/training-record")
    TrainingRecords.StaffRecord trainingRecord(@PathVariable Long staffId) {
        return records.of(CurrentActor.get(), staffId);
    }

    @Operation(summary = "Các câu hỏi của phiếu đánh giá khóa học (chấm 1–5)")
    @GetMapping("/api/v1/feedback/questions")
    List<CourseFeedback.Question> questions() {
        return feedback.questions();
    }

    @Operation(summary = "Gửi phiếu đánh giá khóa học (học viên đã tham dự, sau khi lớp kết thúc; một lần)")
    @PostMapping("/api/v1/classes/{id}/feedback")
    ResponseEntity<Void> answer(@PathVariable Long id, @RequestBody(required = false) FeedbackRequest body) {
        feedback.answer(CurrentActor.get(), id, body == null ? null : new CourseFeedback.Answer(body.scores(),
                body.comment()));
        return ResponseEntity.status(201).build();
    }

    @Operation(summary = "Kết quả đánh giá khóa học của một lớp (Văn phòng, Giám đốc): điểm trung bình, số phiếu, "
            + "ý kiến, không kèm tên người")
    @GetMapping("/api/v1/classes/{id}/feedback")
    CourseFeedback.Summary feedbackSummary(@PathVariable Long id) {
        return feedback.summary(CurrentActor.get(), id);
    }

    @Operation(summary = "Các năng lực lớp học mang lại và mức (1–5)")
    @GetMapping("/api/v1/classes/{id}/competencies")
    List<TrainingRecords.CompetencyLink> competencies(@PathVariable Long id) {
        return records.competencies(CurrentActor.get(), id);
    }

    @Operation(summary = "Đặt các năng lực lớp học mang lại (Văn phòng): [{competencyId, level}]")
    @PutMapping("/api/v1/classes/{id}/competencies")
    List<TrainingRecords.CompetencyLink> linkCompetencies(@PathVariable Long id,
            @RequestBody(required = false) tools.jackson.databind.JsonNode body,
            jakarta.servlet.http.HttpServletRequest request) {
        records.checkMayLink(CurrentActor.get(), id);
        List<TrainingRecords.LinkData> links = Bodies.read(mapper, body,
                new tools.jackson.core.type.TypeReference<List<TrainingRecords.LinkData>>() { }, request);
        return records.linkCompetencies(CurrentActor.get(), id, links);
    }
}
