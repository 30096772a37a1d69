package vn.boiduong.competency.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which level a person must have: from their post, grade and title, the highest wins; without Spring. */
class RequirementIndexTest {

    @Test
    void theRequiredLevelIsTheHighestOfPositionGradeAndTitle() throws ReflectiveOperationException {
        JobPosition specialist = new JobPosition(1L, "Chuyên viên", null);
        var id = JobPosition.class.getDeclaredField("id"); // the database would assign it
        id.setAccessible(true);
        id.set(specialist, 5L);
        RequirementIndex index = new RequirementIndex(java.util.List.of(specialist), java.util.List.of(
                RequiredCompetency.forJobPosition(10L, 5L, 3), RequiredCompetency.forGrade(10L, "01.002", 4),
                RequiredCompetency.forTitle(11L, "Lưu trữ viên", 3)));
        // the post matches without regard to case or diacritics
        assertThat(index.required("chuyen vien", "01.002", null)).containsEntry(10L, 4).doesNotContainKey(11L);
        assertThat(index.required("Chuyên viên", "01.003", null)).containsEntry(10L, 3);
        assertThat(index.required("Nhân viên", null, "Lưu trữ viên")).containsOnlyKeys(11L);
        assertThat(index.sources("Chuyên viên", "01.002", null, 10L)).extracting(RequirementIndex.Source::describe)
                .containsExactly("ngạch 01.002 (mức 4)", "vị trí việc làm Chuyên viên (mức 3)");
    }
}
