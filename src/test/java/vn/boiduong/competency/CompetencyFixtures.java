package vn.boiduong.competency;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import vn.boiduong.support.Api;

/** Test data for the competency tests, built through the API as a person would. */
final class CompetencyFixtures {

    private CompetencyFixtures() {
    }

    static long unitId(Api admin, String code) {
        for (JsonNode u : admin.get("/api/v1/units").json()) {
            if (u.get("code").asString().equals(code)) {
                return u.get("id").asLong();
            }
        }
        throw new AssertionError("no unit " + code);
    }

    static String uniqueCode(String prefix) {
        return prefix + (System.nanoTime() % 1_000_000);
    }

    static Map<String, Object> competency(String code, String name, String group) {
        Map<String, Object> d = new HashMap<>();
        d.put("code", code);
        d.put("name", name);
        d.put("group", group);
        d.put("description", "Mô tả thử nghiệm");
        d.put("levels", List.of("Biết", "Hiểu", "Vận dụng", "Thành thạo", "Chuyên gia"));
        d.put("trainings", List.of(Map.of("category", "DIGITAL")));
        return d;
    }

    /** A civil servant whose record fails known standards of the migration's seed. */
    static Map<String, Object> staffData(long unitId, String name, String grade, boolean leader,
            String stateManagement, String politicalTheory) {
        Map<String, Object> d = new HashMap<>();
        d.put("unitId", unitId);
        d.put("fullName", name);
        d.put("category", "CIVIL_SERVANT");
        d.put("gender", "MALE");
        d.put("birthDate", "1985-05-20");
        d.put("position", leader ? "Phó Trưởng phòng" : "Chuyên viên");
        d.put("gradeCode", grade);
        d.put("leader", leader);
        d.put("degree", "Đại học Luật");
        d.put("politicalTheory", politicalTheory);
        d.put("stateManagement", stateManagement);
        d.put("itLevel", "Chứng chỉ ứng dụng CNTT cơ bản");
        return d;
    }
}
