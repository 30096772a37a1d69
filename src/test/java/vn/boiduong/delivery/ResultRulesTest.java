package vn.boiduong.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules of results without Spring: the completion share, the score bands, the certificate number. */
class ResultRulesTest {

    private static final Classification BANDS = new Classification(List.of(
            new Classification.Band(new BigDecimal("5.0"), "Trung bình", true),
            new Classification.Band(new BigDecimal("9.0"), "Xuất sắc", true),
            new Classification.Band(new BigDecimal("0.0"), "Không đạt", false),
            new Classification.Band(new BigDecimal("6.5"), "Khá", true),
            new Classification.Band(new BigDecimal("8.0"), "Giỏi", true)));

    @Test
    void completionShareIsComparedExactlyAndMeetsAtTheMinimum() {
        CompletionRule rule = new CompletionRule(new BigDecimal("0.80"));
        assertThat(rule.met(4, 5)).isTrue();
        assertThat(rule.met(3, 5)).isFalse();
        assertThat(rule.met(8, 10)).isTrue();
        assertThat(rule.met(7, 9)).isFalse(); // 77,8 %
        assertThat(rule.met(0, 0)).as("no sessions: nothing to judge").isTrue();
        assertThat(CompletionRule.share(4, 5)).isEqualTo(0.8);
        assertThat(CompletionRule.share(1, 0)).isNull();
        assertThat(rule.percent()).isEqualTo("80 %");
        assertThat(CompletionRule.percent(2.0 / 3)).isEqualTo("66,7 %");
        assertThat(new CompletionRule(BigDecimal.ONE).met(9, 10)).isFalse();
        assertThatThrownBy(() -> new CompletionRule(new BigDecimal("1.2"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void scoresTakeTheHighestBandTheyReach() {
        assertThat(BANDS.of(new BigDecimal("10")).label()).isEqualTo("Xuất sắc");
        assertThat(BANDS.of(new BigDecimal("9.0")).label()).isEqualTo("Xuất sắc");
        assertThat(BANDS.of(new BigDecimal("8.9")).label()).isEqualTo("Giỏi");
        assertThat(BANDS.of(new BigDecimal("8")).label()).isEqualTo("Giỏi");
        assertThat(BANDS.of(new BigDecimal("6.5")).label()).isEqualTo("Khá");
        assertThat(BANDS.of(new BigDecimal("6.4")).label()).isEqualTo("Trung bình");
        assertThat(BANDS.of(new BigDecimal("5.0")).label()).isEqualTo("Trung bình");
        assertThat(BANDS.of(new BigDecimal("4.9")).label()).isEqualTo("Không đạt");
        assertThat(BANDS.of(new BigDecimal("4.9")).passing()).isFalse();
        assertThat(BANDS.of(BigDecimal.ZERO).label()).isEqualTo("Không đạt");
        assertThatThrownBy(() -> new Classification(List.of(new Classification.Band(BigDecimal.ONE, "x", true))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void scoresAreZeroToTenWithOneDecimal() {
        assertThat(Classification.invalid(new BigDecimal("8.5"))).isNull();
        assertThat(Classification.invalid(new BigDecimal("10.0"))).isNull();
        assertThat(Classification.invalid(new BigDecimal("8.50"))).as("a trailing zero is one decimal").isNull();
        assertThat(Classification.invalid(new BigDecimal("8.55"))).contains("một chữ số thập phân");
        assertThat(Classification.invalid(new BigDecimal("10.5"))).contains("từ 0 đến 10");
        assertThat(Classification.invalid(new BigDecimal("-1"))).contains("từ 0 đến 10");
        assertThat(Classification.invalid(null)).isNull();
    }

    @Test
    void certificateNumbersFollowTheFormatKeptAsData() {
        CertificateNumberFormat f = new CertificateNumberFormat("{seq}/{year}/GCN-{agency}", null);
        assertThat(f.format(12, 2026, "SNV")).isEqualTo("12/2026/GCN-SNV");
        assertThat(f.format(1, 2027, " SNV ")).isEqualTo("1/2027/GCN-SNV");
        assertThat(new CertificateNumberFormat("{seq2}/GCN-{agency}", 24).format(5, 2026, "SNV"))
                .isEqualTo("05/GCN-SNV");
        assertThatThrownBy(() -> new CertificateNumberFormat("{year}/GCN", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> f.format(0, 2026, "SNV")).isInstanceOf(IllegalArgumentException.class);
    }
}
