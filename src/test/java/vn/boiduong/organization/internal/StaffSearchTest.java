package vn.boiduong.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Sort;
import vn.boiduong.organization.StaffService;

class StaffSearchTest {

    @Test
    void fewMatchesAreSortedWithoutAnIndexOrderManyWithIt() {
        assertThat(StaffSearch.orderBy(StaffService.DEFAULT_SORT, true))
                .isEqualTo(" order by concat(s.nameSortKey, '') asc, s.id asc");
        assertThat(StaffSearch.orderBy(StaffService.DEFAULT_SORT, false)).isEqualTo(" order by s.nameSortKey asc, s.id asc");
    }

    @Test
    void alwaysEndsWithTheIdSoThatPagesAreStable() {
        assertThat(StaffSearch.orderBy(Sort.by(Sort.Direction.DESC, "birthDate"), false))
                .isEqualTo(" order by s.birthDate desc, s.id asc");
    }

    @Test
    void refusesAnythingButKnownProperties() {
        assertThatThrownBy(() -> StaffSearch.orderBy(Sort.by("fullName); drop table staff; --"), false))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
