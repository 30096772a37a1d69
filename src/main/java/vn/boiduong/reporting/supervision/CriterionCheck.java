package vn.boiduong.reporting.supervision;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One criterion of a visit: met or not, with a note. */
@Embeddable
public class CriterionCheck {

    @Enumerated(EnumType.STRING)
    @Column(name = "code")
    private Criterion code;
    private boolean met;
    private String note;

    protected CriterionCheck() {
    }

    public CriterionCheck(Criterion code, boolean met, String note) {
        this.code = code;
        this.met = met;
        this.note = note;
    }

    public Criterion getCode() { return code; }
    public boolean isMet() { return met; }
    public String getNote() { return note; }
}
