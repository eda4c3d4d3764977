package app.rapport.cli;

/**
 * How many columns a text takes in a terminal: Chinese, Japanese and Korean characters and most emoji take
 * two, combining accents none, so the columns of {@code rapport list} line up in every script.
 */
final class TerminalWidth {

    private TerminalWidth() {
    }

    static int of(String text) {
        return text.codePoints().map(TerminalWidth::columns).sum();
    }

    private static int columns(int cp) {
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
            return 0;
        }
        return isWide(cp) ? 2 : 1;
    }

    /** The East Asian Wide and Fullwidth ranges (Unicode annex 11), and the emoji blocks terminals draw wide. */
    private static boolean isWide(int cp) {
        return cp >= 0x1100 && cp <= 0x115F
                || cp >= 0x2E80 && cp <= 0x303E
                || cp >= 0x3041 && cp <= 0x33FF
                || cp >= 0x3400 && cp <= 0x4DBF
                || cp >= 0x4E00 && cp <= 0x9FFF
                || cp >= 0xA000 && cp <= 0xA4CF
                || cp >= 0xAC00 && cp <= 0xD7A3
                || cp >= 0xF900 && cp <= 0xFAFF
                || cp >= 0xFE30 && cp <= 0xFE4F
                || cp >= 0xFF00 && cp <= 0xFF60
                || cp >= 0xFFE0 && cp <= 0xFFE6
                || cp >= 0x1F300 && cp <= 0x1F64F
                || cp >= 0x1F900 && cp <= 0x1F9FF
                || cp >= 0x20000 && cp <= 0x3FFFD;
    }
}
