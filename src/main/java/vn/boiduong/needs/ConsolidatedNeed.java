package vn.boiduong.needs;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import vn.boiduong.common.TrainingCategory;

/**
 * A line of the Office's consolidation (B2) into which similar accepted needs were merged. The
 * needs stay as they are, linked to it, so who asked for what is never lost.
 */
@Entity
@Table(name = "consolidated_need")
public class ConsolidatedNeed {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long agencyId;
    @Column(name = "training_year")
    private int year;
    private String title;
    @Enumerated(EnumType.STRING)
    private TrainingCategory category;
    @Column(name = "training_level")
    private String level;
    private String createdBy;
    private LocalDateTime createdAt;
    @Version
    private long version;

    protected ConsolidatedNeed() {
    }

    ConsolidatedNeed(Long agencyId, int year, String title, TrainingCategory category, String level, String createdBy,
            LocalDateTime createdAt) {
        this.agencyId = agencyId;
        this.year = year;
        this.title = title;
        this.category = category;
        this.level = level;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public Long getAgencyId() { return agencyId; }
    public int getYear() { return year; }
    public String getTitle() { return title; }
    public TrainingCategory getCategory() { return category; }
    public String getLevel() { return level; }
    public String getCreatedBy() { return createdBy; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public long getVersion() { return version; }
}
