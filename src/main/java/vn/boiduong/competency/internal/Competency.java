package vn.boiduong.competency.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.BatchSize;
import vn.boiduong.competency.CompetencyGroup;

/** One entry of the catalogue: what it is, its five levels in words, and the trainings that build it. */
@Entity
@Table(name = "competency")
public class Competency {

    public static final int LEVELS = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long agencyId;
    private String code;
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(name = "competency_group")
    private CompetencyGroup group;
    private String description;
    private String level1;
    private String level2;
    private String level3;
    private String level4;
    private String level5;
    private boolean active = true;
    @ElementCollection
    @CollectionTable(name = "competency_training", joinColumns = @JoinColumn(name = "competency_id"))
    @OrderColumn(name = "sort_order")
    @BatchSize(size = 100)
    private List<TrainingLink> trainings = new ArrayList<>();
    @Version
    private long version;

    protected Competency() {
    }

    public Competency(Long agencyId, String code) {
        this.agencyId = agencyId;
        this.code = code;
    }

    /** Replaces the editable content; the code stays as created (other records and people cite it). */
    public void describe(String name, CompetencyGroup group, String description, List<String> levels,
            List<TrainingLink> trainings) {
        if (levels.size() != LEVELS) {
            throw new IllegalArgumentException("a competency has exactly five levels");
        }
        this.name = name;
        this.group = group;
        this.description = description;
        this.level1 = levels.get(0);
        this.level2 = levels.get(1);
        this.level3 = levels.get(2);
        this.level4 = levels.get(3);
        this.level5 = levels.get(4);
        this.trainings.clear();
        this.trainings.addAll(trainings);
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public List<String> levels() {
        return List.of(level1, level2, level3, level4, level5);
    }

    public Long getId() { return id; }
    public Long getAgencyId() { return agencyId; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public CompetencyGroup getGroup() { return group; }
    public String getDescription() { return description; }
    public boolean isActive() { return active; }
    public List<TrainingLink> getTrainings() { return trainings; }
    public long getVersion() { return version; }
}
