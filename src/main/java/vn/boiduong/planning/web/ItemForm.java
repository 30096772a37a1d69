package vn.boiduong.planning.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import vn.boiduong.common.TrainingCategory;
import vn.boiduong.common.web.MoneyFormat;
import vn.boiduong.planning.Budget;
import vn.boiduong.planning.FundingSource;
import vn.boiduong.planning.ItemKind;
import vn.boiduong.planning.PlanItemData;
import vn.boiduong.planning.PlanView;

/**
 * The item form of the page /plans/{id}: the cost lines one by one, typed as money is on every page
 * ({@link MoneyFormat}: "12.000.000", "12000000", "12.000.000 đ"), the needs as checkboxes.
 */
public class ItemForm {

    private String title;
    private TrainingCategory category;
    private String level;
    private ItemKind kind = ItemKind.HOSTED;
    private String targetLearners;
    private Integer headcount;
    @DateTimeFormat(pattern = "dd/MM/yyyy", fallbackPatterns = "yyyy-MM-dd")
    private LocalDate startDate;
    @DateTimeFormat(pattern = "dd/MM/yyyy", fallbackPatterns = "yyyy-MM-dd")
    private LocalDate endDate;
    private String location;
    private String lecturers;
    private String institution;
    @MoneyFormat
    private Long lecturerFees;
    @MoneyFormat
    private Long materials;
    @MoneyFormat
    private Long hall;
    @MoneyFormat
    private Long travel;
    @MoneyFormat
    private Long certificates;
    @MoneyFormat
    private Long management;
    @MoneyFormat
    private Long tuition;
    private FundingSource fundingSource = FundingSource.LOCAL;
    private List<Long> needIds = new ArrayList<>();
    private boolean abroad;

    static ItemForm of(PlanView.ItemView i) {
        ItemForm f = new ItemForm();
        f.title = i.title();
        f.category = i.category();
        f.level = i.level();
        f.kind = i.kind();
        f.targetLearners = i.targetLearners();
        f.headcount = i.headcount();
        f.startDate = i.startDate();
        f.endDate = i.endDate();
        f.location = i.location();
        f.lecturers = i.lecturers();
        f.institution = i.institution();
        Budget b = i.budget();
        if (b.hasLines()) {
            f.lecturerFees = b.lecturerFees();
            f.materials = b.materials();
            f.hall = b.hall();
            f.travel = b.travel();
            f.certificates = b.certificates();
            f.management = b.management();
            f.tuition = b.tuition();
        } else if (i.kind() == ItemKind.EXTERNAL) {
            f.tuition = b.total();
        } else {
            f.management = b.total();
        }
        f.fundingSource = i.fundingSource();
        f.needIds = new ArrayList<>(i.needIds());
        f.abroad = i.abroad();
        return f;
    }

    PlanItemData toData() {
        return new PlanItemData(title, category, level, kind, targetLearners, headcount == null ? 0 : headcount,
                startDate, endDate, location, lecturers, institution,
                Budget.ofLines(lecturerFees, materials, hall, travel, certificates, management, tuition),
                fundingSource, needIds, abroad);
    }

    public boolean isAbroad() { return abroad; }
    public void setAbroad(boolean v) { abroad = v; }
    public String getTitle() { return title; }
    public void setTitle(String v) { title = v; }
    public TrainingCategory getCategory() { return category; }
    public void setCategory(TrainingCategory v) { category = v; }
    public String getLevel() { return level; }
    public void setLevel(String v) { level = v; }
    public ItemKind getKind() { return kind; }
    public void setKind(ItemKind v) { kind = v; }
    public String getTargetLearners() { return targetLearners; }
    public void setTargetLearners(String v) { targetLearners = v; }
    public Integer getHeadcount() { return headcount; }
    public void setHeadcount(Integer v) { headcount = v; }
    public LocalDate getStartDate() { return startDate; }
    public void setStartDate(LocalDate v) { startDate = v; }
    public LocalDate getEndDate() { return endDate; }
    public void setEndDate(LocalDate v) { endDate = v; }
    public String getLocation() { return location; }
    public void setLocation(String v) { location = v; }
    public String getLecturers() { return lecturers; }
    public void setLecturers(String v) { lecturers = v; }
    public String getInstitution() { return institution; }
    public void setInstitution(String v) { institution = v; }
    public Long getLecturerFees() { return lecturerFees; }
    public void setLecturerFees(Long v) { lecturerFees = v; }
    public Long getMaterials() { return materials; }
    public void setMaterials(Long v) { materials = v; }
    public Long getHall() { return hall; }
    public void setHall(Long v) { hall = v; }
    public Long getTravel() { return travel; }
    public void setTravel(Long v) { travel = v; }
    public Long getCertificates() { return certificates; }
    public void setCertificates(Long v) { certificates = v; }
    public Long getManagement() { return management; }
    public void setManagement(Long v) { management = v; }
    public Long getTuition() { return tuition; }
    public void setTuition(Long v) { tuition = v; }
    public FundingSource getFundingSource() { return fundingSource; }
    public void setFundingSource(FundingSource v) { fundingSource = v; }
    public List<Long> getNeedIds() { return needIds; }
    public void setNeedIds(List<Long> v) { needIds = v == null ? new ArrayList<>() : v; }
}
