package vn.boiduong.competency.web;

import java.util.Arrays;
import java.util.List;
import vn.boiduong.common.TrainingCategory;
import vn.boiduong.competency.RuleMatch;
import vn.boiduong.competency.StaffField;
import vn.boiduong.competency.StandardRuleData;
import vn.boiduong.competency.StandardRuleView;
import vn.boiduong.organization.StaffCategory;

/**
 * The page's form of a standard of the organisational analysis: allowed values one per line, the
 * suggested training as one select "CATEGORY" or "CATEGORY:LEVEL" (no script ties a level to its
 * category). Checked by the service; its error fields are this form's, but for {@code fixCategory}
 * and {@code fixLevel}, which both land on {@code fix}.
 */
public class RuleForm {

    private String code;
    private String name;
    private String legalBasis;
    private StaffCategory condCategory;
    private String condGradeCode;
    private Boolean condLeader;
    private String condTitleRank;
    private StaffField field;
    private RuleMatch match;
    private String allowedValues;
    private String fix;
    private String fixTitle;
    private Long version;

    static RuleForm of(StandardRuleView r) {
        RuleForm f = new RuleForm();
        f.code = r.code();
        f.name = r.name();
        f.legalBasis = r.legalBasis();
        f.condCategory = r.condCategory();
        f.condGradeCode = r.condGradeCode();
        f.condLeader = r.condLeader();
        f.condTitleRank = r.condTitleRank();
        f.field = r.field();
        f.match = r.match();
        f.allowedValues = String.join("\n", r.allowedValues());
        f.fix = r.fixCategory() == null ? null : r.fixCategory().name() + (r.fixLevel() == null ? "" : ":" + r.fixLevel());
        f.fixTitle = r.fixTitle();
        f.version = r.version();
        return f;
    }

    StandardRuleData toData() {
        List<String> values = allowedValues == null ? List.of() : Arrays.stream(allowedValues.split("\\R"))
                .map(String::trim).filter(v -> !v.isEmpty()).toList();
        TrainingCategory category = null;
        String level = null;
        if (fix != null && !fix.isBlank()) {
            String[] parts = fix.trim().split(":", 2);
            category = TrainingCategory.parse(parts[0]).orElse(null);
            level = parts.length > 1 && !parts[1].isBlank() ? parts[1] : null;
        }
        return new StandardRuleData(code, name, legalBasis, condCategory, condGradeCode, condLeader, condTitleRank,
                field, match, values, category, level, fixTitle);
    }

    /** The service's field → this form's. */
    static String formField(String dataField) {
        return switch (dataField) {
            case "fixCategory", "fixLevel" -> "fix";
            case "code", "name", "legalBasis", "condCategory", "condGradeCode", "condLeader", "condTitleRank", "field",
                    "match", "allowedValues", "fixTitle" -> dataField;
            default -> "name";
        };
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getLegalBasis() { return legalBasis; }
    public void setLegalBasis(String legalBasis) { this.legalBasis = legalBasis; }
    public StaffCategory getCondCategory() { return condCategory; }
    public void setCondCategory(StaffCategory condCategory) { this.condCategory = condCategory; }
    public String getCondGradeCode() { return condGradeCode; }
    public void setCondGradeCode(String condGradeCode) { this.condGradeCode = condGradeCode; }
    public Boolean getCondLeader() { return condLeader; }
    public void setCondLeader(Boolean condLeader) { this.condLeader = condLeader; }
    public String getCondTitleRank() { return condTitleRank; }
    public void setCondTitleRank(String condTitleRank) { this.condTitleRank = condTitleRank; }
    public StaffField getField() { return field; }
    public void setField(StaffField field) { this.field = field; }
    public RuleMatch getMatch() { return match; }
    public void setMatch(RuleMatch match) { this.match = match; }
    public String getAllowedValues() { return allowedValues; }
    public void setAllowedValues(String allowedValues) { this.allowedValues = allowedValues; }
    public String getFix() { return fix; }
    public void setFix(String fix) { this.fix = fix; }
    public String getFixTitle() { return fixTitle; }
    public void setFixTitle(String fixTitle) { this.fixTitle = fixTitle; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
