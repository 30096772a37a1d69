package vn.boiduong.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BarChartTest {

    record Item(String name, long amount) {
    }

    @Test
    void barsAreProportionalToTheLargestAndLongLabelsAreShortened() {
        BarChart c = BarChart.of("Kinh phí", List.of(new Item("Lý luận chính trị", 200), new Item(
                "Kiến thức, kỹ năng theo yêu cầu vị trí việc làm của công chức", 50), new Item("Khác", 0)),
                Item::name, Item::amount, PageHelpers::vnd);
        assertThat(c.bars()).extracting(BarChart.Bar::percent).containsExactly(100.0, 25.0, 0.0);
        assertThat(c.bars().get(0).width()).isEqualTo("65.00%");
        assertThat(c.bars().get(1).width()).isEqualTo("16.25%");
        assertThat(c.bars().get(2).width()).isEqualTo("0.00%");
        assertThat(c.bars().get(1).label()).hasSize(BarChart.LABEL_MAX).endsWith("…");
        assertThat(c.bars().get(1).fullLabel()).endsWith("của công chức");
        assertThat(c.bars().get(0).display()).isEqualTo("200 đ");
        assertThat(c.height()).isEqualTo(3 * BarChart.ROW_HEIGHT + 4);
        assertThat(c.isEmpty()).isFalse();
        assertThat(BarChart.of("x", List.of(new Item("a", 0)), Item::name, Item::amount, String::valueOf).isEmpty())
                .isTrue();
    }
}
