package vn.boiduong.procedure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** One row of section 7 "Hồ sơ lưu": what is kept, where, how long, how it is filed and destroyed. */
@Entity
@Immutable
@Table(name = "procedure_record")
public class ProcedureRecord {

    @Id
    private Long id;
    private Long documentId;
    @Column(name = "seq")
    private int sequence;
    private String name;
    private String location;
    private String retention;
    private String filingMethod;
    private String disposalMethod;

    protected ProcedureRecord() {
    }

    public Long getId() { return id; }
    public Long getDocumentId() { return documentId; }
    public int getSequence() { return sequence; }
    public String getName() { return name; }
    public String getLocation() { return location; }
    public String getRetention() { return retention; }
    public String getFilingMethod() { return filingMethod; }
    public String getDisposalMethod() { return disposalMethod; }
}
