package app.rapport.service;

import app.rapport.domain.FollowerCounts;
import app.rapport.domain.Influencer;
import app.rapport.domain.SocialAccount;
import app.rapport.domain.Tags;
import app.rapport.domain.text.DomainTexts;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** What differs between two rows that are the same creator ("YouTube followers 227M → 227.4M"). */
public final class RowDifferences {

    private RowDifferences() {
    }

    /** Each value that differs, as "what: first → second"; empty when the rows say the same. */
    public static List<String> between(Influencer first, Influencer second) {
        List<String> differences = new ArrayList<>();
        field(differences, DomainTexts.text("difference.name"), first, second, Influencer::displayName);
        field(differences, DomainTexts.text("difference.realName"), first, second, Influencer::realName);
        field(differences, DomainTexts.text("difference.email"), first, second, Influencer::email);
        field(differences, DomainTexts.text("difference.phone"), first, second, Influencer::phone);
        field(differences, DomainTexts.text("difference.city"), first, second, Influencer::city);
        field(differences, DomainTexts.text("difference.country"), first, second, Influencer::country);
        field(differences, DomainTexts.text("difference.tags"), first, second,
                c -> c.tags().isEmpty() ? null : Tags.format(c.tags()));
        for (SocialAccount a : second.accounts()) {
            SocialAccount b = first.accounts().stream().filter(x -> x.platform() == a.platform()).findFirst()
                    .orElse(null);
            String label = a.platform().label();
            if (b == null) {
                differences.add(DomainTexts.text("difference.change", label, "—", a.displayHandle()));
                continue;
            }
            if (!b.handleKey().equals(a.handleKey())) {
                differences.add(DomainTexts.text("difference.change", label, b.displayHandle(), a.displayHandle()));
            }
            if (!Objects.equals(b.followers(), a.followers())) {
                differences.add(DomainTexts.text("difference.change", DomainTexts.text("difference.followers", label),
                        count(b.followers()), count(a.followers())));
            }
            if (!Objects.equals(b.engagementRate(), a.engagementRate())) {
                differences.add(DomainTexts.text("difference.change", DomainTexts.text("difference.engagement", label),
                        String.valueOf(b.engagementRate()), String.valueOf(a.engagementRate())));
            }
        }
        return differences;
    }

    private static String count(Long followers) {
        return followers == null ? "—" : FollowerCounts.abbreviate(followers);
    }

    private static void field(List<String> differences, String what, Influencer first, Influencer second,
            Function<Influencer, String> value) {
        String a = value.apply(first);
        String b = value.apply(second);
        if (b != null && !b.equals(a)) {
            differences.add(DomainTexts.text("difference.change", what, a == null ? "—" : a, b));
        }
    }
}
