package app.rapport.domain;

import app.rapport.domain.text.DomainTexts;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An outreach message with merge fields such as {@code {first_name}}.
 *
 * @param version the stored row's version when read (0 for a new template); a save from an older one is refused
 */
public record MessageTemplate(Long id, String name, String subject, String body, long version) {

    /** A template not read from the workspace (version 0). */
    public MessageTemplate(Long id, String name, String subject, String body) {
        this(id, name, subject, body, 0);
    }

    /** The merge fields a template may use. */
    public static final List<String> FIELDS =
            List.of("first_name", "display_name", "handle", "platform", "niche", "brand", "my_name");
    static final Pattern FIELD = Pattern.compile("\\{([^{}\\s]*)}");

    public MessageTemplate {
        name = name == null ? "" : name.strip();
        subject = subject == null ? "" : subject;
        body = body == null ? "" : body;
    }

    /** Fields in braces that are not merge fields, such as a misspelt {@code {frist_name}}. */
    public List<String> unknownFields() {
        Set<String> unknown = new LinkedHashSet<>();
        for (String text : List.of(subject, body)) {
            Matcher m = FIELD.matcher(text);
            while (m.find()) {
                if (!FIELDS.contains(m.group(1))) {
                    unknown.add("{" + m.group(1) + "}");
                }
            }
        }
        return new ArrayList<>(unknown);
    }

    /** Checks what a template needs before it is saved. */
    public void check() {
        if (name.isEmpty()) {
            throw new RuleViolation(DomainTexts.text("template.nameMissing"));
        }
        if (body.isBlank()) {
            throw new RuleViolation(DomainTexts.text("template.bodyMissing"));
        }
        List<String> unknown = unknownFields();
        if (!unknown.isEmpty()) {
            throw new RuleViolation(DomainTexts.text("template.unknownFields", unknown.size(),
                    String.join(", ", unknown), String.join(", ", FIELDS.stream().map(f -> "{" + f + "}").toList())));
        }
    }
}
