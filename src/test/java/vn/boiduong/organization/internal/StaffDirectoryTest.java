package vn.boiduong.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Sort;
import vn.boiduong.organization.Gender;
import vn.boiduong.organization.StaffCategory;
import vn.boiduong.organization.StaffView;

class StaffDirectoryTest {

    private static StaffDirectory.Entry entry(long id, long unit, boolean active, String text, int rank) {
        StaffView view = new StaffView(id, "C" + id, text, unit, "Đơn vị " + unit,
                id % 2 == 0 ? StaffCategory.CIVIL_SERVANT : StaffCategory.WORKER, Gender.FEMALE,
                LocalDate.of(1990, 1, (int) id), false, null, null, null, null, false, null, null, null, null, null,
                active, 0);
        return new StaffDirectory.Entry(view, text, rank);
    }

    private static final StaffDirectory.Snapshot SNAPSHOT = StaffDirectory.Snapshot.of(7, List.of(
            entry(1, 10, true, "nguyen thi lan snv.1", 0),
            entry(2, 10, true, "tran van an snv.2", 1),
            entry(3, 11, false, "le thi an snv.3", 2),
            entry(4, 11, true, "anh an an snv.4", 3)));

    private static List<Long> ids(List<StaffDirectory.Entry> entries) {
        return entries.stream().map(StaffDirectory.Entry::id).toList();
    }

    @Test
    void findsEveryPersonWhoseTextHoldsTheTermOnceAndInNameOrder() {
        assertThat(ids(SNAPSHOT.matching("an", e -> true))).containsExactly(1L, 2L, 3L, 4L);
        assertThat(ids(SNAPSHOT.matching("thi", e -> true))).containsExactly(1L, 3L);
        assertThat(ids(SNAPSHOT.matching("snv.4", e -> true))).containsExactly(4L);
        assertThat(ids(SNAPSHOT.matching("nguyen thi lan snv.1", e -> true))).containsExactly(1L);
    }

    @Test
    void aTermNeverMatchesAcrossTwoPeople() {
        // "snv.1" + separator + "tran": only a match that spans two texts would find it
        assertThat(SNAPSHOT.matching("snv.1\u0001tran", e -> true)).isEmpty();
        assertThat(SNAPSHOT.matching("snv.1tran", e -> true)).isEmpty();
        assertThat(SNAPSHOT.matching("khong co", e -> true)).isEmpty();
    }

    @Test
    void noTermListsEveryoneAndTheFilterAppliesToMatchesToo() {
        assertThat(ids(SNAPSHOT.matching(null, e -> true))).containsExactly(1L, 2L, 3L, 4L);
        assertThat(ids(SNAPSHOT.matching("", StaffDirectory.Entry::active))).containsExactly(1L, 2L, 4L);
        assertThat(ids(SNAPSHOT.matching("an", e -> e.unitId() == 11 && e.active()))).containsExactly(4L);
    }

    @Test
    void ordersLikeTheDatabaseWithTheIdLast() {
        List<StaffDirectory.Entry> all = new java.util.ArrayList<>(SNAPSHOT.matching(null, e -> true));
        all.sort(StaffDirectory.comparator(Sort.by(Sort.Order.desc("category"))));
        assertThat(ids(all)).containsExactly(1L, 3L, 2L, 4L); // WORKER before CIVIL_SERVANT, then by id
        all.sort(StaffDirectory.comparator(Sort.by(Sort.Order.desc("birthDate"))));
        assertThat(ids(all)).containsExactly(4L, 3L, 2L, 1L);
    }
}
