package app.rapport.domain;

import app.rapport.domain.text.DomainTexts;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A collaboration with one creator: what she is given (fee, gift, commission, other), what she makes,
 * the rights the brand gets, and when she is paid.
 *
 * @param campaignId   the campaign it belongs to, {@code null} for none
 * @param stageReached the first day the deal reached each stage, read from its history
 * @param version      the stored row's version when this was read (0 for a new deal); a save from an older
 *                     version is refused, so no one's change is overwritten unseen
 */
public record Deal(
        Long id,
        long contactId,
        Long campaignId,
        String title,
        DealStage stage,
        Money fee,
        Gift gift,
        Affiliate affiliate,
        String otherCompensation,
        List<Deliverable> deliverables,
        Rights rights,
        List<Instalment> instalments,
        String notes,
        Map<DealStage, LocalDate> stageReached,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    /** A deal not read from the workspace (version 0). */
    public Deal(Long id, long contactId, Long campaignId, String title, DealStage stage, Money fee, Gift gift,
            Affiliate affiliate, String otherCompensation, List<Deliverable> deliverables, Rights rights,
            List<Instalment> instalments, String notes, Map<DealStage, LocalDate> stageReached, Instant createdAt,
            Instant updatedAt) {
        this(id, contactId, campaignId, title, stage, fee, gift, affiliate, otherCompensation, deliverables, rights,
                instalments, notes, stageReached, createdAt, updatedAt, 0);
    }

    public Deal {
        title = title == null ? "" : title.strip();
        stage = stage == null ? DealStage.PROPOSED : stage;
        otherCompensation = Text.blankToNull(otherCompensation);
        deliverables = List.copyOf(deliverables == null ? List.of() : deliverables);
        rights = rights == null ? Rights.NONE : rights;
        instalments = List.copyOf(instalments == null ? List.of() : instalments);
        notes = Text.blankToNull(notes);
        stageReached = Map.copyOf(stageReached == null ? Map.of() : stageReached);
    }

    /** Checks the deal before it is saved. */
    public void check() {
        if (title.isEmpty()) {
            throw new RuleViolation(DomainTexts.text("deal.titleMissing"));
        }
        if (fee != null && fee.amount().signum() < 0) {
            throw new RuleViolation(DomainTexts.text("deal.feeNegative"));
        }
    }

    /** What stands between the deal and Completed: unpaid instalments, unpublished deliverables. */
    public List<String> completionBlockers() {
        List<String> blockers = new ArrayList<>();
        long unpaid = instalments.stream().filter(i -> !i.isPaid()).count();
        long unpublished = deliverables.stream().filter(d -> d.status() != Deliverable.Status.PUBLISHED).count();
        if (unpaid > 0) {
            blockers.add(DomainTexts.text("deal.blocker.unpaid", unpaid));
        }
        if (unpublished > 0) {
            blockers.add(DomainTexts.text("deal.blocker.unpublished", unpublished));
        }
        return blockers;
    }

    /** Paid so far, per currency. */
    public MoneyTotals paid() {
        return MoneyTotals.of(instalments.stream().filter(Instalment::isPaid).map(Instalment::amount).toList());
    }

    /** Still to pay, per currency (nothing for a cancelled deal). */
    public MoneyTotals outstanding() {
        if (stage == DealStage.CANCELLED) {
            return new MoneyTotals();
        }
        return MoneyTotals.of(instalments.stream().filter(i -> !i.isPaid()).map(Instalment::amount).toList());
    }

    /** The retail value of the gift, if any. */
    public MoneyTotals gifted() {
        return new MoneyTotals().add(gift == null ? null : gift.retailValue());
    }

    public Deal withInstalments(List<Instalment> newInstalments) {
        return new Deal(id, contactId, campaignId, title, stage, fee, gift, affiliate, otherCompensation,
                deliverables, rights, newInstalments, notes, stageReached, createdAt, updatedAt, version);
    }

    /** The same deal in another campaign ({@code null}: in none). */
    public Deal withCampaign(Long newCampaignId) {
        return new Deal(id, contactId, newCampaignId, title, stage, fee, gift, affiliate, otherCompensation,
                deliverables, rights, instalments, notes, stageReached, createdAt, updatedAt, version);
    }

    /** Whether the collaboration is still going: neither completed nor cancelled. */
    public boolean isOpen() {
        return stage != DealStage.COMPLETED && stage != DealStage.CANCELLED;
    }

    public Deal withStage(DealStage newStage) {
        return new Deal(id, contactId, campaignId, title, newStage, fee, gift, affiliate, otherCompensation,
                deliverables, rights, instalments, notes, stageReached, createdAt, updatedAt, version);
    }

    public Deal withId(Long newId) {
        return new Deal(newId, contactId, campaignId, title, stage, fee, gift, affiliate, otherCompensation,
                deliverables, rights, instalments, notes, stageReached, createdAt, updatedAt, version);
    }

    public Deal withVersion(long newVersion) {
        return new Deal(id, contactId, campaignId, title, stage, fee, gift, affiliate, otherCompensation,
                deliverables, rights, instalments, notes, stageReached, createdAt, updatedAt, newVersion);
    }

    public Deal withTimestamps(Instant created, Instant updated) {
        return new Deal(id, contactId, campaignId, title, stage, fee, gift, affiliate, otherCompensation,
                deliverables, rights, instalments, notes, stageReached, created, updated, version);
    }

    /** Finds an instalment by id. */
    public Instalment instalment(long instalmentId) {
        return instalments.stream().filter(i -> Objects.equals(i.id(), instalmentId)).findFirst().orElseThrow();
    }
}
