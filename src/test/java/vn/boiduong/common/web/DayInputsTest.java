package vn.boiduong.common.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.boiduong.common.InvalidInputException;

class DayInputsTest {

    @Test
    void daysAreReadAsDayMonthYearAndIsoStillWorks() {
        assertThat(DayInputs.parse("d", "17/12/2026")).isEqualTo(LocalDate.of(2026, 12, 17));
        assertThat(DayInputs.parse("d", " 5/3/2026 ")).isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(DayInputs.parse("d", "2026-12-17")).isEqualTo(LocalDate.of(2026, 12, 17));
        assertThat(DayInputs.parse("d", "  ")).isNull();
    }

    @Test
    void aDayThatDoesNotExistIsToldApartFromAWrongFormat() {
        assertThatThrownBy(() -> DayInputs.parse("birthDate", "31/02/1990")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Ngày không tồn tại");
        assertThatThrownBy(() -> DayInputs.parse("birthDate", "2026-02-30")).hasMessageContaining("Ngày không tồn tại");
        assertThatThrownBy(() -> DayInputs.parse("birthDate", "12.02.1990")).hasMessageContaining("dd/MM/yyyy")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("không tồn tại"));
        assertThat(DayInputs.nonexistent("31/02/1990")).isTrue();
        assertThat(DayInputs.nonexistent("28/02/1990")).isFalse();
        assertThat(DayInputs.nonexistent("abc")).isFalse();
    }
}
