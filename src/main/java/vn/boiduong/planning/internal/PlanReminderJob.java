package vn.boiduong.planning.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.boiduong.common.ReminderSchedule;
import vn.boiduong.common.Role;
import vn.boiduong.common.web.PageHelpers;
import vn.boiduong.identity.UserService;
import vn.boiduong.notification.Reminders;
import vn.boiduong.planning.PlanStatus;
import vn.boiduong.planning.TrainingPlan;

/**
 * Every morning ({@code boiduong.reminders.cron}, on one node: ShedLock), reminds the people
 * responsible for the plan's internal due dates (ProcedureService.dueDates): the Office chief of
 * {@code registerBy} while the plan is not submitted (draft or returned), the Director of
 * {@code approveBy} while a submitted plan waits for a decision. Days before and after a miss as
 * common's {@link ReminderSchedule} says; each reminder once ({@link Reminders}). Each plan in its
 * own transaction.
 */
@Component
public class PlanReminderJob {

    static final String LOCK = "plan-due-reminders";
    static final String REGISTER = "PLAN_REGISTER";
    static final String APPROVE = "PLAN_APPROVE";
    private static final Logger log = LoggerFactory.getLogger(PlanReminderJob.class);

    private final PlanRepository plans;
    private final UserService users;
    private final Reminders reminders;
    private final ReminderSchedule schedule;
    private final TransactionTemplate tx;
    private final Clock clock;

    PlanReminderJob(PlanRepository plans, UserService users, Reminders reminders, ReminderSchedule schedule,
            TransactionTemplate tx, Clock clock) {
        this.plans = plans;
        this.users = users;
        this.reminders = reminders;
        this.schedule = schedule;
        this.tx = tx;
        this.clock = clock;
    }

    @Scheduled(cron = "${boiduong.reminders.cron:0 0 7 * * *}", zone = "${boiduong.reminders.zone:Asia/Ho_Chi_Minh}")
    @SchedulerLock(name = LOCK, lockAtLeastFor = "PT5M")
    public void runScheduled() {
        int n = remindFor(LocalDate.now(clock));
        log.info("Plan due-date reminders: {} sent", n);
    }

    /** The run of one day (the tests give the date); returns how many reminders went out. */
    public int remindFor(LocalDate today) {
        LocalDate from = schedule.earliestDue(today);
        LocalDate to = schedule.latestDue(today);
        int sent = 0;
        for (TrainingPlan p : plans.findByRegisterByBetweenAndStatusInOrderById(from, to,
                List.of(PlanStatus.DRAFT, PlanStatus.RETURNED))) {
            sent += remind(p.getId(), REGISTER, today);
        }
        for (TrainingPlan p : plans.findByApproveByBetweenAndStatusInOrderById(from, to,
                List.of(PlanStatus.SUBMITTED))) {
            sent += remind(p.getId(), APPROVE, today);
        }
        return sent;
    }

    private int remind(Long planId, String kind, LocalDate today) {
        try {
            Integer n = tx.execute(s -> {
                // read again inside the transaction: the state may have moved since the query
                TrainingPlan p = plans.findById(planId).orElse(null);
                return p == null ? 0 : remind(p, kind, today);
            });
            return n == null ? 0 : n;
        } catch (RuntimeException e) {
            log.error("Reminder {} of plan {} failed", kind, planId, e);
            return 0;
        }
    }

    private int remind(TrainingPlan p, String kind, LocalDate today) {
        boolean register = REGISTER.equals(kind);
        if (register ? !p.getStatus().editable() : p.getStatus() != PlanStatus.SUBMITTED) {
            return 0;
        }
        LocalDate due = register ? p.getRegisterBy() : p.getApproveBy();
        Optional<ReminderSchedule.Due> stage = schedule.on(due, today);
        if (stage.isEmpty()) {
            return 0;
        }
        Role role = register ? Role.OFFICE_CHIEF : Role.DIRECTOR;
        List<Long> to = users.contacts(p.getAgencyId(), role).stream().map(UserService.Contact::userId).toList();
        Reminders.Message message = message(p, register, due, stage.get());
        return reminders.remind(new Reminders.Key("plan:" + p.getId(), kind, due, stage.get().stage()), to, message,
                LocalDateTime.now(clock)).size();
    }

    static Reminders.Message message(TrainingPlan p, boolean register, LocalDate due, ReminderSchedule.Due stage) {
        String plan = PlanMail.PLAN_TITLE + p.getYear();
        String what = register ? "trình " : "phê duyệt ";
        String date = PageHelpers.DATE.format(due);
        String link = "/plans/" + p.getId();
        if (stage.overdue()) {
            return new Reminders.Message(
                    "Đã quá hạn " + what + plan + " (hạn " + date + ")" + (register
                            ? ": kế hoạch chưa được trình Giám đốc." : ": kế hoạch đã trình, chưa được phê duyệt."),
                    link,
                    "Quá hạn " + what + plan + " (hạn " + date + ")",
                    (register ? "Kính gửi Chánh Văn phòng,\n" : "Kính gửi Giám đốc Sở,\n") + "Đã quá hạn " + what
                            + plan + " (hạn " + date + ")" + (register ? "; kế hoạch chưa được trình." : "; kế hoạch chờ phê duyệt.")
                            + "\nHạn đăng ký với tỉnh: " + PageHelpers.DATE.format(p.getRegistrationDueDate()) + ".");
        }
        String left = stage.daysLeft() == 0 ? "hôm nay là hạn cuối" : "còn " + stage.daysLeft() + " ngày";
        return new Reminders.Message(
                "Sắp đến hạn " + what + plan + ": hạn " + date + " (" + left + ").",
                link,
                "Nhắc hạn " + what + plan + ": hạn " + date + " (" + left + ")",
                (register ? "Kính gửi Chánh Văn phòng,\n" : "Kính gửi Giám đốc Sở,\n") + plan + " cần được "
                        + (register ? "trình Giám đốc phê duyệt" : "phê duyệt") + " trước hạn " + date + " (" + left
                        + ").\nHạn đăng ký với tỉnh: " + PageHelpers.DATE.format(p.getRegistrationDueDate()) + ".");
    }
}
