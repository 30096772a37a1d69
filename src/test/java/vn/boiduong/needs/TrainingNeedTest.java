package vn.boiduong.needs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.boiduong.common.Actor;
import vn.boiduong.common.ForbiddenException;
import vn.boiduong.common.IllegalTransitionException;
import vn.boiduong.common.InvalidInputException;
import vn.boiduong.common.Role;
import vn.boiduong.common.TrainingCategory;

/** The aggregate's rules without Spring: states, rights and the events each transition registers. */
class TrainingNeedTest {

    static final long AGENCY = 1L;
    static final long UNIT = 10L;
    static final long OTHER_UNIT = 11L;
    static final LocalDateTime T = LocalDateTime.of(2026, 3, 1, 9, 0);
    static final NeedPolicy POLICY = new NeedPolicy();

    static final Actor HEAD = new Actor(1L, "tp", "Trưởng phòng", EnumSet.of(Role.UNIT_HEAD, Role.STAFF), UNIT, AGENCY);
    static final Actor OTHER_HEAD = new Actor(2L, "tp2", "Trưởng phòng khác", EnumSet.of(Role.UNIT_HEAD), OTHER_UNIT,
            AGENCY);
    static final Actor SPECIALIST = new Actor(3L, "cv", "Chuyên viên", EnumSet.of(Role.OFFICE_SPECIALIST), 99L, AGENCY);
    static final Actor CHIEF = new Actor(4L, "cvp", "Chánh VP", EnumSet.of(Role.OFFICE_CHIEF), 99L, AGENCY);
    static final Actor STAFF = new Actor(5L, "nv", "Nhân viên", EnumSet.of(Role.STAFF), UNIT, AGENCY);
    static final Actor FOREIGN_OFFICE = new Actor(6L, "x", "Khác", EnumSet.of(Role.OFFICE_SPECIALIST), 1L, 2L);

    static NeedData data(TrainingCategory category, String level, Integer headcount, List<Long> staff) {
        return new NeedData(2026, UNIT, "  Bồi dưỡng   kỹ năng số ", category, level, headcount, staff, 2, 1_250_000L,
                null, null);
    }

    static TrainingNeed draft() {
        return TrainingNeed.draft(POLICY, HEAD, AGENCY, data(TrainingCategory.DIGITAL, null, 3, List.of()), T);
    }

    @Test
    void aNewNeedIsADraftWithItsTitleTidied() {
        TrainingNeed n = draft();
        assertThat(n.getStatus()).isEqualTo(NeedStatus.DRAFT);
        assertThat(n.getTitle()).isEqualTo("Bồi dưỡng kỹ năng số");
        assertThat(n.getHeadcount()).isEqualTo(3);
        assertThat(n.takeEvents()).isEmpty();
    }

    @Test
    void namedPeopleSetTheHeadcount() {
        TrainingNeed n = TrainingNeed.draft(POLICY, HEAD, AGENCY, data(TrainingCategory.DIGITAL, null, 9, List.of(7L, 8L, 7L)),
                T);
        assertThat(n.getHeadcount()).isEqualTo(2);
        assertThat(n.getStaffIds()).containsExactly(7L, 8L);
    }

