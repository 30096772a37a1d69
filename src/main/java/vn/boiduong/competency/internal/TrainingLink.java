package vn.boiduong.competency.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import vn.boiduong.common.TrainingCategory;

/** A training category (with an optional level of that category) that builds a competency. */
@Embeddable
public class TrainingLink {

    @Enumerated(EnumType.STRING)
    private TrainingCategory category;
    @Column(name = "category_level")
    private String level;

    protected TrainingLink() {
    }

    public TrainingLink(TrainingCategory category, String level) {
        this.category = category;
        this.level = level;
    }

    public TrainingCategory getCategory() { return category; }
    public String getLevel() { return level; }
}
