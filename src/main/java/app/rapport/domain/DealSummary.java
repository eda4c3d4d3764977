package app.rapport.domain;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** The agreed terms of a deal as plain text, to paste into an email. */
public final class DealSummary {

    private DealSummary() {
    }

    public static String of(Deal deal, String creatorName, Locale locale) {
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        StringBuilder s = new StringBuilder();
        s.append(deal.title()).append(" — ").append(creatorName).append('\n');
        s.append("Stage: ").append(deal.stage().label()).append("\n\n");
        s.append("Compensation\n");
        if (deal.fee() != null) {
            s.append("- Fee: ").append(deal.fee().format(locale)).append('\n');
        }
        Gift gift = deal.gift();
        if (gift != null) {
            s.append("- Gifted product: ").append(gift.description());
            if (gift.retailValue() != null) {
                s.append(" (retail value ").append(gift.retailValue().format(locale)).append(')');
            }
            s.append('\n');
        }
        Affiliate affiliate = deal.affiliate();
        if (affiliate != null) {
            s.append("- Affiliate:");
            if (affiliate.commissionPercent() != null) {
                s.append(' ').append(affiliate.commissionPercent().stripTrailingZeros().toPlainString())
                        .append(" % commission");
            }
            if (affiliate.discountCode() != null) {
                s.append(affiliate.commissionPercent() != null ? "," : "").append(" code ")
                        .append(affiliate.discountCode());
            }
            if (affiliate.expiresOn() != null) {
                s.append(", valid until ").append(date.format(affiliate.expiresOn()));
            }
            s.append('\n');
        }
        if (deal.otherCompensation() != null) {
            s.append("- Also: ").append(deal.otherCompensation()).append('\n');
        }
        if (!deal.deliverables().isEmpty()) {
            s.append("\nDeliverables\n");
            for (Deliverable d : deal.deliverables()) {
                s.append("- ").append(d.quantity()).append(" × ").append(d.type());
                if (d.platform() != null) {
                    s.append(" on ").append(d.platform().label());
                }
                if (d.dueOn() != null) {
                    s.append(", due ").append(date.format(d.dueOn()));
                }
                s.append('\n');
            }
        }
        Rights r = deal.rights();
        if (!r.equals(Rights.NONE)) {
            s.append("\nRights\n");
            if (r.usageChannels() != null) {
                s.append("- Usage: ").append(r.usageChannels());
                if (r.usageFrom() != null) {
                    s.append(", from ").append(date.format(r.usageFrom()));
                }
                if (r.usageTo() != null) {
                    s.append(" until ").append(date.format(r.usageTo()));
                }
                s.append('\n');
            }
            if (r.exclusivityCategory() != null) {
                s.append("- Exclusivity: ").append(r.exclusivityCategory());
                if (r.exclusivityDays() != null) {
                    s.append(" for ").append(r.exclusivityDays()).append(" days");
                }
                s.append('\n');
            }
            s.append("- Whitelisting / paid boosting: ").append(r.whitelisting() ? "allowed" : "not allowed")
                    .append('\n');
        }
        if (!deal.instalments().isEmpty()) {
            s.append("\nPayment\n");
            for (Instalment i : deal.instalments()) {
                s.append("- ").append(i.amount().format(locale));
                if (i.dueOn() != null) {
                    s.append(", due ").append(date.format(i.dueOn()));
                } else if (i.dueRule() != null) {
                    s.append(", ").append(i.dueRule());
                }
                if (i.method() != null) {
                    s.append(", by ").append(i.method());
                }
                s.append('\n');
            }
        }
        return s.toString().stripTrailing() + "\n";
    }
}
