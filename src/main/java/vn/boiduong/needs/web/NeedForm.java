package vn.boiduong.needs.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.boiduong.common.TrainingCategory;
import vn.boiduong.common.web.MoneyFormat;
import vn.boiduong.needs.NeedData;
import vn.boiduong.needs.NeedView;

/**
 * The need page's form: mutable for binding; money typed as "1.250.000" ({@link MoneyFormat}). The rules themselves are
 * the service's (the same as for the API); their messages are put beside these fields.
 */
public class NeedForm {

    static final Set<String> FIELDS = Set.of("year", "unitId", "title", "category", "level", "headcount", "staffIds",
            "plannedQuarter", "estimatedCost", "rationale");

    private Integer year;
    private Long unitId;
    private String title;
    private TrainingCategory category;
    private String level;
    private Integer headcount;
    private List<Long> staffIds = new ArrayList<>();
    private Integer plannedQuarter;
    @MoneyFormat
    private Long estimatedCost;
    private String rationale;
    private Long version;

    /** The data for the service (money that could not be read is already a binding error of its field). */
    NeedData toData() {
        return new NeedData(year, unitId, title, category, level, headcount, staffIds, plannedQuarter, estimatedCost,
                rationale, version);
    }

    static NeedForm of(NeedView v) {
        NeedForm f = new NeedForm();
        f.year = v.year();
        f.unitId = v.unitId();
        f.title = v.title();
        f.category = v.category();
        f.level = v.level();
        f.headcount = v.headcount();
        f.staffIds = new ArrayList<>(v.staffIds());
        f.plannedQuarter = v.plannedQuarter();
        f.estimatedCost = v.estimatedCost();
        f.rationale = v.rationale();
        f.version = v.version();
        return f;
    }

    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public TrainingCategory getCategory() { return category; }
    public void setCategory(TrainingCategory category) { this.category = category; }
    public String getLevel() { return level; }
    public void setLevel(String level) { this.level = level; }
    public Integer getHeadcount() { return headcount; }
    public void setHeadcount(Integer headcount) { this.headcount = headcount; }
    public List<Long> getStaffIds() { return staffIds; }
    public void setStaffIds(List<Long> staffIds) { this.staffIds = staffIds == null ? new ArrayList<>() : staffIds; }
    public Integer getPlannedQuarter() { return plannedQuarter; }
    public void setPlannedQuarter(Integer plannedQuarter) { this.plannedQuarter = plannedQuarter; }
    public Long getEstimatedCost() { return estimatedCost; }
    public void setEstimatedCost(Long estimatedCost) { this.estimatedCost = estimatedCost; }
    public String getRationale() { return rationale; }
    public void setRationale(String rationale) { this.rationale = rationale; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
