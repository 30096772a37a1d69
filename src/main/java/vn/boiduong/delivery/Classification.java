package vn.boiduong.delivery;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The score bands in force (table {@code result_classification}, by the class's end date): a score
 * takes the label of the highest band whose minimum it reaches, e.g. ≥ 9 Xuất sắc, ≥ 8 Giỏi, ≥ 6,5
 * Khá, ≥ 5 Trung bình, below Không đạt. A score in a band that is not passing cannot be COMPLETED.
 */
public record Classification(List<Band> bands) {

    /** One band: from {@code minScore} (inclusive), its label, whether it passes. */
    public record Band(BigDecimal minScore, String label, boolean passing) {
        public Band {
            Objects.requireNonNull(minScore, "minScore");
            Objects.requireNonNull(label, "label");
        }
    }

    public static final BigDecimal MAX_SCORE = BigDecimal.TEN;

    public Classification {
        bands = bands.stream().sorted(Comparator.comparing(Band::minScore).reversed()).toList();
        if (bands.isEmpty() || bands.get(bands.size() - 1).minScore().signum() != 0) {
            throw new IllegalArgumentException("the lowest band must start at 0: " + bands);
        }
    }

    /** The band of a score between 0 and 10. */
    public Band of(BigDecimal score) {
        Objects.requireNonNull(score, "score");
        for (Band b : bands) {
            if (score.compareTo(b.minScore()) >= 0) {
                return b;
            }
        }
        throw new IllegalArgumentException("score below 0: " + score);
    }

    /**
     * Why a score is not acceptable (null if it is): between 0 and 10, at most one decimal.
     */
    public static String invalid(BigDecimal score) {
        if (score == null) {
            return null;
        }
        if (score.signum() < 0 || score.compareTo(MAX_SCORE) > 0) {
            return "Điểm phải từ 0 đến 10.";
        }
        if (score.stripTrailingZeros().scale() > 1) {
            return "Điểm chỉ có một chữ số thập phân (ví dụ 8,5).";
        }
        return null;
    }
}
