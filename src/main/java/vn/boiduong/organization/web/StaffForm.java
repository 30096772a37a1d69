package vn.boiduong.organization.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import vn.boiduong.organization.Gender;
import vn.boiduong.organization.StaffCategory;
import vn.boiduong.organization.StaffData;
import vn.boiduong.organization.StaffView;

/** The staff page's form: mutable for binding, dates typed as dd/MM/yyyy. */
public class StaffForm {

    @NotBlank(message = "{staff.code.required}")
    @Size(max = 30, message = "{text.size30}")
    private String code;
    @NotNull(message = "{staff.unit.required}")
    private Long unitId;
    @NotBlank(message = "{staff.fullName.required}")
    @Size(max = 150, message = "{staff.fullName.size}")
    private String fullName;
    @NotNull(message = "{staff.category.required}")
    private StaffCategory category;
    @NotNull(message = "{staff.gender.required}")
    private Gender gender;
    @NotNull(message = "{staff.birthDate.required}")
    @Past(message = "{staff.birthDate.past}")
    @DateTimeFormat(pattern = "dd/MM/yyyy")
    private LocalDate birthDate;
    private boolean ethnicMinority;
    @Size(max = 100, message = "{text.size100}")
    private String position;
    @Pattern(regexp = "^$|^01\\.00[1-5]$", message = "{staff.grade.invalid}")
    private String gradeCode;
    @Size(max = 150, message = "{text.size150}")
    private String professionalTitle;
    @Pattern(regexp = "^$|^(I|II|III|IV)$", message = "{staff.rank.invalid}")
    private String titleRank;
    private boolean leader;
    @Size(max = 100, message = "{text.size100}")
    private String degree;
    @Size(max = 30, message = "{text.size30}")
    private String politicalTheory;
    @Size(max = 30, message = "{text.size30}")
    private String stateManagement;
    @Size(max = 100, message = "{text.size100}")
    private String itLevel;
    @Size(max = 100, message = "{text.size100}")
    private String foreignLanguage;
    private Long version;

    public StaffData toData() {
        return new StaffData(unitId, fullName, category, gender, birthDate, ethnicMinority, blank(position),
                blank(gradeCode), blank(professionalTitle), blank(titleRank), leader, blank(degree),
                blank(politicalTheory), blank(stateManagement), blank(itLevel), blank(foreignLanguage));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public static StaffForm of(StaffView v) {
        StaffForm f = new StaffForm();
        f.code = v.code();
        f.unitId = v.unitId();
        f.fullName = v.fullName();
        f.category = v.category();
        f.gender = v.gender();
        f.birthDate = v.birthDate();
        f.ethnicMinority = v.ethnicMinority();
        f.position = v.position();
        f.gradeCode = v.gradeCode();
        f.professionalTitle = v.professionalTitle();
        f.titleRank = v.titleRank();
        f.leader = v.leader();
        f.degree = v.degree();
        f.politicalTheory = v.politicalTheory();
        f.stateManagement = v.stateManagement();
        f.itLevel = v.itLevel();
        f.foreignLanguage = v.foreignLanguage();
        f.version = v.version();
        return f;
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName; }
    public StaffCategory getCategory() { return category; }
    public void setCategory(StaffCategory category) { this.category = category; }
    public Gender getGender() { return gender; }
    public void setGender(Gender gender) { this.gender = gender; }
    public LocalDate getBirthDate() { return birthDate; }
    public void setBirthDate(LocalDate birthDate) { this.birthDate = birthDate; }
    public boolean isEthnicMinority() { return ethnicMinority; }
    public void setEthnicMinority(boolean ethnicMinority) { this.ethnicMinority = ethnicMinority; }
    public String getPosition() { return position; }
    public void setPosition(String position) { this.position = position; }
    public String getGradeCode() { return gradeCode; }
    public void setGradeCode(String gradeCode) { this.gradeCode = gradeCode; }
    public String getProfessionalTitle() { return professionalTitle; }
    public void setProfessionalTitle(String professionalTitle) { this.professionalTitle = professionalTitle; }
    public String getTitleRank() { return titleRank; }
    public void setTitleRank(String titleRank) { this.titleRank = titleRank; }
    public boolean isLeader() { return leader; }
    public void setLeader(boolean leader) { this.leader = leader; }
    public String getDegree() { return degree; }
    public void setDegree(String degree) { this.degree = degree; }
    public String getPoliticalTheory() { return politicalTheory; }
    public void setPoliticalTheory(String politicalTheory) { this.politicalTheory = politicalTheory; }
    public String getStateManagement() { return stateManagement; }
    public void setStateManagement(String stateManagement) { this.stateManagement = stateManagement; }
    public String getItLevel() { return itLevel; }
    public void setItLevel(String itLevel) { this.itLevel = itLevel; }
    public String getForeignLanguage() { return foreignLanguage; }
    public void setForeignLanguage(String foreignLanguage) { this.foreignLanguage = foreignLanguage; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
