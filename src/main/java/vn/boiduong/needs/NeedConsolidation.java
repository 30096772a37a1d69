package vn.boiduong.needs;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.common.Actor;
import vn.boiduong.common.AuditEvent;
import vn.boiduong.common.IllegalTransitionException;
import vn.boiduong.common.InvalidInputException;
import vn.boiduong.common.NotFoundException;
import vn.boiduong.common.TrainingCategory;
import vn.boiduong.needs.internal.ConsolidatedNeedRepository;
import vn.boiduong.needs.internal.NeedRepository;
import vn.boiduong.documents.XlsxFormRenderer;
import vn.boiduong.needs.internal.SummaryForm;
import vn.boiduong.organization.UnitService;
import vn.boiduong.organization.VietnameseNames;

/**
 * B2: the Office reviews the year's accepted needs, merges similar ones into consolidated lines
 * (and undoes that while no plan uses them), and exports the summary.
 */
@Service
@Transactional(readOnly = true)
public class NeedConsolidation {

    public static final int TITLE_MAX = 255;

    private final ConsolidatedNeeds query;
    private final NeedRepository needs;
    private final ConsolidatedNeedRepository lines;
    private final UnitService units;
    private final ObjectProvider<NeedUsage> usage;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final XlsxFormRenderer xlsx;
    private final NeedPolicy policy;

    NeedConsolidation(ConsolidatedNeeds query, NeedRepository needs, ConsolidatedNeedRepository lines,
            UnitService units, ObjectProvider<NeedUsage> usage, ApplicationEventPublisher events, Clock clock,
            XlsxFormRenderer xlsx, NeedPolicy policy) {
        this.policy = policy;
        this.xlsx = xlsx;
        this.query = query;
        this.needs = needs;
        this.lines = lines;
        this.units = units;
        this.usage = usage;
        this.events = events;
        this.clock = clock;
    }

    public NeedSummary summary(Actor actor, int year) {
        policy.readConsolidation(actor).orThrow();
        checkYear(year);
        return query.summary(actor.agencyId(), year);
    }

    /** The summary as an XLSX workbook in the layout of a paper form. */
    public byte[] workbook(Actor actor, int year) {
        NeedSummary s = summary(actor, year);
        return xlsx.render(SummaryForm.of(units.agency(actor.agencyId()), s, actor.fullName(),
                java.time.LocalDate.now(clock)));
    }

    /**
     * Merges accepted needs of one year and one category into a new consolidated line.
     *
     * @param title the line's title; blank takes the first need's
     * @param level the line's level; blank takes the needs' level when they all share one
     */
    @Transactional
    public ConsolidatedNeed merge(Actor actor, Integer year, List<Long> needIds, String title, String level) {
        return merge(actor, year, needIds, title, level, LocalDateTime.now(clock));
    }

    @Transactional
    ConsolidatedNeed merge(Actor actor, Integer year, List<Long> needIds, String title, String level,
            LocalDateTime at) {
        policy.merge(actor).orThrow();
        checkYear(year);
        List<Long> ids = needIds == null ? List.of()
                : new ArrayList<>(new LinkedHashSet<>(needIds.stream().filter(Objects::nonNull).toList()));
        if (ids.isEmpty()) {
            throw InvalidInputException.of("needIds", "Hãy chọn các nhu cầu cần gộp.");
        }
        String t = title == null || title.isBlank() ? null : VietnameseNames.normalizeSpaces(title);
        if (t != null && t.length() > TITLE_MAX) {
            throw InvalidInputException.of("title", "Tên dòng tổng hợp tối đa " + TITLE_MAX + " ký tự.");
        }
        List<TrainingNeed> chosen = new ArrayList<>(needs.findByIdIn(ids));
        chosen.removeIf(n -> !n.getAgencyId().equals(actor.agencyId()));
        if (chosen.size() != ids.size()) {
            throw new NotFoundException("nhu cầu");
        }
        chosen.sort(java.util.Comparator.comparingInt(n -> ids.indexOf(n.getId())));
        TrainingCategory category = chosen.get(0).getCategory();
        for (TrainingNeed n : chosen) {
            if (n.getYear() != year) {
                throw InvalidInputException.of("needIds", "Nhu cầu «" + n.getTitle() + "» thuộc năm " + n.getYear()
                        + ", không phải năm " + year + ".");
            }
            if (n.getCategory() != category) {
                throw InvalidInputException.of("needIds", "Chỉ gộp được các nhu cầu cùng loại: «" + n.getTitle()
                        + "» thuộc loại «" + n.getCategory().label() + "».");
            }
        }
        String lvl = level == null || level.isBlank() ? commonLevel(chosen) : level.strip();
        if (!category.allowsLevel(lvl)) {
            throw InvalidInputException.of("level", "Trình độ/hạng không thuộc loại «" + category.label() + "».");
        }
        ConsolidatedNeed line = lines.save(new ConsolidatedNeed(actor.agencyId(), year,
                t != null ? t : chosen.get(0).getTitle(), category, lvl, actor.username(), at));
        for (TrainingNeed n : chosen) {
            n.mergeInto(line.getId());
        }
        needs.flush();
        for (TrainingNeed n : chosen) {
            events.publishEvent(AuditEvent.of("MERGE", "need", n.getId(), "Gộp «" + n.getTitle()
                    + "» vào dòng tổng hợp #" + line.getId() + " «" + line.getTitle() + "» năm " + year + " (cùng "
                    + ids + ")"));
        }
        return line;
    }

    /** Undoes a merge: the needs stand alone again. Refused once a plan uses any of them. */
    @Transactional
    public void unmerge(Actor actor, Long lineId) {
        policy.merge(actor).orThrow();
        ConsolidatedNeed line = lines.findById(lineId).filter(l -> l.getAgencyId().equals(actor.agencyId()))
                .orElseThrow(() -> new NotFoundException("dòng tổng hợp"));
        List<TrainingNeed> members = needs.findByConsolidatedNeedIdOrderByIdAsc(lineId);
        List<Long> ids = members.stream().map(TrainingNeed::getId).toList();
        String use = usage.orderedStream().map(u -> u.usedBy(actor.agencyId(), ids)).filter(Objects::nonNull)
                .findFirst().orElse(null);
        if (use != null) {
            throw new IllegalTransitionException("Dòng tổng hợp «" + line.getTitle() + "» đã được dùng trong " + use
                    + ", không bỏ gộp được.");
        }
        members.forEach(TrainingNeed::unmerge);
        needs.flush();
        lines.delete(line);
        for (TrainingNeed n : members) {
            events.publishEvent(AuditEvent.of("UNMERGE", "need", n.getId(), "Bỏ gộp «" + n.getTitle()
                    + "» khỏi dòng tổng hợp #" + lineId + " «" + line.getTitle() + "»"));
        }
    }

    private static String commonLevel(List<TrainingNeed> needs) {
        String first = needs.get(0).getLevel();
        return needs.stream().allMatch(n -> Objects.equals(n.getLevel(), first)) ? first : null;
    }

    static void checkYear(Integer year) {
        if (year == null || year < 2000 || year > 2100) {
            throw InvalidInputException.of("year", "Năm phải từ 2000 đến 2100.");
        }
    }
}
