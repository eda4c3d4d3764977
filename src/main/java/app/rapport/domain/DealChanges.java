package app.rapport.domain;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What a save changed in a deal, field by field; field names carry the deal's title. */
public final class DealChanges {

    private DealChanges() {
    }

    public static List<FieldChange> between(Deal before, Deal after, Instant at, String by) {
        return FieldChange.between(fields(before), fields(after), "Deal \u201c" + after.title() + "\u201d: ", at, by);
    }

    private static Map<String, String> fields(Deal d) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("title", d.title());
        f.put("stage", d.stage().englishWord());
        f.put("fee", text(d.fee()));
        Gift gift = d.gift();
        f.put("gift", gift == null ? "" : Text.orEmpty(gift.description()) + " " + text(gift.retailValue()));
        f.put("shipping", gift == null ? "" : gift.shipping().englishWord() + " " + Text.orEmpty(gift.carrier()) + " "
                + Text.orEmpty(gift.trackingNumber()));
        Affiliate affiliate = d.affiliate();
        f.put("affiliate", affiliate == null ? "" : text(affiliate.commissionPercent()) + " % "
                + Text.orEmpty(affiliate.discountCode()) + " " + text(affiliate.expiresOn()));
        f.put("other compensation", Text.orEmpty(d.otherCompensation()));
        f.put("deliverables", d.deliverables().stream().map(x -> x.quantity() + "× " + x.type().englishWord() + " "
                + x.status().englishWord()).toList().toString());
        f.put("rights", d.rights().equals(Rights.NONE) ? "" : Text.orEmpty(d.rights().usageChannels()) + " "
                + text(d.rights().usageFrom()) + "–" + text(d.rights().usageTo()));
        for (int i = 0; i < d.instalments().size(); i++) {
            Instalment p = d.instalments().get(i);
            f.put("instalment " + (i + 1), p.amount() + (p.dueOn() == null ? "" : " due " + p.dueOn())
                    + (p.paidOn() == null ? "" : ", paid " + p.paidOn()));
        }
        f.put("notes", Text.orEmpty(d.notes()));
        f.replaceAll((k, v) -> v.strip());
        return f;
    }

    private static String text(Object value) {
        return value == null ? "" : Objects.toString(value);
    }
}
