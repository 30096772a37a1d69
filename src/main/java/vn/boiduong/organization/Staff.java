package vn.boiduong.organization;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import vn.boiduong.common.IllegalTransitionException;

/** A member of staff: official, civil servant, public employee or worker. */
@Entity
@Table(name = "staff")
public class Staff {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long agencyId;
    private Long unitId;
    private String code;
    private String fullName;
    private String nameSortKey;
    private String searchText;
    @Enumerated(EnumType.STRING)
    private StaffCategory category;
    @Enumerated(EnumType.STRING)
    private Gender gender;
    private LocalDate birthDate;
    private boolean ethnicMinority;
    private String position;
    private String gradeCode;
    private String professionalTitle;
    private String titleRank;
    private boolean leader;
    private String degree;
    private String politicalTheory;
    private String stateManagement;
    private String itLevel;
    private String foreignLanguage;
    private boolean active = true;
    @Version
    private long version;

    protected Staff() {
    }

    public Staff(Long agencyId, String code, StaffData data) {
        this.agencyId = agencyId;
        this.code = code;
        apply(data);
    }

    /** Replaces the editable facts; the name keys are derived here so they can never drift. */
    public void apply(StaffData d) {
        this.unitId = d.unitId();
        this.fullName = VietnameseNames.normalizeSpaces(d.fullName());
        this.nameSortKey = VietnameseNames.sortKey(fullName);
        this.searchText = searchTextOf(fullName, code);
        this.category = d.category();
        this.gender = d.gender();
        this.birthDate = d.birthDate();
        this.ethnicMinority = d.ethnicMinority();
        this.position = d.position();
        this.gradeCode = d.gradeCode();
        this.professionalTitle = d.professionalTitle();
        this.titleRank = d.titleRank();
        this.leader = d.leader();
        this.degree = d.degree();
        this.politicalTheory = d.politicalTheory();
        this.stateManagement = d.stateManagement();
        this.itLevel = d.itLevel();
        this.foreignLanguage = d.foreignLanguage();
    }

    public static String searchTextOf(String fullName, String code) {
        return VietnameseNames.fold(fullName) + " " + VietnameseNames.fold(code);
    }

    /** Raises a qualification field ({@link Qualifications#field}) to a level's label; the caller checked it is a raise. */
    void raiseQualification(String field, String label) {
        switch (field) {
            case "politicalTheory" -> this.politicalTheory = label;
            case "stateManagement" -> this.stateManagement = label;
            default -> throw new IllegalArgumentException(field);
        }
    }

    public void deactivate() {
        if (!active) {
            throw new IllegalTransitionException("Hồ sơ cán bộ này đã ngừng hoạt động.");
        }
        active = false;
    }

    public void reactivate() {
        if (active) {
            throw new IllegalTransitionException("Hồ sơ cán bộ này đang hoạt động.");
        }
        active = true;
    }

    public StaffData data() {
        return new StaffData(unitId, fullName, category, gender, birthDate, ethnicMinority, position, gradeCode,
                professionalTitle, titleRank, leader, degree, politicalTheory, stateManagement, itLevel,
                foreignLanguage);
    }

    public Long getId() { return id; }
    public Long getAgencyId() { return agencyId; }
    public Long getUnitId() { return unitId; }
    public String getCode() { return code; }
    public String getFullName() { return fullName; }
    public String getNameSortKey() { return nameSortKey; }
    public String getSearchText() { return searchText; }
    public StaffCategory getCategory() { return category; }
    public Gender getGender() { return gender; }
    public LocalDate getBirthDate() { return birthDate; }
    public boolean isEthnicMinority() { return ethnicMinority; }
    public String getPosition() { return position; }
    public String getGradeCode() { return gradeCode; }
    public String getProfessionalTitle() { return professionalTitle; }
    public String getTitleRank() { return titleRank; }
    public boolean isLeader() { return leader; }
    public String getDegree() { return degree; }
    public String getPoliticalTheory() { return politicalTheory; }
    public String getStateManagement() { return stateManagement; }
    public String getItLevel() { return itLevel; }
    public String getForeignLanguage() { return foreignLanguage; }
    public boolean isActive() { return active; }
    public long getVersion() { return version; }
}
