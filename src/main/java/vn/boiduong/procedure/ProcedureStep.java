package vn.boiduong.procedure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import vn.boiduong.common.Role;

/**
 * One row of the flowchart (section 5.1): B1–B7. Reference data from the migration; the
 * application never changes it (a new issue of the procedure comes with a new migration).
 */
@Entity
@Immutable
@Table(name = "procedure_step")
public class ProcedureStep {

    @Id
    private Long id;
    private Long documentId;
    private String code;
    @Column(name = "seq")
    private int sequence;
    private String name;
    /** Who the seed's "Trách nhiệm" column names, as a code (UNIT_HEADS, OFFICE, …) and as written. */
    private String responsibleCode;
    private String responsibleLabel;
    /** The application role that acts for that group. */
    @Enumerated(EnumType.STRING)
    private Role actingRole;
    /** As the seed writes it: "Trước 3 ngày", "Trước 1 ngày", "Theo kế hoạch", or none. */
    private String deadline;
    private String output;
    /** The explaining section of the seed, 5.2.x. */
    private String section;
    private String description;

    protected ProcedureStep() {
    }

    /** For unit tests of the rules that read steps; the application loads steps from the migration. */
    ProcedureStep(String code, int sequence, String name, Role actingRole, String deadline) {
        this.code = code;
        this.sequence = sequence;
        this.name = name;
        this.actingRole = actingRole;
        this.deadline = deadline;
    }

    public Long getId() { return id; }
    public Long getDocumentId() { return documentId; }
    public String getCode() { return code; }
    public int getSequence() { return sequence; }
    public String getName() { return name; }
    public String getResponsibleCode() { return responsibleCode; }
    public String getResponsibleLabel() { return responsibleLabel; }
    public Role getActingRole() { return actingRole; }
    public String getDeadline() { return deadline; }
    public String getOutput() { return output; }
    public String getSection() { return section; }
    public String getDescription() { return description; }
}
