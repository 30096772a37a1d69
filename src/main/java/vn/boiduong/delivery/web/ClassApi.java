package vn.boiduong.delivery.web;

import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.boiduong.common.CurrentActor;
import vn.boiduong.common.InvalidInputException;
import vn.boiduong.common.PageResponse;
import vn.boiduong.common.Paging;
import vn.boiduong.delivery.ClassDetail;
import vn.boiduong.delivery.ClassService;
import vn.boiduong.delivery.ClassStatus;
import vn.boiduong.delivery.ClassView;
import vn.boiduong.delivery.EnrolmentService;
import vn.boiduong.delivery.EnrolmentView;
import vn.boiduong.delivery.SessionData;

/** B5's classes over the API (api.md): the list, one class, its lifecycle, sessions, lecturers and learners. */
@RestController
@RequestMapping("/api/v1/classes")
class ClassApi {

    record Reason(String reason) {
    }

    record Capacity(Integer headcount) {
    }

    record SessionRequest(LocalDate date, LocalTime startTime, LocalTime endTime, String room, String topic,
            Long lecturerId) {

        SessionData data() {
            return new SessionData(date, startTime, endTime, room, topic, lecturerId);
        }
    }

    record People(List<Long> staffIds) {
    }

    private final ClassService classes;
    private final EnrolmentService enrolments;

    ClassApi(ClassService classes, EnrolmentService enrolments) {
        this.classes = classes;
        this.enrolments = enrolments;
    }

    @Operation(summary = "Các lớp học (B5) của cơ quan theo trang; lọc theo kế hoạch, năm, trạng thái, tên lớp "
            + "(sort=startDate|title|status|year,asc|desc)")
    @GetMapping
    PageResponse<ClassView> list(@RequestParam(required = false) Long planId,
            @RequestParam(required = false) Integer year, @RequestParam(required = false) ClassStatus status,
            @RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, @RequestParam(required = false) String sort) {
        return classes.list(CurrentActor.get(), new ClassService.Filter(planId, year, status, q),
                Paging.of(page, size, sort, ClassService.SORTABLE, ClassService.DEFAULT_SORT));
    }

    @Operation(summary = "Một lớp học: thông tin, giảng viên, buổi học, số học viên và các việc người xem được làm")
    @GetMapping("/{id}")
    ClassDetail get(@PathVariable Long id) {
        return classes.get(CurrentActor.get(), id);
    }

    @Operation(summary = "Mở ghi danh (Văn phòng): PLANNED → OPEN")
    @PostMapping("/{id}/open")
    ClassDetail open(@PathVariable Long id) {
        return classes.open(CurrentActor.get(), id);
    }

    @Operation(summary = "Bắt đầu lớp (Văn phòng): OPEN → IN_PROGRESS; cần có học viên đã ghi danh")
    @PostMapping("/{id}/start")
    ClassDetail start(@PathVariable Long id) {
        return classes.start(CurrentActor.get(), id);
    }

    @Operation(summary = "Kết thúc lớp (Văn phòng): IN_PROGRESS → FINISHED")
    @PostMapping("/{id}/finish")
    ClassDetail finish(@PathVariable Long id) {
        return classes.finish(CurrentActor.get(), id);
    }

    @Operation(summary = "Đóng hồ sơ lớp (Văn phòng): FINISHED → CLOSED; mọi học viên phải có kết quả")
    @PostMapping("/{id}/close")
    ClassDetail close(@PathVariable Long id) {
        return classes.close(CurrentActor.get(), id);
    }

    @Operation(summary = "Hủy lớp kèm lý do (Văn phòng), trước khi lớp kết thúc; học viên và trưởng phòng được báo")
    @PostMapping("/{id}/cancel")
    ClassDetail cancel(@PathVariable Long id, @RequestBody(required = false) Reason body) {
        return classes.cancel(CurrentActor.get(), id, body == null ? null : body.reason());
    }

    @Operation(summary = "Đổi số học viên tối đa của lớp (Chánh Văn phòng)")
    @PutMapping("/{id}/capacity")
    ClassDetail capacity(@PathVariable Long id, @RequestBody(required = false) Capacity body) {
        return classes.changeCapacity(CurrentActor.get(), id, body == null ? null : body.headcount());
    }

