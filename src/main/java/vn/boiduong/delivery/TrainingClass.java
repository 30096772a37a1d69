package vn.boiduong.delivery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import vn.boiduong.common.TrainingCategory;
import vn.boiduong.planning.FundingSource;
import vn.boiduong.planning.ItemKind;
import vn.boiduong.planning.PlanApproved;

/** A class of B5, made from an item of the approved plan (one per item: a unique constraint says so). */
@Entity
@Table(name = "training_class")
public class TrainingClass {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long agencyId;
    private Long planId;
    private Long planItemId;
    @Column(name = "plan_year")
    private int year;
    @Enumerated(EnumType.STRING)
    private ItemKind kind;
    private String title;
    @Enumerated(EnumType.STRING)
    private TrainingCategory category;
    private String levelCode;
    private int headcount;
    private LocalDate startDate;
    private LocalDate endDate;
    private String location;
    private String institution;
    private long budgetTotal;
    @Enumerated(EnumType.STRING)
    private FundingSource fundingSource;
    @Enumerated(EnumType.STRING)
    private ClassStatus status;
    private LocalDateTime createdAt;
    @Version
    private long version;

    protected TrainingClass() {
    }

    TrainingClass(PlanApproved plan, PlanApproved.Item item, LocalDateTime now) {
        this.agencyId = plan.agencyId();
        this.planId = plan.planId();
        this.planItemId = item.itemId();
        this.year = plan.year();
        this.kind = item.kind();
        this.title = item.title();
        this.category = item.category();
        this.levelCode = item.level();
        this.headcount = item.headcount();
        this.startDate = item.startDate();
        this.endDate = item.endDate();
        this.location = item.location();
        this.institution = item.institution();
        this.budgetTotal = item.budget();
        this.fundingSource = item.fundingSource();
        this.status = ClassStatus.PLANNED;
        this.createdAt = now;
    }

    public Long getId() { return id; }
    public Long getAgencyId() { return agencyId; }
    public Long getPlanId() { return planId; }
    public Long getPlanItemId() { return planItemId; }
    public int getYear() { return year; }
    public ItemKind getKind() { return kind; }
    public String getTitle() { return title; }
    public TrainingCategory getCategory() { return category; }
    public String getLevelCode() { return levelCode; }
    public int getHeadcount() { return headcount; }
    public LocalDate getStartDate() { return startDate; }
    public LocalDate getEndDate() { return endDate; }
    public String getLocation() { return location; }
    public String getInstitution() { return institution; }
    public long getBudgetTotal() { return budgetTotal; }
    public FundingSource getFundingSource() { return fundingSource; }
    public ClassStatus getStatus() { return status; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public long getVersion() { return version; }
}
