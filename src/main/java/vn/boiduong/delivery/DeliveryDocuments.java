package vn.boiduong.delivery;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.common.Actor;
import vn.boiduong.documents.OfficialDocument;
import vn.boiduong.delivery.internal.AnnouncementDocument;

/**
 * B5's official documents for a later step that keeps them (B7 files the announcement when it hears
 * {@link ClassEvents.AnnouncementIssued}): the same document the download gives, with the reader's rights.
 */
@Service
public class DeliveryDocuments {

    private final BudgetService budget;
    private final AnnouncementDocument announcement;

    DeliveryDocuments(BudgetService budget, AnnouncementDocument announcement) {
        this.budget = budget;
        this.announcement = announcement;
    }

    /** The THÔNG BÁO of plan {@code planId}. */
    @Transactional(readOnly = true)
    public OfficialDocument announcement(Actor actor, Long planId) {
        return announcement.of(budget.announcementData(actor, planId));
    }
}
