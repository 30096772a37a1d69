package vn.boiduong.competency.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import vn.boiduong.common.TrainingCategory;
import vn.boiduong.competency.RuleMatch;
import vn.boiduong.competency.StaffFacts;
import vn.boiduong.competency.StaffField;
import vn.boiduong.organization.StaffCategory;
import vn.boiduong.organization.VietnameseNames;

/**
 * A standard of the organisational analysis (phân tích tổ chức), kept as data so that a change of
 * the rules (a new decree) is an edit, not a release: when a person matches every condition set,
 * the required field must match the allowed values, else the fix training is what they need.
 */
@Entity
@Table(name = "standard_rule")
public class StandardRule {

    /** What a person lacks against a standard: what they have, and what would do. */
    public record Shortfall(String current, String required) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    /** The agency whose standard this is; {@code null}: the national catalogue new agencies copy. */
    private Long agencyId;
    private String name;
    private String legalBasis;
    @Enumerated(EnumType.STRING)
    private StaffCategory condCategory;
    private String condGradeCode;
    private Boolean condLeader;
    private String condTitleRank;
    @Enumerated(EnumType.STRING)
    private StaffField reqField;
    @Enumerated(EnumType.STRING)
    private RuleMatch reqMatch;
    private String reqValues;
    @Enumerated(EnumType.STRING)
    private TrainingCategory fixCategory;
    private String fixLevel;
    private String fixTitle;
    private boolean active = true;
    @Version
    private long version;

    protected StandardRule() {
    }

    /** For tests and set-up; the shipped standards come from the migration. */
    /** Of one agency (set once, when the standard is added). */
    public StandardRule ofAgency(Long agencyId) {
        this.agencyId = agencyId;
        return this;
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public StandardRule(String code, String name, StaffCategory condCategory, String condGradeCode,
            Boolean condLeader, String condTitleRank, StaffField reqField, RuleMatch reqMatch, String reqValues,
            TrainingCategory fixCategory, String fixLevel, String fixTitle) {
        this.code = code;
        this.name = name;
        this.condCategory = condCategory;
        this.condGradeCode = condGradeCode;
        this.condLeader = condLeader;
        this.condTitleRank = condTitleRank;
        this.reqField = reqField;
        this.reqMatch = reqMatch;
        this.reqValues = reqValues;
        this.fixCategory = fixCategory;
        this.fixLevel = fixLevel;
        this.fixTitle = fixTitle;
    }

    public void setLegalBasis(String legalBasis) {
        this.legalBasis = legalBasis;
    }

    /** The whole standard but its code, which findings and the needs made from them refer to. */
    public void change(String name, String legalBasis, StaffCategory condCategory, String condGradeCode,
            Boolean condLeader, String condTitleRank, StaffField reqField, RuleMatch reqMatch, String reqValues,
            TrainingCategory fixCategory, String fixLevel, String fixTitle) {
        this.name = name;
        this.legalBasis = legalBasis;
        this.condCategory = condCategory;
        this.condGradeCode = condGradeCode;
        this.condLeader = condLeader;
        this.condTitleRank = condTitleRank;
        this.reqField = reqField;
        this.reqMatch = reqMatch;
        this.reqValues = reqValues;
        this.fixCategory = fixCategory;
        this.fixLevel = fixLevel;
        this.fixTitle = fixTitle;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    /** Every condition that is set must hold; a rule without conditions applies to everyone. */
    public boolean appliesTo(StaffFacts s) {
        return (condCategory == null || condCategory == s.category())
                && (condGradeCode == null || condGradeCode.equals(s.gradeCode()))
                && (condLeader == null || condLeader == s.leader())
                && (condTitleRank == null || condTitleRank.equals(s.titleRank()));
    }

    public boolean satisfiedBy(StaffFacts s) {
        String value = VietnameseNames.fold(reqField.valueOf(s));
        if (value.isEmpty()) {
            return false;
        }
        return switch (reqMatch) {
            case PRESENT -> true;
            case ONE_OF -> allowedValues().stream().map(VietnameseNames::fold).anyMatch(value::equals);
            case CONTAINS_ANY -> allowedValues().stream().map(VietnameseNames::fold).anyMatch(value::contains);
        };
    }

    /** Empty when the rule does not apply or is met; else what is missing. */
    public Optional<Shortfall> check(StaffFacts s) {
        if (!active || !appliesTo(s) || satisfiedBy(s)) {
            return Optional.empty();
        }
        String current = reqField.valueOf(s);
        return Optional.of(new Shortfall(current == null || current.isBlank() ? null : current.trim(),
                requiredText()));
    }

    /** "CVC hoặc CVCC", or "có thông tin" for PRESENT. */
    public String requiredText() {
        return reqMatch == RuleMatch.PRESENT ? "có thông tin" : String.join(" hoặc ", allowedValues());
    }

    /** "Ngạch 01.002, lãnh đạo": the condition in words. */
    public String conditionText() {
        StringBuilder sb = new StringBuilder();
        if (condCategory != null) {
            sb.append(switch (condCategory) {
                case OFFICIAL -> "Cán bộ";
                case CIVIL_SERVANT -> "Công chức";
                case PUBLIC_EMPLOYEE -> "Viên chức";
                case WORKER -> "Người lao động";
            });
        }
        if (condGradeCode != null) {
            sb.append(sb.isEmpty() ? "" : ", ").append("ngạch ").append(condGradeCode);
        }
        if (condLeader != null) {
            sb.append(sb.isEmpty() ? "" : ", ").append(condLeader ? "lãnh đạo, quản lý" : "không giữ chức vụ");
        }
        if (condTitleRank != null) {
            sb.append(sb.isEmpty() ? "" : ", ").append("hạng ").append(condTitleRank);
        }
        return sb.isEmpty() ? "Mọi người" : sb.toString();
    }

    public List<String> allowedValues() {
        if (reqValues == null || reqValues.isBlank()) {
            return List.of();
        }
        return Arrays.stream(reqValues.split("\\|")).map(String::trim).filter(v -> !v.isEmpty()).toList();
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public String getLegalBasis() { return legalBasis; }
    public StaffCategory getCondCategory() { return condCategory; }
    public String getCondGradeCode() { return condGradeCode; }
    public Boolean getCondLeader() { return condLeader; }
    public String getCondTitleRank() { return condTitleRank; }
    public StaffField getReqField() { return reqField; }
    public RuleMatch getReqMatch() { return reqMatch; }
    public String getReqValues() { return reqValues; }
    public TrainingCategory getFixCategory() { return fixCategory; }
    public String getFixLevel() { return fixLevel; }
    public String getFixTitle() { return fixTitle; }
    public boolean isActive() { return active; }
    public long getVersion() { return version; }
}
