package vn.boiduong.delivery;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import vn.boiduong.common.InvalidInputException;

/** A session as the Office enters it; {@link #validate} says what is wrong, field by field. */
public record SessionData(LocalDate date, LocalTime startTime, LocalTime endTime, String room, String topic,
        Long lecturerId) {

    public SessionData {
        room = blankToNull(room);
        topic = topic == null ? null : topic.strip();
    }

    /**
     * The session's fields checked on their own and against the class's dates (a session is held
     * between the class's first and last day).
     */
    public void validate(LocalDate classStart, LocalDate classEnd) {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        if (date == null) {
            errors.add(new InvalidInputException.FieldError("date", "Cần nhập ngày học."));
        } else if (date.isBefore(classStart) || date.isAfter(classEnd)) {
            errors.add(new InvalidInputException.FieldError("date", "Ngày học phải trong thời gian của lớp ("
                    + vn.boiduong.documents.VietnameseDates.shortDate(classStart) + " – "
                    + vn.boiduong.documents.VietnameseDates.shortDate(classEnd) + ")."));
        }
        if (startTime == null) {
            errors.add(new InvalidInputException.FieldError("startTime", "Cần nhập giờ bắt đầu."));
        }
        if (endTime == null) {
            errors.add(new InvalidInputException.FieldError("endTime", "Cần nhập giờ kết thúc."));
        } else if (startTime != null && !endTime.isAfter(startTime)) {
            errors.add(new InvalidInputException.FieldError("endTime", "Giờ kết thúc phải sau giờ bắt đầu."));
        }
        if (topic == null || topic.isEmpty()) {
            errors.add(new InvalidInputException.FieldError("topic", "Cần nhập nội dung (chủ đề) của buổi học."));
        } else if (topic.length() > 300) {
            errors.add(new InvalidInputException.FieldError("topic", "Nội dung buổi học dài quá 300 ký tự."));
        }
        if (room != null && room.length() > 200) {
            errors.add(new InvalidInputException.FieldError("room", "Phòng học dài quá 200 ký tự."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("Buổi học chưa hợp lệ.", errors);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
