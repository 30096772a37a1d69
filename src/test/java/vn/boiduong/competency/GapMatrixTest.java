package vn.boiduong.competency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The gap arithmetic and the page's filters, without Spring. */
class GapMatrixTest {

    static final GapMatrix.CompetencyRef QLNN = new GapMatrix.CompetencyRef(1L, "KT-QLNN", "QLNN",
            CompetencyGroup.KNOWLEDGE);
    static final GapMatrix.CompetencyRef ETHICS = new GapMatrix.CompetencyRef(2L, "KN-DDCV", "Đạo đức",
            CompetencyGroup.SKILLS_ETHICS);

    @Test
    void aGapIsRequiredMinusCurrentNeverBelowZeroAndUnassessedCountsAsZero() {
        assertThat(GapMatrix.Gap.of(1L, 4, 2).gap()).isEqualTo(2);
        assertThat(GapMatrix.Gap.of(1L, 3, 5).gap()).isZero();
        assertThat(GapMatrix.Gap.of(1L, 3, null).gap()).isEqualTo(3);
    }

    @Test
    void filteringByGroupKeepsItsColumnsAndOnlyPeopleWithAGapInThem() {
        var an = new GapMatrix.StaffGaps(10L, "A", "An", "Chuyên viên",
                List.of(GapMatrix.Gap.of(1L, 3, 3), GapMatrix.Gap.of(2L, 4, 2)));
        var binh = new GapMatrix.StaffGaps(11L, "B", "Bình", "Chuyên viên",
                List.of(GapMatrix.Gap.of(1L, 3, 1), GapMatrix.Gap.of(2L, 4, 4)));
        var m = new GapMatrix(5L, "Phòng", 2025, LocalDate.of(2025, 12, 31), List.of(QLNN, ETHICS), List.of(an, binh));

        var ethics = m.filter(CompetencyGroup.SKILLS_ETHICS, true);
        assertThat(ethics.competencies()).containsExactly(ETHICS);
        assertThat(ethics.staff()).extracting(GapMatrix.StaffGaps::fullName).containsExactly("An");
        assertThat(ethics.staff().get(0).gaps()).hasSize(1);
        assertThat(m.filter(CompetencyGroup.KNOWLEDGE, true).staff()).extracting(GapMatrix.StaffGaps::fullName)
                .containsExactly("Bình");
        assertThat(m.filter(null, false).staff()).hasSize(2);
        assertThat(m.filter(null, true).staff()).hasSize(2);
        assertThat(binh.gapIn(2L).gap()).isZero();
        assertThat(binh.gapIn(99L)).isNull();
    }

    @Test
    void aSuggestedTitleReadsAsACourse() {
        assertThat(NeedSuggestions.titleFor("Kỹ năng số")).isEqualTo("Bồi dưỡng kỹ năng số");
        assertThat(NeedSuggestions.titleFor("Đạo đức công vụ")).isEqualTo("Bồi dưỡng đạo đức công vụ");
        assertThat(NeedSuggestions.titleFor("QLNN nâng cao")).isEqualTo("Bồi dưỡng QLNN nâng cao");
    }
}
