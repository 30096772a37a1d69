package vn.boiduong.procedure;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import vn.boiduong.common.Actor;

/**
 * Where a year stands, asked of the {@link StepProgress} and {@link RegistrationDueDateSource}
 * beans of the later modules. With none present every step is "not started" and B1 is current.
 * The units late with a step's due date come from the {@link LateUnitsSource} beans.
 */
@Service
public class ProcedureProgress {

    private static final Logger log = LoggerFactory.getLogger(ProcedureProgress.class);

    private final ProcedureService procedure;
    private final ObjectProvider<StepProgress> progress;
    private final ObjectProvider<RegistrationDueDateSource> dueDateSources;
    private final ObjectProvider<LateUnitsSource> lateUnitsSources;

    ProcedureProgress(ProcedureService procedure, ObjectProvider<StepProgress> progress,
            ObjectProvider<RegistrationDueDateSource> dueDateSources, ObjectProvider<LateUnitsSource> lateUnitsSources) {
        this.procedure = procedure;
        this.progress = progress;
        this.dueDateSources = dueDateSources;
        this.lateUnitsSources = lateUnitsSources;
    }

    /**
     * The units late with their part of the year, as the {@link LateUnitsSource} beans report them
     * to this person, in step order. A failing source is logged and left out, as for the progress.
     */
    public List<LateUnits> lateUnits(Actor actor, int year) {
        return lateUnitsSources.orderedStream()
                .map(s -> firstAnswer(Stream.of(s), source -> source.lateUnits(actor, year)))
                .flatMap(Optional::stream)
                .filter(l -> !l.unitNames().isEmpty())
                .sorted(Comparator.comparing(LateUnits::stepCode))
                .toList();
    }

    public YearProgress of(Long agencyId, int year) {
        ProcedureDocument document = procedure.current();
        DueDates due = registrationDueDate(agencyId, year).map(document::dueDates).orElse(null);
        return YearProgress.compute(year, procedure.steps(), code -> stateOf(agencyId, year, code), due);
    }

    private StepState stateOf(Long agencyId, int year, String stepCode) {
        return firstAnswer(progress.orderedStream(), p -> p.state(agencyId, year, stepCode))
                .orElse(StepState.NOT_STARTED);
    }

    private Optional<LocalDate> registrationDueDate(Long agencyId, int year) {
        return firstAnswer(dueDateSources.orderedStream(), s -> s.registrationDueDate(agencyId, year));
    }

    /**
     * The first provider's answer, in order. The home page is where everyone lands: a failing
     * provider must not take it down, so its answer counts as unknown and the failure is logged.
     */
    static <P, R> Optional<R> firstAnswer(Stream<P> providers, Function<P, Optional<R>> question) {
        return providers.map(p -> {
            try {
                Optional<R> answer = question.apply(p);
                return answer == null ? Optional.<R>empty() : answer;
            } catch (RuntimeException e) {
                log.warn("{} failed to answer; shown as unknown", p.getClass().getName(), e);
                return Optional.<R>empty();
            }
        }).flatMap(Optional::stream).findFirst();
    }
}
