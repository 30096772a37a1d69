package vn.boiduong.competency.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.boiduong.organization.VietnameseNames;

/**
 * A job position (vị trí việc làm). People hold it by their post: staff.position naming it, without
 * regard to case or diacritics, so the staff records need no second field to keep in step.
 */
@Entity
@Table(name = "job_position")
public class JobPosition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long agencyId;
    private String name;
    private String description;
    @Version
    private long version;

    protected JobPosition() {
    }

    public JobPosition(Long agencyId, String name, String description) {
        this.agencyId = agencyId;
        this.name = name;
        this.description = description;
    }

    /** The key a staff member's post is compared by. */
    public static String key(String position) {
        return VietnameseNames.fold(position);
    }

    public Long getId() { return id; }
    public Long getAgencyId() { return agencyId; }
    public String getName() { return name; }
    public String getDescription() { return description; }
}
