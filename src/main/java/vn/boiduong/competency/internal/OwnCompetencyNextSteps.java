package vn.boiduong.competency.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.boiduong.common.Actor;
import vn.boiduong.common.Role;
import vn.boiduong.identity.UserDirectory;
import vn.boiduong.procedure.NextStep;
import vn.boiduong.procedure.NextSteps;
import vn.boiduong.procedure.YearProgress;

/**
 * A staff member's own competencies and assessments (B1 starts from them): the home page links her
 * page, which nothing else did.
 */
@Component
class OwnCompetencyNextSteps implements NextSteps {

    private final UserDirectory users;

    OwnCompetencyNextSteps(UserDirectory users) {
        this.users = users;
    }

    @Override
    public List<NextStep> offeredTo(Actor actor, YearProgress year, LocalDate today) {
        if (!actor.has(Role.STAFF)) {
            return List.of();
        }
        return users.staffIdOf(actor.userId())
                .map(id -> List.of(new NextStep("home.todo.myCompetencies", "/competencies/staff/" + id)))
                .orElse(List.of());
    }
}
