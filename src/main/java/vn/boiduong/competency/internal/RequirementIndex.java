package vn.boiduong.competency.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.boiduong.organization.VietnameseNames;

/**
 * Which level of which competency a person must have, from the requirements of their job position
 * (by post), grade and professional title; the highest wins where several apply. Built once from
 * lists loaded in bulk, then asked per person without touching the database.
 */
public final class RequirementIndex {

    /** One reason a level is required, for the rationale of a suggested need. */
    public record Source(String kind, String name, int level) {
        public String describe() {
            return switch (kind) {
                case "JOB_POSITION" -> "vị trí việc làm " + name;
                case "GRADE" -> "ngạch " + name;
                default -> "chức danh nghề nghiệp " + name;
            } + " (mức " + level + ")";
        }
    }

    private final Map<String, Long> positionIdByKey = new HashMap<>();
    private final Map<Long, String> positionNames = new HashMap<>();
    private final Map<Long, List<RequiredCompetency>> byPosition = new HashMap<>();
    private final Map<String, List<RequiredCompetency>> byGrade = new HashMap<>();
    private final Map<String, List<RequiredCompetency>> byTitle = new HashMap<>();

    public RequirementIndex(List<JobPosition> positions, List<RequiredCompetency> requirements) {
        for (JobPosition p : positions) {
            positionIdByKey.put(JobPosition.key(p.getName()), p.getId());
            positionNames.put(p.getId(), p.getName());
        }
        for (RequiredCompetency r : requirements) {
            if (r.getJobPositionId() != null) {
                byPosition.computeIfAbsent(r.getJobPositionId(), k -> new ArrayList<>()).add(r);
            } else if (r.getGradeCode() != null) {
                byGrade.computeIfAbsent(r.getGradeCode(), k -> new ArrayList<>()).add(r);
            } else {
                byTitle.computeIfAbsent(VietnameseNames.fold(r.getProfessionalTitle()), k -> new ArrayList<>()).add(r);
            }
        }
    }

    /** competency id → the level required of someone with that post, grade and title. */
    public Map<Long, Integer> required(String position, String gradeCode, String professionalTitle) {
        Map<Long, Integer> out = new LinkedHashMap<>();
        for (RequiredCompetency r : applicable(position, gradeCode, professionalTitle)) {
            out.merge(r.getCompetencyId(), r.getLevel(), Math::max);
        }
        return out;
    }

    /** Why a level of that competency is required of that person, highest first. */
    public List<Source> sources(String position, String gradeCode, String professionalTitle, long competencyId) {
        List<Source> out = new ArrayList<>();
        for (RequiredCompetency r : applicable(position, gradeCode, professionalTitle)) {
            if (r.getCompetencyId() == competencyId) {
                if (r.getJobPositionId() != null) {
                    out.add(new Source("JOB_POSITION", positionNames.get(r.getJobPositionId()), r.getLevel()));
                } else if (r.getGradeCode() != null) {
                    out.add(new Source("GRADE", r.getGradeCode(), r.getLevel()));
                } else {
                    out.add(new Source("TITLE", r.getProfessionalTitle(), r.getLevel()));
                }
            }
        }
        out.sort((a, b) -> Integer.compare(b.level(), a.level()));
        return out;
    }

    /** The job position a post names, if any. */
    public Long positionOf(String position) {
        return position == null ? null : positionIdByKey.get(JobPosition.key(position));
    }

    private List<RequiredCompetency> applicable(String position, String gradeCode, String professionalTitle) {
        List<RequiredCompetency> out = new ArrayList<>();
        Long positionId = positionOf(position);
        if (positionId != null) {
            out.addAll(byPosition.getOrDefault(positionId, List.of()));
        }
        if (gradeCode != null) {
            out.addAll(byGrade.getOrDefault(gradeCode, List.of()));
        }
        if (professionalTitle != null && !professionalTitle.isBlank()) {
            out.addAll(byTitle.getOrDefault(VietnameseNames.fold(professionalTitle), List.of()));
        }
        return out;
    }
}
