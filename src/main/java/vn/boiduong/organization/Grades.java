package vn.boiduong.organization;

import java.util.LinkedHashMap;
import java.util.Map;

/** Civil-service grades (ngạch) of the general administrative line, by code (domain.md). */
public final class Grades {

    public static final Map<String, String> NAMES;

    static {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("01.001", "Chuyên viên cao cấp");
        m.put("01.002", "Chuyên viên chính");
        m.put("01.003", "Chuyên viên");
        m.put("01.004", "Cán sự");
        m.put("01.005", "Nhân viên");
        NAMES = java.util.Collections.unmodifiableMap(m);
    }

    private Grades() {
    }

    public static boolean isKnown(String code) {
        return code != null && NAMES.containsKey(code);
    }
}
