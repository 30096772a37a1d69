package vn.boiduong.notification.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.boiduong.common.ReminderSchedule;
import vn.boiduong.common.web.PageHelpers;
import vn.boiduong.organization.Unit;
import vn.boiduong.organization.UnitService;
import vn.boiduong.procedure.DueKind;
import vn.boiduong.procedure.PendingDueDate;

/**
 * What a pending due date is reminded of, to whom ({@link Recipients}) and in which words: the heads
 * of each unit that has sent no need as the collection's date nears; the Office chief of the plan's
 * {@code registerBy} while it is not submitted; the Director of {@code approveBy} while it waits.
 * Each once per stage ({@link Reminders}).
 */
@Component
class DueDateReminders {

    static final String NEEDS_TITLE = "nhu cầu đào tạo, bồi dưỡng năm ";

    private final Reminders reminders;
    private final Recipients recipients;
    private final UnitService units;

    DueDateReminders(Reminders reminders, Recipients recipients, UnitService units) {
        this.reminders = reminders;
        this.recipients = recipients;
        this.units = units;
    }

    /** Reminds of one date at one stage, in the caller's transaction; true when someone was reminded now. */
    boolean remind(PendingDueDate due, ReminderSchedule.Due stage, LocalDateTime at) {
        return switch (due.kind()) {
            case NEEDS_DUE -> remindUnits(due, stage, at);
            case PLAN_REGISTER, PLAN_APPROVE -> remindOfPlan(due, stage, at);
            case SUPERVISION_REQUEST -> remindOfRequest(due, stage, at);
        };
    }

    /** The head of the unit that owns a request of a supervision visit (B6), until it is closed. */
    private boolean remindOfRequest(PendingDueDate due, ReminderSchedule.Due stage, LocalDateTime at) {
        Long unitId = due.lateUnitIds().isEmpty() ? null : due.lateUnitIds().get(0);
        List<Long> heads = unitId == null ? List.of() : recipients.headsOf(due.agencyId(), unitId);
        if (heads.isEmpty()) {
            return false;
        }
        String date = PageHelpers.DATE.format(due.dueDate());
        String link = "/supervision-visits/requests/" + due.subjectId();
        String unit = units.findUnit(unitId).map(Unit::getName).orElse("Đơn vị");
        Reminders.Key key = new Reminders.Key("supervision-request:" + due.subjectId(),
                DueKind.SUPERVISION_REQUEST.name(), due.dueDate(), stage.stage());
        String what = "kiến nghị sau kiểm tra, giám sát của " + unit;
        Reminders.Message message = stage.overdue()
                ? new Reminders.Message("Đã quá hạn thực hiện " + what + " (hạn " + date + ").", link,
                        "Quá hạn thực hiện kiến nghị sau kiểm tra, giám sát (hạn " + date + ")",
                        "Kính gửi Trưởng phòng/đơn vị,\nĐã quá hạn thực hiện " + what + " (hạn " + date
                                + "). Đề nghị thực hiện và báo Văn phòng để đóng kiến nghị.")
                : new Reminders.Message("Sắp đến hạn thực hiện " + what + ": hạn " + date + " (" + daysLeft(stage)
                        + ").", link, "Nhắc hạn thực hiện kiến nghị sau kiểm tra, giám sát: hạn " + date + " ("
                        + daysLeft(stage) + ")", "Kính gửi Trưởng phòng/đơn vị,\n" + what.substring(0, 1).toUpperCase()
                        + what.substring(1) + " cần được thực hiện trước hạn " + date + " (" + daysLeft(stage) + ").");
        return !reminders.remind(key, heads, message, at).isEmpty();
    }

