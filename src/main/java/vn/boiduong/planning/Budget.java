package vn.boiduong.planning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An item's budget in VND: either only a total, or the cost lines of Circular 36/2018/TT-BTC
 * (lecturer fees, materials, hall, accommodation and travel, certificates, management) plus the
 * tuition an external course charges; the total is then their sum.
 */
public record Budget(Long lecturerFees, Long materials, Long hall, Long travel, Long certificates, Long management,
        Long tuition, long total) {

    public static final Map<String, String> LINE_LABELS = linesLabels();

    private static Map<String, String> linesLabels() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("lecturerFees", "Thù lao giảng viên, báo cáo viên");
        m.put("materials", "Tài liệu");
        m.put("hall", "Thuê hội trường, phòng học, thiết bị");
        m.put("travel", "Ăn, ở, đi lại");
        m.put("certificates", "Chứng chỉ, giấy chứng nhận");
        m.put("management", "Chi phí quản lý, phục vụ lớp học");
        m.put("tuition", "Học phí");
        return m;
    }

    public static Budget totalOnly(long total) {
        return new Budget(null, null, null, null, null, null, null, total);
    }

    public static Budget ofLines(Long lecturerFees, Long materials, Long hall, Long travel, Long certificates,
            Long management, Long tuition) {
        long sum = 0;
        for (Long v : new Long[] {lecturerFees, materials, hall, travel, certificates, management, tuition}) {
            sum += v == null ? 0 : v;
        }
        return new Budget(lecturerFees, materials, hall, travel, certificates, management, tuition, sum);
    }

    public boolean hasLines() {
        return lecturerFees != null || materials != null || hall != null || travel != null
                || certificates != null || management != null || tuition != null;
    }

    /** The lines with an amount, labelled as the circular names them. */
    public List<Map.Entry<String, Long>> lines() {
        List<Map.Entry<String, Long>> out = new ArrayList<>();
        add(out, "lecturerFees", lecturerFees);
        add(out, "materials", materials);
        add(out, "hall", hall);
        add(out, "travel", travel);
        add(out, "certificates", certificates);
        add(out, "management", management);
        add(out, "tuition", tuition);
        return out;
    }

    private static void add(List<Map.Entry<String, Long>> out, String key, Long v) {
        if (v != null) {
            out.add(Map.entry(LINE_LABELS.get(key), v));
        }
    }
}
