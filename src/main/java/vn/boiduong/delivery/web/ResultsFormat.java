package vn.boiduong.delivery.web;

import java.math.BigDecimal;
import org.springframework.stereotype.Component;
import vn.boiduong.delivery.CompletionRule;

/** Numbers of the results' pages in Vietnamese: a decimal comma, no trailing zeros ("8,5", "16", "80 %"). */
@Component("resultsFormat")
public class ResultsFormat {

    public String number(BigDecimal n) {
        if (n == null) {
            return "";
        }
        BigDecimal x = n.stripTrailingZeros();
        return (x.scale() < 0 ? x.setScale(0) : x).toPlainString().replace('.', ',');
    }

    public String hours(double h) {
        return number(BigDecimal.valueOf(h).setScale(2, java.math.RoundingMode.HALF_UP));
    }

    public String percent(Double share) {
        return share == null ? "" : CompletionRule.percent(share);
    }
}
