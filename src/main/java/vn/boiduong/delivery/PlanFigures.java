package vn.boiduong.delivery;

import java.time.LocalDate;
import java.util.List;
import vn.boiduong.common.TrainingCategory;
import vn.boiduong.planning.ItemKind;

/**
 * What the classes of one approved plan have done so far, as B6's supervision reads it: each class
 * (one per plan item) with its planned figures and its actual dates, and the actual counts and money
 * per class and unit. Every list is one aggregate query (GROUP BY) over the plan's classes, so a plan
 * of thousands of items costs a handful of queries.
 *
 * @param classes  one line per class of the plan
 * @param learners per class and learner's unit: people enrolled, and of them those who completed
 * @param money    per class and unit: the allocation and the spending ({@code unitId} null: not tied to a unit)
 * @param needs    per class, the needs (of units) its plan item serves
 */
public record PlanFigures(List<ClassLine> classes, List<UnitLearners> learners, List<UnitMoney> money,
        List<ClassNeed> needs) {

    /** A class as planned, with where it stands and the dates of its first and last session. */
    public record ClassLine(Long classId, Long planItemId, String title, TrainingCategory category, ItemKind kind,
            int headcount, LocalDate startDate, LocalDate endDate, long budget, ClassStatus status,
            LocalDate firstSession, LocalDate lastSession) {
    }

    public record UnitLearners(Long classId, Long unitId, long enrolled, long completed) {
    }

    public record UnitMoney(Long classId, Long unitId, long allocated, long spent) {
    }

    public record ClassNeed(Long classId, Long needId) {
    }
}
