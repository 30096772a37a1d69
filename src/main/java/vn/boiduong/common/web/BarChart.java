package vn.boiduong.common.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * A horizontal bar chart drawn on the server as SVG (fragments/chart.html): no script, no CDN, and
 * the strict CSP holds (SVG attributes, not inline styles). The numbers stay in the table beside it;
 * the chart is for seeing at a glance which category or unit takes the money.
 *
 * @param title read by screen readers (aria-label) and shown as the caption
 */
public record BarChart(String title, List<Bar> bars) {

    static final int LABEL_MAX = 60;
    static final int ROW_HEIGHT = 38;

    /**
     * @param percent the bar's length relative to the largest, 0–100
     * @param label   shortened to fit; {@code fullLabel} is the tooltip
     */
    public record Bar(String label, String fullLabel, long value, String display, double percent) {

        // each bar takes two lines: its label, then the bar with the figure after it, so that a
        // narrow column (a third of the page) still has room for both

        public int labelY(int index) {
            return index * ROW_HEIGHT + 13;
        }

        public int y(int index) {
            return index * ROW_HEIGHT + 18;
        }

        public int valueY(int index) {
            return index * ROW_HEIGHT + 30;
        }

        /** The bar's length in % of the chart's width (the longest 65 %, leaving room for the figure). */
        public String width() {
            return String.format(java.util.Locale.ROOT, "%.2f%%", Math.max(percent * 0.65, value > 0 ? 0.5 : 0));
        }

        public String valueX() {
            return String.format(java.util.Locale.ROOT, "%.2f%%", Math.max(percent * 0.65, 0.5) + 1.5);
        }
    }

    public int height() {
        return Math.max(1, bars.size()) * ROW_HEIGHT + 4;
    }

    public boolean isEmpty() {
        return bars.stream().allMatch(b -> b.value() == 0);
    }

    public static <T> BarChart of(String title, List<T> items, Function<T, String> label, ToLongFunction<T> value,
            Function<Long, String> display) {
        long max = items.stream().mapToLong(value).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        for (T item : items) {
            String full = label.apply(item);
            long v = value.applyAsLong(item);
            String shortLabel = full.length() > LABEL_MAX ? full.substring(0, LABEL_MAX - 1) + "…" : full;
            bars.add(new Bar(shortLabel, full, v, display.apply(v), max <= 0 ? 0 : 100.0 * v / max));
        }
        return new BarChart(title, bars);
    }
}
