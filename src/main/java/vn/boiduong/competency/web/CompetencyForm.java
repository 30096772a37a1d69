package vn.boiduong.competency.web;

import java.util.ArrayList;
import java.util.List;
import vn.boiduong.common.TrainingCategory;
import vn.boiduong.competency.CompetencyData;
import vn.boiduong.competency.CompetencyGroup;
import vn.boiduong.competency.CompetencyView;

/**
 * The catalogue page's form: five level descriptions and up to five training choices, each written
 * "CATEGORY" or "CATEGORY:LEVEL" by one select (no script needed to tie a level to its category).
 * Checked by the service, whose error fields are mapped back onto these ({@link #formField}).
 */
public class CompetencyForm {

    static final int TRAINING_ROWS = 5;

    private String code;
    private String name;
    private CompetencyGroup group;
    private String description;
    private List<String> levels = new ArrayList<>(List.of("", "", "", "", ""));
    private List<String> trainings = new ArrayList<>(List.of("", "", "", "", ""));
    private Long version;
    /** index in {@link #toData()}'s trainings → index of the select row it came from */
    private final List<Integer> trainingRows = new ArrayList<>();

    public CompetencyData toData() {
        trainingRows.clear();
        List<CompetencyData.TrainingData> out = new ArrayList<>();
        for (int i = 0; i < trainings.size(); i++) {
            String t = trainings.get(i);
            if (t == null || t.isBlank()) {
                continue;
            }
            String[] parts = t.trim().split(":", 2);
            TrainingCategory category = TrainingCategory.parse(parts[0]).orElse(null);
            out.add(new CompetencyData.TrainingData(category, parts.length > 1 && !parts[1].isBlank() ? parts[1]
                    : null));
            trainingRows.add(i);
        }
        return new CompetencyData(code, name, group, description, levels, out);
    }

    /** "trainings[1].level" of the data → "trainings[3]" of the form (blank rows are skipped). */
    String formField(String dataField) {
        if (dataField.startsWith("trainings[")) {
            int end = dataField.indexOf(']');
            try {
                int i = Integer.parseInt(dataField.substring("trainings[".length(), end));
                return i < trainingRows.size() ? "trainings[" + trainingRows.get(i) + "]" : "trainings[0]";
            } catch (NumberFormatException e) {
                return "trainings[0]";
            }
        }
        if (dataField.equals("trainings")) {
            return "trainings[0]";
        }
        return dataField.equals("levels") ? "levels[0]" : dataField;
    }

    public static CompetencyForm of(CompetencyView v) {
        CompetencyForm f = new CompetencyForm();
        f.code = v.code();
        f.name = v.name();
        f.group = v.group();
        f.description = v.description();
        f.levels = new ArrayList<>(v.levels());
        for (int i = 0; i < v.trainings().size() && i < TRAINING_ROWS; i++) {
            CompetencyView.Training t = v.trainings().get(i);
            f.trainings.set(i, t.category().name() + (t.level() == null ? "" : ":" + t.level()));
        }
        f.version = v.version();
        return f;
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public CompetencyGroup getGroup() { return group; }
    public void setGroup(CompetencyGroup group) { this.group = group; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public List<String> getLevels() { return levels; }
    public void setLevels(List<String> levels) { this.levels = levels; }
    public List<String> getTrainings() { return trainings; }
    public void setTrainings(List<String> trainings) { this.trainings = trainings; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
