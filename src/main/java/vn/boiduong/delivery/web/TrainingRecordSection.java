package vn.boiduong.delivery.web;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.boiduong.common.Actor;
import vn.boiduong.delivery.TrainingRecords;
import vn.boiduong.organization.StaffPageSection;
import vn.boiduong.organization.StaffView;

/** The training record on a staff member's page, for those who may read it (ClassPolicy.readTrainingRecord). */
@Component
class TrainingRecordSection implements StaffPageSection {

    private final TrainingRecords records;

    TrainingRecordSection(TrainingRecords records) {
        this.records = records;
    }

    @Override
    public String template() {
        return "learner/staff-record";
    }

    @Override
    public boolean fill(Model model, Actor actor, StaffView staff) {
        if (!records.mayRead(actor, staff.id())) {
            return false;
        }
        model.addAttribute("trainingRecord", records.of(actor, staff.id()));
        return true;
    }
}
