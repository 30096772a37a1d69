package vn.boiduong.planning;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import vn.boiduong.common.TrainingCategory;

/** One line of the plan: a class the agency hosts, or a registration on another institution's course. */
@Entity
@Table(name = "plan_item")
public class PlanItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "plan_id")
    private Long planId;
    @Column(name = "seq")
    private int sequence;
    @Enumerated(EnumType.STRING)
    private ItemKind kind;
    private String title;
    @Enumerated(EnumType.STRING)
    private TrainingCategory category;
    private String levelCode;
    private String targetLearners;
    private int headcount;
    private LocalDate startDate;
    private LocalDate endDate;
    private String location;
    private String lecturers;
    private String institution;
    private Long feeLecturers;
    private Long feeMaterials;
    private Long feeHall;
    private Long feeTravel;
    private Long feeCertificates;
    private Long feeManagement;
    private Long feeTuition;
    private long budgetTotal;
    @Enumerated(EnumType.STRING)
    private FundingSource fundingSource;
    private boolean abroad;
    // the need ids of up to 1,000 items per statement, not one statement per item: a province's plan
    // has 2,000 items and every document of it reads them all (docs/benchmarks.md). Not SUBSELECT:
    // that helps only when the plan was found by a query; a plan read by id (the decision) kept one
    // statement per item.
    @ElementCollection(fetch = FetchType.EAGER)
    @org.hibernate.annotations.BatchSize(size = 1_000)
    @CollectionTable(name = "plan_item_need", joinColumns = @JoinColumn(name = "item_id"))
    @Column(name = "need_id")
    private Set<Long> needIds = new TreeSet<>();

    protected PlanItem() {
    }

    PlanItem(Long planId, int sequence, PlanItemData d) {
        this.planId = planId;
        this.sequence = sequence;
        apply(d);
    }

    void apply(PlanItemData d) {
        this.kind = d.kind();
        this.title = d.title().strip();
        this.category = d.category();
        this.levelCode = d.level() == null || d.level().isBlank() ? null : d.level().strip();
        this.targetLearners = d.targetLearners().strip();
        this.headcount = d.headcount();
        this.startDate = d.startDate();
        this.endDate = d.endDate();
        this.location = blank(d.location());
        this.lecturers = blank(d.lecturers());
        this.institution = blank(d.institution());
        Budget b = d.budget();
        this.feeLecturers = b.lecturerFees();
        this.feeMaterials = b.materials();
        this.feeHall = b.hall();
        this.feeTravel = b.travel();
        this.feeCertificates = b.certificates();
        this.feeManagement = b.management();
        this.feeTuition = b.tuition();
        this.budgetTotal = b.total();
        this.fundingSource = d.fundingSource();
        this.abroad = d.abroad();
        this.needIds = new TreeSet<>(d.needIds());
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Budget budget() {
        return new Budget(feeLecturers, feeMaterials, feeHall, feeTravel, feeCertificates, feeManagement, feeTuition,
                budgetTotal);
    }

    public String describeCategory() {
        return category.describe(levelCode);
    }

    public Long getId() { return id; }
    public Long getPlanId() { return planId; }
    public int getSequence() { return sequence; }
    public ItemKind getKind() { return kind; }
    public String getTitle() { return title; }
    public TrainingCategory getCategory() { return category; }
    public String getLevelCode() { return levelCode; }
    public String getTargetLearners() { return targetLearners; }
    public int getHeadcount() { return headcount; }
    public LocalDate getStartDate() { return startDate; }
    public LocalDate getEndDate() { return endDate; }
    public String getLocation() { return location; }
    public String getLecturers() { return lecturers; }
    public String getInstitution() { return institution; }
    public long getBudgetTotal() { return budgetTotal; }
    public FundingSource getFundingSource() { return fundingSource; }
    public boolean isAbroad() { return abroad; }
    public List<Long> getNeedIds() { return new ArrayList<>(needIds); }
}
