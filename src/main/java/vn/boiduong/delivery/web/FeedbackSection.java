package vn.boiduong.delivery.web;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.boiduong.common.Actor;
import vn.boiduong.delivery.ClassDetail;
import vn.boiduong.delivery.ClassPolicy;
import vn.boiduong.delivery.ClassStatus;
import vn.boiduong.delivery.CourseFeedback;
import vn.boiduong.delivery.TrainingClass;

/** The class page's feedback results (Office, Director), once the class is finished: no names. */
@Component
class FeedbackSection implements ClassPageSection {

    private final CourseFeedback feedback;
    private final ClassPolicy policy;

    FeedbackSection(CourseFeedback feedback, ClassPolicy policy) {
        this.feedback = feedback;
        this.policy = policy;
    }

    @Override
    public int order() {
        return 80;
    }

    @Override
    public String template() {
        return "classes/feedback";
    }

    @Override
    public boolean fill(Model model, Actor actor, TrainingClass c, ClassDetail detail) {
        if (!policy.readFeedback(actor, c).isAllowed()
                || c.getStatus() != ClassStatus.FINISHED && c.getStatus() != ClassStatus.CLOSED) {
            return false;
        }
        model.addAttribute("feedback", feedback.summary(actor, c.getId()));
        return true;
    }
}
