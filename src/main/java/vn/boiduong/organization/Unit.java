package vn.boiduong.organization;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A division of an agency (phòng, đơn vị thuộc Sở); the Office (Văn phòng) is flagged. */
@Entity
@Table(name = "unit")
public class Unit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long agencyId;
    private String code;
    private String name;
    private boolean office;
    private boolean active = true;
    @Version
    private long version;

    protected Unit() {
    }

    public Unit(Long agencyId, String code, String name, boolean office) {
        this.agencyId = agencyId;
        this.code = code;
        this.name = name;
        this.office = office;
    }

    public Long getId() { return id; }
    public Long getAgencyId() { return agencyId; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public boolean isOffice() { return office; }
    public boolean isActive() { return active; }
}
