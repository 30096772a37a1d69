package vn.boiduong.documents.internal;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;

/** Numbers as Vietnamese documents print them: "1.250.000", "12,5". */
public final class NumberText {

    private NumberText() {
    }

    public static String format(BigDecimal n) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('-');
        // DecimalFormat is not thread-safe and cheap to make; three decimals cover money in millions.
        DecimalFormat format = new DecimalFormat("#,##0.###", symbols);
        format.setParseBigDecimal(true);
        return format.format(n);
    }

    /** Decimal places worth showing, at most three: 12.50 → 1, 7 → 0. */
    public static int decimals(BigDecimal n) {
        int scale = n.stripTrailingZeros().scale();
        return Math.max(0, Math.min(3, scale));
    }
}
