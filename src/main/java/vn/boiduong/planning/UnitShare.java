package vn.boiduong.planning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An item's headcount and budget split over the units whose needs it serves, in proportion to
 * each need's headcount (largest remainder, so the parts add up to the item exactly). An item that
 * serves no need counts under "Chưa gắn nhu cầu". Forms 2a/2b count by unit the same way.
 */
public record UnitShare(String key, Long unitId, String unitName, int headcount, long budget) {

    public static final String UNASSIGNED_KEY = "none";
    public static final String UNASSIGNED_LABEL = "Chưa gắn nhu cầu";

    public static List<UnitShare> split(int headcount, long budget, List<ServedNeed> needs) {
        Map<Long, String> names = new LinkedHashMap<>();
        Map<Long, Integer> weights = new LinkedHashMap<>();
        for (ServedNeed n : needs) {
            names.put(n.unitId(), n.unitName());
            weights.merge(n.unitId(), Math.max(n.headcount(), 0), Integer::sum);
        }
        int totalWeight = weights.values().stream().mapToInt(Integer::intValue).sum();
        if (weights.isEmpty() || totalWeight == 0) {
            return List.of(new UnitShare(UNASSIGNED_KEY, null, UNASSIGNED_LABEL, headcount, budget));
        }
        List<Long> units = new ArrayList<>(weights.keySet());
        int[] heads = largestRemainder(headcount, units.stream().mapToLong(weights::get).toArray(), totalWeight);
        long[] money = apportion(budget, units.stream().mapToLong(weights::get).toArray(), totalWeight);
        List<UnitShare> out = new ArrayList<>();
        for (int k = 0; k < units.size(); k++) {
            Long u = units.get(k);
            out.add(new UnitShare(String.valueOf(u), u, names.get(u), heads[k], money[k]));
        }
        return out;
    }

    private static int[] largestRemainder(int total, long[] weights, long sum) {
        long[] r = apportion(total, weights, sum);
        int[] out = new int[r.length];
        for (int i = 0; i < r.length; i++) {
            out[i] = (int) r[i];
        }
        return out;
    }

    /**
     * {@code total} split in proportion to {@code weights} (which add up to {@code sum} &gt; 0) by the
     * largest remainder, so that the parts add up to the total exactly.
     */
    public static long[] apportion(long total, long[] weights, long sum) {
        long[] out = new long[weights.length];
        double[] rest = new double[weights.length];
        long given = 0;
        for (int i = 0; i < weights.length; i++) {
            double exact = (double) total * weights[i] / sum;
            out[i] = (long) Math.floor(exact);
            rest[i] = exact - out[i];
            given += out[i];
        }
        for (long left = total - given; left > 0; left--) {
            int best = 0;
            for (int i = 1; i < rest.length; i++) {
                if (rest[i] > rest[best]) {
                    best = i;
                }
            }
            out[best]++;
            rest[best] = -1;
        }
        return out;
    }
}
