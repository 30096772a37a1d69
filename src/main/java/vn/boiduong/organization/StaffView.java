package vn.boiduong.organization;

import java.time.LocalDate;

/** A staff record as the API shows it. */
public record StaffView(Long id, String code, String fullName, Long unitId, String unitName, StaffCategory category,
        Gender gender, LocalDate birthDate, boolean ethnicMinority, String position, String gradeCode,
        String professionalTitle, String titleRank, boolean leader, String degree, String politicalTheory,
        String stateManagement, String itLevel, String foreignLanguage, boolean active, long version) {

    static StaffView of(Staff s, String unitName) {
        return new StaffView(s.getId(), s.getCode(), s.getFullName(), s.getUnitId(), unitName, s.getCategory(),
                s.getGender(), s.getBirthDate(), s.isEthnicMinority(), s.getPosition(), s.getGradeCode(),
                s.getProfessionalTitle(), s.getTitleRank(), s.isLeader(), s.getDegree(), s.getPoliticalTheory(),
                s.getStateManagement(), s.getItLevel(), s.getForeignLanguage(), s.isActive(), s.getVersion());
    }
}
