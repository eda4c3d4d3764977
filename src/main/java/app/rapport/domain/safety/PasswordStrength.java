package app.rapport.domain.safety;

import app.rapport.domain.text.DomainTexts;
import java.util.Locale;
import java.util.Set;

/**
 * How hard a workspace password is to guess, judged from its length, the kinds of characters in it, and whether it
 * is a common password or a run of repeated or consecutive characters; with one sentence of advice.
 *
 * @param rating the verdict
 * @param hint   one sentence for the person choosing the password
 */
public record PasswordStrength(Rating rating, String hint) {

    /** The shortest password Rapport accepts for a workspace. */
    public static final int MIN_LENGTH = 10;

    /** From refused to strong. */
    public enum Rating { TOO_SHORT, WEAK, FAIR, STRONG }

    /** Passwords (and their cores, digits and symbols trimmed) found first in every leaked list. */
    private static final Set<String> COMMON = Set.of("password", "passwort", "motdepasse", "contrasena", "qwerty",
            "qwertyuiop", "qwertz", "azerty", "asdfghjkl", "iloveyou", "letmein", "welcome", "admin", "administrator",
            "monkey", "dragon", "football", "baseball", "sunshine", "princess", "trustno", "master", "shadow",
            "superman", "batman", "starwars", "whatever", "freedom", "passw0rd", "p@ssw0rd", "changeme", "secret",
            "rapport", "abc", "abcdef", "test", "hello", "love", "summer", "winter", "computer",
            "internet", "michael", "jennifer", "charlie", "password1");

    /** Rates a password. */
    public static PasswordStrength rate(String password) {
        String text = password == null ? "" : password;
        int length = text.codePointCount(0, text.length());
        if (length < MIN_LENGTH) {
            return new PasswordStrength(Rating.TOO_SHORT, DomainTexts.text("password.tooShort", MIN_LENGTH));
        }
        String lower = text.toLowerCase(Locale.ROOT);
        String core = lower.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
        // Digits alone are dates and counting, among the first things tried.
        if (COMMON.contains(lower) || COMMON.contains(core) || lower.chars().allMatch(Character::isDigit)) {
            return new PasswordStrength(Rating.WEAK, DomainTexts.text("password.common"));
        }
        if (lower.codePoints().distinct().count() <= 3 || isRun(lower)) {
            return new PasswordStrength(Rating.WEAK, DomainTexts.text("password.repeated"));
        }
        int kinds = kinds(text);
        if (length >= 16 || length >= 12 && kinds >= 3) {
            return new PasswordStrength(Rating.STRONG, DomainTexts.text("password.strong"));
        }
        if (kinds >= 2) {
            return new PasswordStrength(Rating.FAIR, DomainTexts.text("password.fair"));
        }
        return new PasswordStrength(Rating.WEAK, DomainTexts.text("password.oneKind"));
    }

    /** Whether the rating is below fair, so the person should be told before going on. */
    public boolean isWeak() {
        return rating == Rating.TOO_SHORT || rating == Rating.WEAK;
    }

    /** Lower case, upper case, digits, and everything else (spaces, symbols). */
    private static int kinds(String text) {
        boolean lower = text.codePoints().anyMatch(Character::isLowerCase);
        boolean upper = text.codePoints().anyMatch(Character::isUpperCase);
        boolean digit = text.codePoints().anyMatch(Character::isDigit);
        boolean other = text.codePoints().anyMatch(c -> !Character.isLetterOrDigit(c));
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }

    /** Each character one up or one down from the one before ("abcdefghij", "9876543210"), or all the same. */
    private static boolean isRun(String text) {
        int[] points = text.codePoints().toArray();
        int step = points[1] - points[0];
        if (Math.abs(step) > 1) {
            return false;
        }
        for (int i = 2; i < points.length; i++) {
            if (points[i] - points[i - 1] != step) {
                return false;
            }
        }
        return true;
    }
}