    @Operation(summary = "Thêm buổi học (Văn phòng): ngày, giờ bắt đầu, giờ kết thúc, phòng, nội dung, giảng viên")
    @PostMapping("/{id}/sessions")
    @ResponseStatus(HttpStatus.CREATED)
    ClassDetail.SessionView addSession(@PathVariable Long id, @RequestBody(required = false) SessionRequest body) {
        return classes.addSession(CurrentActor.get(), id, present(body).data());
    }

    @Operation(summary = "Sửa một buổi học (Văn phòng)")
    @PutMapping("/{id}/sessions/{sessionId}")
    ClassDetail.SessionView updateSession(@PathVariable Long id, @PathVariable Long sessionId,
            @RequestBody(required = false) SessionRequest body) {
        return classes.updateSession(CurrentActor.get(), id, sessionId, present(body).data());
    }

    @Operation(summary = "Xóa một buổi học chưa điểm danh (Văn phòng)")
    @DeleteMapping("/{id}/sessions/{sessionId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeSession(@PathVariable Long id, @PathVariable Long sessionId) {
        classes.removeSession(CurrentActor.get(), id, sessionId);
    }

    @Operation(summary = "Thêm giảng viên (Văn phòng): một cán bộ (staffId) hoặc người ngoài (fullName, title, "
            + "rank = GROUP_1…GROUP_4 theo Thông tư 36/2018/TT-BTC)")
    @PostMapping("/{id}/lecturers")
    @ResponseStatus(HttpStatus.CREATED)
    ClassDetail.LecturerView addLecturer(@PathVariable Long id,
            @RequestBody(required = false) ClassService.LecturerData body) {
        return classes.addLecturer(CurrentActor.get(), id, present(body));
    }

    @Operation(summary = "Học viên của lớp: đề cử, đã ghi danh, không được chấp nhận (trưởng phòng thấy người "
            + "của phòng mình)")
    @GetMapping("/{id}/enrollments")
    List<EnrolmentView> enrollments(@PathVariable Long id) {
        return enrolments.enrolments(CurrentActor.get(), id);
    }

    @Operation(summary = "Người của phòng có thể đề cử (trưởng phòng); người có tên trong nhu cầu của lớp đứng trước")
    @GetMapping("/{id}/candidates")
    List<EnrolmentService.Candidate> candidates(@PathVariable Long id) {
        return enrolments.candidates(CurrentActor.get(), id);
    }

    @Operation(summary = "Đề cử người của phòng mình học lớp (trưởng phòng), chờ Văn phòng xác nhận")
    @PostMapping("/{id}/nominations")
    @ResponseStatus(HttpStatus.CREATED)
    List<EnrolmentView> nominate(@PathVariable Long id, @RequestBody(required = false) People body) {
        return enrolments.nominate(CurrentActor.get(), id, body == null ? null : body.staffIds());
    }

    @Operation(summary = "Ghi danh (Văn phòng): xác nhận đề cử hoặc ghi danh trực tiếp; 409 khi vượt số chỗ "
            + "hoặc trùng giờ với lớp khác, nêu tên người")
    @PostMapping("/{id}/enrollments")
    @ResponseStatus(HttpStatus.CREATED)
    List<EnrolmentView> enrol(@PathVariable Long id, @RequestBody(required = false) People body) {
        return enrolments.enrol(CurrentActor.get(), id, body == null ? null : body.staffIds());
    }

    @Operation(summary = "Không chấp nhận một đề cử, kèm lý do (Văn phòng)")
    @PostMapping("/{id}/nominations/{staffId}/refuse")
    EnrolmentView refuse(@PathVariable Long id, @PathVariable Long staffId, @RequestBody(required = false) Reason body) {
        return enrolments.refuse(CurrentActor.get(), id, staffId, body == null ? null : body.reason());
    }

    private static <T> T present(T body) {
        if (body == null) {
            throw InvalidInputException.of("body", "Thiếu dữ liệu gửi lên.");
        }
        return body;
    }
}
