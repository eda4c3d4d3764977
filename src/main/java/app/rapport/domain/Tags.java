package app.rapport.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Rules for free tags and niches: trimmed, never blank, each once regardless of case. */
public final class Tags {

    private Tags() {
    }

    /** Splits what a person typed ("vegan; food, Lyon|travel") into tags. */
    public static List<String> parse(String text) {
        if (text == null) {
            return List.of();
        }
        return clean(Arrays.asList(text.split("[;,|]")));
    }

    /** Joins tags the way the app writes them back. */
    public static String format(List<String> tags) {
        return String.join(", ", tags);
    }

    /** Strips, drops blanks and keeps the first spelling of tags that differ only in case. */
    public static List<String> clean(List<String> tags) {
        if (tags == null) {
            return List.of();
        }
        Map<String, String> unique = new LinkedHashMap<>();
        for (String tag : tags) {
            String t = tag == null ? "" : tag.strip().replaceAll("\\s+", " ");
            if (!t.isEmpty()) {
                unique.putIfAbsent(t.toLowerCase(Locale.ROOT), t);
            }
        }
        return List.copyOf(new ArrayList<>(unique.values()));
    }
}
