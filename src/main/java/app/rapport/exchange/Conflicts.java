package app.rapport.exchange;

import app.rapport.domain.sheet.ColumnGuess;
import app.rapport.domain.sheet.ImportField;
import app.rapport.domain.text.DomainTexts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Settles two columns guessed for the same field: the exact figure beats its rounded twin ("224400000" beside
 * "224.4M"), the clearer handle or email column wins, and what loses is kept in notes where it holds something
 * a person would miss, or left out with the reason.
 */
final class Conflicts {

    private Conflicts() {
    }

    static void settle(List<String> headers, List<ColumnGuess> guesses, List<ColumnValues> values,
            Set<String> chosenByUser) {
        Map<String, List<Integer>> byField = new LinkedHashMap<>();
        for (int c = 0; c < guesses.size(); c++) {
            ColumnGuess g = guesses.get(c);
            if (!g.isIgnored() && !g.field().isJoined()) {
                byField.computeIfAbsent(g.field().id(), f -> new ArrayList<>()).add(c);
            }
        }
        byField.forEach((field, columns) -> {
            if (columns.size() < 2) {
                return;
            }
            int winner = columns.stream().filter(c -> chosenByUser.contains(headers.get(c))).findFirst()
                    .orElseGet(() -> columns.stream().max(Comparator.comparingDouble(
                            (Integer c) -> strength(guesses.get(c).field(), values.get(c)))
                            .thenComparing(c -> -c)).orElseThrow());
            for (int c : columns) {
                if (c != winner && !chosenByUser.contains(headers.get(c))) {
                    guesses.set(c, loser(guesses.get(c).field(), headers.get(c), headers.get(winner), values.get(c)));
                }
            }
        });
    }

    /** How surely a column holds its field: an exact count over a rounded one, cleaner handles and emails. */
    private static double strength(ImportField field, ColumnValues values) {
        String part = field.isAccount() ? field.part() : field.id();
        return switch (part) {
            case "followers" -> values.exactCounts;
            case "handle" -> values.handles + values.atSigns * 0.1;
            case "email" -> values.onlyEmails;
            case "name" -> values.spaced * 0.1 + values.distinct * 0.1;
            default -> 0;
        };
    }

    private static ColumnGuess loser(ImportField field, String header, String winner, ColumnValues values) {
        String part = field.isAccount() ? field.part() : field.id();
        if ("followers".equals(part) || "engagement".equals(part)) {
            return sameBase(header, winner)
                    ? ColumnGuess.ignored(DomainTexts.text("guess.sameFigure", winner))
                    : ColumnGuess.ignored(DomainTexts.text("guess.taken", winner, field.id()));
        }
        if ("name".equals(part) && values.looksLikeNames()) {
            return ColumnGuess.of(ImportField.named("real_name", null).orElseThrow(),
                    DomainTexts.text("guess.secondName", winner));
        }
        if ("handle".equals(part) || "url".equals(part) || "fit".equals(part) || "status".equals(part)) {
            return ColumnGuess.ignored(DomainTexts.text("guess.taken", winner, field.id()));
        }
        return ColumnGuess.of(ImportField.named("notes", null).orElseThrow(),
                DomainTexts.text("guess.takenKeptInNotes", winner, field.id()));
    }

    /** "Subscribers" and "Subscribers 2": the same header, repeated. */
    private static boolean sameBase(String a, String b) {
        return HeaderWords.fold(a.replaceFirst("\\s+\\d{1,2}$", ""))
                .equals(HeaderWords.fold(b.replaceFirst("\\s+\\d{1,2}$", "")));
    }
}
