package app.rapport.ui.contacts;

import app.rapport.domain.Tags;
import app.rapport.domain.Text;
import java.util.List;

/** Completes the last tag being typed in a comma-separated list from the tags already in use. */
final class TagCompletion {

    private static final int MAX_SUGGESTIONS = 8;

    private TagCompletion() {
    }

    /** Whole-field suggestions: the tags typed so far, then a known tag starting with the last fragment. */
    static List<String> suggest(String typed, List<String> known) {
        String text = typed == null ? "" : typed;
        int cut = Math.max(Math.max(text.lastIndexOf(','), text.lastIndexOf(';')), text.lastIndexOf('|'));
        String done = cut < 0 ? "" : text.substring(0, cut);
        String fragment = Text.fold(text.substring(cut + 1)).strip();
        if (fragment.isEmpty()) {
            return List.of();
        }
        List<String> already = Tags.parse(done);
        String prefix = already.isEmpty() ? "" : Tags.format(already) + ", ";
        return known.stream()
                .filter(tag -> Text.fold(tag).startsWith(fragment))
                .filter(tag -> already.stream().noneMatch(tag::equalsIgnoreCase))
                .filter(tag -> !Text.fold(tag).equals(fragment))
                .limit(MAX_SUGGESTIONS)
                .map(tag -> prefix + tag)
                .toList();
    }
}