    @Test
    void levelMustBelongToTheCategory() {
        assertThatThrownBy(() -> TrainingNeed.draft(POLICY, HEAD, AGENCY, data(TrainingCategory.POLITICAL_THEORY, "MASTER", 1,
                List.of()), T)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors().get(0).field()).isEqualTo("level"));
        assertThatThrownBy(() -> TrainingNeed.draft(POLICY, HEAD, AGENCY, data(TrainingCategory.DIGITAL, "ADVANCED", 1,
                List.of()), T)).isInstanceOf(InvalidInputException.class);
        assertThat(TrainingNeed.draft(POLICY, HEAD, AGENCY, data(TrainingCategory.POLITICAL_THEORY, "ADVANCED", 1, List.of()),
                T).getLevel()).isEqualTo("ADVANCED");
    }

    @Test
    void withoutPeopleAHeadcountIsRequired() {
        assertThatThrownBy(() -> TrainingNeed.draft(POLICY, HEAD, AGENCY, data(TrainingCategory.DIGITAL, null, null,
                List.of()), T)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void onlyTheUnitsHeadOrTheOfficeSpecialistWrites() {
        assertThatThrownBy(() -> TrainingNeed.draft(POLICY, OTHER_HEAD, AGENCY, data(TrainingCategory.DIGITAL, null, 1,
                List.of()), T)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> TrainingNeed.draft(POLICY, STAFF, AGENCY, data(TrainingCategory.DIGITAL, null, 1,
                List.of()), T)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> TrainingNeed.draft(POLICY, CHIEF, AGENCY, data(TrainingCategory.DIGITAL, null, 1,
                List.of()), T)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> TrainingNeed.draft(POLICY, FOREIGN_OFFICE, AGENCY, data(TrainingCategory.DIGITAL, null, 1,
                List.of()), T)).isInstanceOf(ForbiddenException.class);
        assertThat(TrainingNeed.draft(POLICY, SPECIALIST, AGENCY, data(TrainingCategory.DIGITAL, null, 1, List.of()), T)
                .getCreatedBy()).isEqualTo("cv");
    }

    @Test
    void submittingTwiceIsAnIllegalTransition() {
        TrainingNeed n = draft();
        n.submit(POLICY, HEAD, T.plusDays(1));
        assertThat(n.getStatus()).isEqualTo(NeedStatus.SUBMITTED);
        assertThat(n.getFirstSubmittedAt()).isEqualTo(T.plusDays(1));
        assertThat(n.takeEvents()).singleElement().isInstanceOf(NeedSubmitted.class);
        assertThatThrownBy(() -> n.submit(POLICY, HEAD, T.plusDays(2))).isInstanceOf(IllegalTransitionException.class);
        assertThat(n.takeEvents()).isEmpty();
    }

    @Test
    void onlyTheHeadOfTheUnitSubmits() {
        TrainingNeed n = draft();
        assertThatThrownBy(() -> n.submit(POLICY, SPECIALIST, T)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> n.submit(POLICY, OTHER_HEAD, T)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> n.submit(POLICY, STAFF, T)).isInstanceOf(ForbiddenException.class);
        assertThat(n.getStatus()).isEqualTo(NeedStatus.DRAFT);
    }

    @Test
    void returnedNeedCanBeEditedAndResubmitted() {
        TrainingNeed n = draft();
        n.submit(POLICY, HEAD, T);
        assertThatThrownBy(() -> n.update(POLICY, HEAD, data(TrainingCategory.DIGITAL, null, 5, List.of()), T))
                .isInstanceOf(IllegalTransitionException.class);
        n.returnTo(POLICY, SPECIALIST, "  Thiếu căn cứ kinh phí  ", T.plusDays(1));
        assertThat(n.getStatus()).isEqualTo(NeedStatus.RETURNED);
        assertThat(n.getReturnReason()).isEqualTo("Thiếu căn cứ kinh phí");
        n.update(POLICY, HEAD, data(TrainingCategory.DIGITAL, null, 5, List.of()), T.plusDays(2));
        assertThat(n.getHeadcount()).isEqualTo(5);
        n.submit(POLICY, HEAD, T.plusDays(3));
        assertThat(n.getStatus()).isEqualTo(NeedStatus.SUBMITTED);
        assertThat(n.getReturnReason()).isNull();
        assertThat(n.getFirstSubmittedAt()).isEqualTo(T);
        assertThat(n.getSubmittedAt()).isEqualTo(T.plusDays(3));
        assertThat(n.takeEvents()).extracting(Object::getClass).containsExactly(NeedSubmitted.class,
                NeedReturned.class, NeedSubmitted.class);
    }

    @Test
    void returnNeedsTheOfficeAndAReason() {
        TrainingNeed n = draft();
        assertThatThrownBy(() -> n.returnTo(POLICY, SPECIALIST, "lý do", T)).isInstanceOf(IllegalTransitionException.class);
        n.submit(POLICY, HEAD, T);
        assertThatThrownBy(() -> n.returnTo(POLICY, HEAD, "lý do", T)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> n.returnTo(POLICY, SPECIALIST, "   ", T)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> n.returnTo(POLICY, CHIEF, "x".repeat(1001), T)).isInstanceOf(InvalidInputException.class);
        n.returnTo(POLICY, CHIEF, "Trùng với nhu cầu năm trước", T);
        NeedReturned e = (NeedReturned) n.takeEvents().get(1);
        assertThat(e.reason()).isEqualTo("Trùng với nhu cầu năm trước");
        assertThat(e.unitId()).isEqualTo(UNIT);
    }

    @Test
    void acceptedNeedIsFinal() {
        TrainingNeed n = draft();
        n.submit(POLICY, HEAD, T);
        assertThatThrownBy(() -> n.accept(POLICY, HEAD, T)).isInstanceOf(ForbiddenException.class);
        n.accept(POLICY, SPECIALIST, T);
        assertThat(n.getStatus()).isEqualTo(NeedStatus.ACCEPTED);
        assertThat(n.takeEvents()).last().isInstanceOf(NeedAccepted.class);
        assertThatThrownBy(() -> n.accept(POLICY, SPECIALIST, T)).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> n.returnTo(POLICY, SPECIALIST, "muộn", T)).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> n.submit(POLICY, HEAD, T)).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> POLICY.edit(HEAD, n).orThrow()).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void onlyAcceptedNeedsAreMergedAndOnlyOnce() {
        TrainingNeed n = draft();
        assertThatThrownBy(() -> n.mergeInto(5L)).isInstanceOf(IllegalTransitionException.class);
        n.submit(POLICY, HEAD, T);
        n.accept(POLICY, SPECIALIST, T);
        n.mergeInto(5L);
        assertThat(n.getConsolidatedNeedId()).isEqualTo(5L);
        assertThatThrownBy(() -> n.mergeInto(6L)).isInstanceOf(IllegalTransitionException.class);
        n.unmerge();
        assertThat(n.getConsolidatedNeedId()).isNull();
    }

    @Test
    void aUnitCannotBeChangedByAnEdit() {
        TrainingNeed n = draft();
        NeedData moved = new NeedData(2026, OTHER_UNIT, "X", TrainingCategory.OTHER, null, 1, List.of(), null, 0L,
                null, null);
        assertThatThrownBy(() -> n.update(POLICY, SPECIALIST, moved, T)).isInstanceOf(InvalidInputException.class);
    }
}
