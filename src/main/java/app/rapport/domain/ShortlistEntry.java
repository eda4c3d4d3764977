package app.rapport.domain;

import app.rapport.domain.text.DomainTexts;

/**
 * A creator on a campaign's shortlist, with what the brand plans to offer before any deal exists.
 *
 * @param priority       1 is asked first
 * @param backup         a reserve, asked if someone declines; not counted in the plan
 * @param plannedFee     the fee the plan assumes, {@code null} for none
 * @param plannedGift    what the plan assumes to gift, {@code null} for none
 * @param plannedGiftValue the gift's retail value, {@code null} when unknown
 * @param dealId         the deal made from this entry, once promoted
 * @param version        the stored row's version when read (0 for a new entry); a plan saved from an older
 *                       version is refused
 */
public record ShortlistEntry(Long id, long campaignId, long contactId, int priority, boolean backup,
        Money plannedFee, String plannedGift, Money plannedGiftValue, Long dealId, long version) {

    /** An entry not read from the workspace (version 0). */
    public ShortlistEntry(Long id, long campaignId, long contactId, int priority, boolean backup,
            Money plannedFee, String plannedGift, Money plannedGiftValue, Long dealId) {
        this(id, campaignId, contactId, priority, backup, plannedFee, plannedGift, plannedGiftValue, dealId, 0);
    }

    public ShortlistEntry {
        plannedGift = Text.blankToNull(plannedGift);
        if (plannedFee != null && plannedFee.isNegative()) {
            throw new RuleViolation(DomainTexts.text("shortlist.feeNegative"));
        }
    }

    public ShortlistEntry withPlan(Money fee, String gift, Money giftValue) {
        return new ShortlistEntry(id, campaignId, contactId, priority, backup, fee, gift, giftValue, dealId,
                version);
    }

    public ShortlistEntry withBackup(boolean isBackup) {
        return new ShortlistEntry(id, campaignId, contactId, priority, isBackup, plannedFee, plannedGift,
                plannedGiftValue, dealId, version);
    }

    public ShortlistEntry withPriority(int newPriority) {
        return new ShortlistEntry(id, campaignId, contactId, newPriority, backup, plannedFee, plannedGift,
                plannedGiftValue, dealId, version);
    }

    public ShortlistEntry withDeal(Long newDealId) {
        return new ShortlistEntry(id, campaignId, contactId, priority, backup, plannedFee, plannedGift,
                plannedGiftValue, newDealId, version);
    }
}
