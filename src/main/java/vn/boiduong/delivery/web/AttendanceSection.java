package vn.boiduong.delivery.web;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.boiduong.common.Actor;
import vn.boiduong.delivery.AttendanceService;
import vn.boiduong.delivery.ClassDetail;
import vn.boiduong.delivery.TrainingClass;
import vn.boiduong.planning.ItemKind;

/** The attendance grid on the class's page (a hosted class with sessions), a learner's row saved at a time. */
@Component
class AttendanceSection implements ClassPageSection {

    private final AttendanceService attendance;

    AttendanceSection(AttendanceService attendance) {
        this.attendance = attendance;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String template() {
        return "classes/attendance";
    }

    @Override
    public boolean fill(Model model, Actor actor, TrainingClass c, ClassDetail detail) {
        if (c.getKind() != ItemKind.HOSTED || detail.sessions().isEmpty()) {
            return false;
        }
        model.addAttribute("attendance", attendance.grid(actor, c.getId()));
        model.addAttribute("presences", vn.boiduong.delivery.Presence.values());
        return true;
    }
}
