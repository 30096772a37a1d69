package vn.boiduong.delivery;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A lecturer of a hosted class: a staff member of the agency, or an outside person with a title and
 * a rank. The rank code names the fee line of Circular 36/2018/TT-BTC (as amended by 06/2023/TT-BTC),
 * whose amounts are kept as data with an effective date.
 */
@Entity
@Table(name = "class_lecturer")
public class ClassLecturer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long classId;
    private Long staffId;
    private String fullName;
    private String title;
    private String rankCode;
    private String organisation;

    protected ClassLecturer() {
    }

    public ClassLecturer(Long classId, Long staffId, String fullName, String title, LecturerRank rank,
            String organisation) {
        this.classId = classId;
        this.staffId = staffId;
        this.fullName = fullName;
        this.title = title;
        this.rankCode = rank.name();
        this.organisation = organisation;
    }

    public Long getId() { return id; }
    public Long getClassId() { return classId; }
    public Long getStaffId() { return staffId; }
    public String getFullName() { return fullName; }
    public String getTitle() { return title; }
    public LecturerRank getRank() { return LecturerRank.valueOf(rankCode); }
    public String getOrganisation() { return organisation; }
}
