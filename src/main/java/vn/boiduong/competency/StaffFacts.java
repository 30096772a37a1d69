package vn.boiduong.competency;

import vn.boiduong.organization.StaffCategory;
import vn.boiduong.organization.StaffView;

/** The facts of a staff record that the standards of the organisational analysis look at. */
public record StaffFacts(StaffCategory category, String gradeCode, boolean leader, String titleRank,
        String stateManagement, String politicalTheory, String degree, String itLevel, String foreignLanguage) {

    public static StaffFacts of(StaffView s) {
        return new StaffFacts(s.category(), s.gradeCode(), s.leader(), s.titleRank(), s.stateManagement(),
                s.politicalTheory(), s.degree(), s.itLevel(), s.foreignLanguage());
    }
}
