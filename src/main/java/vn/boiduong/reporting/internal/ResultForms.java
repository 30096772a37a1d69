package vn.boiduong.reporting.internal;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.boiduong.delivery.ResultFacts;
import vn.boiduong.documents.FormFooter;
import vn.boiduong.documents.FormSheet;
import vn.boiduong.organization.Agency;
import vn.boiduong.reporting.DefinedForms;
import vn.boiduong.reporting.FormDefinition;
import vn.boiduong.reporting.FormDefinitions;
import vn.boiduong.reporting.FormFact;

/**
 * Forms 1a and 1b (results of year N): the completed results of people in classes that ended in the
 * year, by unit of the person, and the spending recorded against those classes, drawn by the same
 * engine ({@link DefinedForms}) from the same editable definitions as 2a and 2b. The counting is the
 * database's: {@code delivery}'s {@link ResultFacts} groups the year's results by unit, kind of
 * person and kind of training in one query, and the engine only places those few aggregated facts
 * in their cells.
 */
@Component
public class ResultForms {

    static final String SPENDING_NOTE = "Kinh phí: số đã chi cho các lớp kết thúc trong năm, chia đều cho "
            + "số người hoàn thành của mỗi lớp";

    private final FormDefinitions definitions;
    private final DefinedForms forms;
    private final ResultFacts results;

    ResultForms(FormDefinitions definitions, DefinedForms forms, ResultFacts results) {
        this.definitions = definitions;
        this.forms = forms;
        this.results = results;
    }

    public boolean hasResults(Long agencyId, int year) {
        return results.agenciesWithResults(year).contains(agencyId);
    }

    /** Form 1a or 1b of one agency's year: a block per unit with results, then the agency's. */
    public FormSheet agencyForm(String code, Agency agency, int year, String preparerName, LocalDate today) {
        List<FormFact> facts = unitFacts(results.ofAgency(agency.getId(), year));
        return draw(code, agency, year, facts, preparerName, today);
    }

    /** The facts of one agency's year, one per unit (in Vietnamese alphabetical order of the units). */
    public static List<FormFact> unitFacts(List<ResultFacts.Fact> facts) {
        Collator vi = Collator.getInstance(new ULocale("vi"));
        List<FormFact> out = new ArrayList<>(facts.size());
        for (ResultFacts.Fact f : facts) {
            out.add(new FormFact(String.valueOf(f.unitId()), f.unitName(), f.staffCategory(), f.leader(),
                    f.category(), f.level(), f.abroad(), f.funding(), f.people(), f.spending()));
        }
        out.sort(Comparator.comparing(FormFact::unitName, vi::compare).thenComparing(FormFact::unitKey));
        return out;
    }

    /**
     * The province's facts: every agency is one block (its rows summed over its units); {@code agencies}
     * in the order they are printed, each with a block even when it has no result yet.
     */
    public List<FormFact> agencyFacts(String code, List<Agency> agencies, int year) {
        Map<Long, List<ResultFacts.Fact>> byAgency = new java.util.HashMap<>();
        for (ResultFacts.Fact f : results.ofEveryAgency(year)) {
            byAgency.computeIfAbsent(f.agencyId(), k -> new ArrayList<>()).add(f);
        }
        FormDefinition def = definitions.definition(code);
        List<FormFact> out = new ArrayList<>();
        for (Agency a : agencies) {
            String key = String.valueOf(a.getId());
            out.add(FormFact.placeholder(key, a.getName(), def.people().isEmpty() ? "CC" : def.people().get(0)));
            for (ResultFacts.Fact f : byAgency.getOrDefault(a.getId(), List.of())) {
                out.add(new FormFact(key, a.getName(), f.staffCategory(), f.leader(), f.category(), f.level(),
                        f.abroad(), f.funding(), f.people(), f.spending()));
            }
        }
        return out;
    }

    public FormSheet draw(String code, Agency agency, int year, List<FormFact> facts, String preparerName,
            LocalDate today) {
        FormDefinition def = definitions.definition(code);
        DefinedForms.Heading heading = new DefinedForms.Heading(agency.getName(), year);
        FormFooter footer = FormFooter.standard(agency.getPlaceName(), today, preparerName, agency.getSignerName());
        FormSheet sheet = forms.count(def, heading, facts, footer);
        List<String> notes = new ArrayList<>(sheet.notes());
        notes.add(SPENDING_NOTE);
        return new FormSheet(sheet.sheetName(), sheet.formCode(), sheet.titleLines(), notes, sheet.table(),
                sheet.columnNumbers(), sheet.footer());
    }
}
