package app.rapport.domain;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * A template filled in for one contact. Fields without a value stay in braces and are listed in
 * {@link #missing}, so the user sees the gap before sending.
 */
public record Message(String subject, String body, List<String> missing) {

    /** Who writes: the brand and the person. */
    public record Sender(String brand, String myName) {
    }

    /** Fills the template's merge fields with the contact's values. */
    public static Message fill(MessageTemplate template, Influencer contact, Sender sender) {
        Map<String, String> values = new HashMap<>();
        values.put("first_name", firstName(contact));
        values.put("display_name", contact.displayName());
        values.put("handle", contact.mainAccount().map(SocialAccount::displayHandle).orElse(null));
        values.put("platform", contact.mainAccount().map(a -> a.platform().label()).orElse(null));
        values.put("niche", contact.tags().isEmpty() ? null : contact.tags().get(0));
        values.put("brand", Text.blankToNull(sender.brand()));
        values.put("my_name", Text.blankToNull(sender.myName()));
        Set<String> missing = new LinkedHashSet<>();
        String subject = replace(template.subject(), values, missing);
        String body = replace(template.body(), values, missing);
        return new Message(subject, body, List.copyOf(missing));
    }

    private static String firstName(Influencer contact) {
        String name = Text.blankToNull(contact.realName());
        if (name == null) {
            return contact.displayName();
        }
        return name.split("\\s+")[0];
    }

    private static String replace(String text, Map<String, String> values, Set<String> missing) {
        Matcher m = MessageTemplate.FIELD.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String field = m.group(1);
            String value = values.get(field);
            if (value == null) {
                if (values.containsKey(field)) {
                    missing.add(field);
                }
                value = m.group();
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
