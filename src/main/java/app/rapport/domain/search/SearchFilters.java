package app.rapport.domain.search;

import app.rapport.domain.Influencer;
import app.rapport.domain.OutreachStatus;
import app.rapport.domain.Platform;
import app.rapport.domain.SocialAccount;
import app.rapport.domain.Text;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** The tests behind each filter of the search language ({@code tag:}, {@code followers:}, …), one per term. */
final class SearchFilters {

    private SearchFilters() {
    }

    static Predicate<SearchEntry> of(QueryTerm term, SearchFacts facts) {
        List<String> folded = term.values().stream().map(Text::fold).toList();
        List<NumberRange> ranges = term.ranges();
        LocalDate today = facts.today();
        return switch (term.key()) {
            case NAME -> e -> folded.stream().anyMatch(e::nameHolds);
            case HANDLE -> e -> folded.stream().anyMatch(e::handleHolds);
            case TAG -> e -> anyIn(folded, e.tags());
            case PLATFORM -> {
                Set<Platform> platforms = term.values().stream().map(v -> Platform.fromName(v).orElseThrow())
                        .collect(Collectors.toSet());
                yield e -> {
                    for (SocialAccount account : e.source().accounts()) {
                        if (platforms.contains(account.platform())) {
                            return true;
                        }
                    }
                    return false;
                };
            }
            case STATUS -> {
                Set<OutreachStatus> statuses = term.values().stream()
                        .map(v -> ContactQuery.status(v).orElseThrow()).collect(Collectors.toSet());
                yield e -> statuses.contains(e.source().outreach().status());
            }
            case FOLLOWERS -> e -> {
                Long followers = e.followers();
                return followers != null && anyContains(ranges, BigDecimal.valueOf(followers));
            };
            case ENGAGEMENT -> e -> anyContains(ranges, e.engagement());
            case COUNTRY -> {
                Set<String> codes = term.values().stream().map(v -> ContactQuery.country(v).orElseThrow())
                        .collect(Collectors.toSet());
                yield e -> e.source().country() != null && codes.contains(e.source().country());
            }
            case CITY -> e -> anyWithin(folded, e.city());
            case FIT -> {
                boolean unrated = folded.contains("none");
                yield e -> {
                    Integer rating = e.source().fit().rating();
                    return rating == null ? unrated : anyContains(ranges, BigDecimal.valueOf(rating));
                };
            }
            case FOLLOWUP -> e -> folded.stream().anyMatch(v -> followUp(v, e.source().outreach().followUpOn(), today));
            case CAMPAIGN -> {
                Set<Long> members = facts.campaignsByContact().entrySet().stream()
                        .filter(e -> e.getValue().stream().map(Text::fold).anyMatch(folded::contains))
                        .map(Map.Entry::getKey).collect(Collectors.toSet());
                yield e -> e.source().id() != null && members.contains(e.source().id());
            }
            case STALE -> {
                boolean wanted = ContactQuery.yesNo(term.rawValue()).orElse(true);
                yield e -> isStale(e.source(), today) == wanted;
            }
            case LANGUAGE -> e -> e.languages().stream().anyMatch(l -> folded.stream().anyMatch(l::contains));
            case EMAIL -> e -> anyWithin(folded, e.email());
            case HAS -> e -> folded.stream().allMatch(v -> has(e.source(), v));
        };
    }

    private static boolean followUp(String wanted, LocalDate on, LocalDate today) {
        return switch (wanted) {
            case "overdue" -> on != null && on.isBefore(today);
            case "today" -> today.equals(on);
            case "due" -> on != null && !on.isAfter(today);
            case "week" -> on != null && !on.isBefore(today) && !on.isAfter(today.plusDays(6));
            case "planned" -> on != null;
            default -> on == null;
        };
    }

    private static boolean has(Influencer c, String what) {
        return switch (what) {
            case "email" -> c.email() != null;
            case "phone" -> c.phone() != null;
            case "followup" -> c.outreach().followUpOn() != null;
            case "fit" -> c.fit().rating() != null;
            default -> c.audienceNotes() != null || !c.fit().notes().isEmpty();
        };
    }

    /**
     * Whether a follower figure of the contact was last checked more than {@value SearchFacts#STALE_AFTER_DAYS}
     * days ago (or never dated).
     */
    static boolean isStale(Influencer contact, LocalDate today) {
        LocalDate limit = today.minusDays(SearchFacts.STALE_AFTER_DAYS);
        for (SocialAccount account : contact.accounts()) {
            if (account.followers() == null) {
                continue;
            }
            LocalDate checked = account.checkedOn() != null ? account.checkedOn()
                    : account.updatedAt() == null ? null : account.updatedAt().atZone(ZoneOffset.UTC).toLocalDate();
            if (checked == null || checked.isBefore(limit)) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of the ranges (the alternatives of a numeric filter) holds the number; null is in none. */
    private static boolean anyContains(List<NumberRange> ranges, BigDecimal value) {
        for (NumberRange range : ranges) {
            if (range.contains(value)) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyIn(List<String> wanted, Set<String> values) {
        for (String value : wanted) {
            if (values.contains(value)) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyWithin(List<String> parts, String text) {
        for (String part : parts) {
            if (text.contains(part)) {
                return true;
            }
        }
        return false;
    }
}
