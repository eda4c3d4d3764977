package app.rapport.domain;

import app.rapport.domain.text.DomainTexts;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The agreed terms of a deal as plain text in the user's language, to paste into an email. */
public final class DealSummary {

    private DealSummary() {
    }

    public static String of(Deal deal, String creatorName, Locale locale) {
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        StringBuilder s = new StringBuilder();
        line(s, "summary.heading", deal.title(), creatorName);
        line(s, "summary.stage", deal.stage().label());
        s.append('\n');
        line(s, "summary.compensation");
        if (deal.fee() != null) {
            line(s, "summary.fee", deal.fee().format(locale));
        }
        Gift gift = deal.gift();
        if (gift != null) {
            if (gift.retailValue() == null) {
                line(s, "summary.gift", gift.description());
            } else {
                line(s, "summary.giftWithValue", gift.description(), gift.retailValue().format(locale));
            }
        }
        Affiliate affiliate = deal.affiliate();
        if (affiliate != null) {
            List<String> terms = new ArrayList<>();
            if (affiliate.commissionPercent() != null) {
                terms.add(DomainTexts.text("summary.commission",
                        affiliate.commissionPercent().stripTrailingZeros().toPlainString()));
            }
            if (affiliate.discountCode() != null) {
                terms.add(DomainTexts.text("summary.code", affiliate.discountCode()));
            }
            if (affiliate.expiresOn() != null) {
                terms.add(DomainTexts.text("summary.validUntil", date.format(affiliate.expiresOn())));
            }
            line(s, "summary.affiliate", String.join(", ", terms));
        }
        if (deal.otherCompensation() != null) {
            line(s, "summary.also", deal.otherCompensation());
        }
        if (!deal.deliverables().isEmpty()) {
            s.append('\n');
            line(s, "summary.deliverables");
            for (Deliverable d : deal.deliverables()) {
                List<String> parts = new ArrayList<>();
                parts.add(d.platform() == null ? DomainTexts.text("merge.value.deliverable", d.quantity(), d.type())
                        : DomainTexts.text("merge.value.deliverableOn", d.quantity(), d.type(), d.platform().label()));
                if (d.dueOn() != null) {
                    parts.add(DomainTexts.text("merge.value.due", date.format(d.dueOn())));
                }
                line(s, "summary.item", String.join(", ", parts));
            }
        }
        Rights r = deal.rights();
        if (!r.equals(Rights.NONE)) {
            s.append('\n');
            line(s, "summary.rights");
            if (r.usageChannels() != null) {
                String from = r.usageFrom() == null ? null : date.format(r.usageFrom());
                String until = r.usageTo() == null ? null : date.format(r.usageTo());
                line(s, from == null ? until == null ? "summary.usage" : "summary.usageUntil"
                        : until == null ? "summary.usageFrom" : "summary.usageFromUntil",
                        r.usageChannels(), from == null ? until : from, until);
            }
            if (r.exclusivityCategory() != null) {
                if (r.exclusivityDays() == null) {
                    line(s, "summary.exclusivity", r.exclusivityCategory());
                } else {
                    line(s, "summary.exclusivityFor", r.exclusivityCategory(), r.exclusivityDays());
                }
            }
            line(s, r.whitelisting() ? "summary.whitelistingAllowed" : "summary.whitelistingNotAllowed");
        }
        if (!deal.instalments().isEmpty()) {
            s.append('\n');
            line(s, "summary.payment");
            for (Instalment i : deal.instalments()) {
                List<String> parts = new ArrayList<>();
                parts.add(i.amount().format(locale));
                if (i.dueOn() != null) {
                    parts.add(DomainTexts.text("merge.value.due", date.format(i.dueOn())));
                } else if (i.dueRule() != null) {
                    parts.add(i.dueRule().toString());
                }
                if (i.method() != null) {
                    parts.add(DomainTexts.text("summary.by", i.method()));
                }
                line(s, "summary.item", String.join(", ", parts));
            }
        }
        return s.toString().stripTrailing() + "\n";
    }

    private static void line(StringBuilder s, String key, Object... arguments) {
        s.append(DomainTexts.text(key, arguments)).append('\n');
    }
}