    private boolean remindUnits(PendingDueDate due, ReminderSchedule.Due stage, LocalDateTime at) {
        String date = PageHelpers.DATE.format(due.dueDate());
        String link = "/needs?year=" + due.year();
        Reminders.Key key = new Reminders.Key("need-collection:" + due.subjectId(), DueKind.NEEDS_DUE.name(),
                due.dueDate(), stage.stage());
        boolean reminded = false;
        for (Long unitId : due.lateUnitIds()) {
            List<Long> heads = recipients.headsOf(due.agencyId(), unitId);
            if (heads.isEmpty()) {
                continue;
            }
            String unit = units.findUnit(unitId).map(Unit::getName).orElse("Đơn vị");
            String notice;
            String subject;
            if (stage.overdue()) {
                notice = "Đã quá hạn gửi " + NEEDS_TITLE + due.year() + " (hạn " + date + "): " + unit
                        + " chưa gửi nhu cầu nào. Đề nghị gửi ngay.";
                subject = "Quá hạn gửi " + NEEDS_TITLE + due.year() + " (hạn " + date + ")";
            } else {
                String left = daysLeft(stage);
                notice = "Sắp đến hạn gửi " + NEEDS_TITLE + due.year() + " (hạn " + date + ", " + left + "): " + unit
                        + " chưa gửi nhu cầu nào.";
                subject = "Nhắc hạn gửi " + NEEDS_TITLE + due.year() + ": hạn " + date + " (" + left + ")";
            }
            String body = "Kính gửi Trưởng phòng/đơn vị,\n" + unit + " chưa gửi " + NEEDS_TITLE + due.year()
                    + " cho Văn phòng. Hạn gửi: " + date + (stage.overdue() ? " (đã quá hạn)." : ".")
                    + "\nĐề nghị lập và gửi nhu cầu trên phần mềm Bồi Dưỡng.";
            reminded |= !reminders.remind(key, heads, new Reminders.Message(notice, link, subject, body), at).isEmpty();
        }
        return reminded;
    }

    private boolean remindOfPlan(PendingDueDate due, ReminderSchedule.Due stage, LocalDateTime at) {
        boolean register = due.kind() == DueKind.PLAN_REGISTER;
        List<Long> to = register ? recipients.officeChief(due.agencyId()) : recipients.director(due.agencyId());
        Reminders.Key key = new Reminders.Key("plan:" + due.subjectId(), due.kind().name(), due.dueDate(),
                stage.stage());
        return !reminders.remind(key, to, planMessage(due, register, stage), at).isEmpty();
    }

    private static Reminders.Message planMessage(PendingDueDate due, boolean register, ReminderSchedule.Due stage) {
        String plan = PlanNotices.PLAN_TITLE + due.year();
        String what = register ? "trình " : "phê duyệt ";
        String date = PageHelpers.DATE.format(due.dueDate());
        String link = "/plans/" + due.subjectId();
        String dear = register ? "Kính gửi Chánh Văn phòng,\n" : "Kính gửi Giám đốc Sở,\n";
        String registration = "\nHạn đăng ký với tỉnh: " + PageHelpers.DATE.format(due.registrationDueDate()) + ".";
        if (stage.overdue()) {
            return new Reminders.Message(
                    "Đã quá hạn " + what + plan + " (hạn " + date + ")" + (register
                            ? ": kế hoạch chưa được trình Giám đốc." : ": kế hoạch đã trình, chưa được phê duyệt."),
                    link,
                    "Quá hạn " + what + plan + " (hạn " + date + ")",
                    dear + "Đã quá hạn " + what + plan + " (hạn " + date + ")"
                            + (register ? "; kế hoạch chưa được trình." : "; kế hoạch chờ phê duyệt.") + registration);
        }
        String left = daysLeft(stage);
        return new Reminders.Message(
                "Sắp đến hạn " + what + plan + ": hạn " + date + " (" + left + ").",
                link,
                "Nhắc hạn " + what + plan + ": hạn " + date + " (" + left + ")",
                dear + plan + " cần được " + (register ? "trình Giám đốc phê duyệt" : "phê duyệt") + " trước hạn "
                        + date + " (" + left + ")." + registration);
    }

    private static String daysLeft(ReminderSchedule.Due stage) {
        return stage.daysLeft() == 0 ? "hôm nay là hạn cuối" : "còn " + stage.daysLeft() + " ngày";
    }
}
