package app.rapport.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Reading each desktop's answer to "is it dark?", as its settings tool prints it. */
class SystemThemeTest {

    @Test
    void gnomeIsDarkWhenItPrefersDark() {
        assertThat(SystemTheme.gnomeSchemeIsDark("'prefer-dark'\n")).isTrue();
        assertThat(SystemTheme.gnomeSchemeIsDark("'default'\n")).isFalse();
        assertThat(SystemTheme.gnomeSchemeIsDark("")).isFalse();
    }

    @Test
    void anOlderDesktopIsDarkWhenItsThemeSaysSo() {
        assertThat(SystemTheme.gtkThemeIsDark("'Adwaita-dark'\n")).isTrue();
        assertThat(SystemTheme.gtkThemeIsDark("'Yaru'\n")).isFalse();
    }

    @Test
    void windowsIsDarkWhenAppsDoNotUseTheLightTheme() {
        String dark = "\r\nHKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize\r\n"
                + "    AppsUseLightTheme    REG_DWORD    0x0\r\n\r\n";

        assertThat(SystemTheme.windowsIsDark(dark)).isTrue();
        assertThat(SystemTheme.windowsIsDark(dark.replace("0x0", "0x1"))).isFalse();
        assertThat(SystemTheme.windowsIsDark("")).isFalse();
    }

    @Test
    void aMacIsDarkWhenItsInterfaceStyleIsDark() {
        assertThat(SystemTheme.macIsDark("Dark\n")).isTrue();
        assertThat(SystemTheme.macIsDark("")).isFalse();
    }

    @Test
    void askingThisComputerAnswersWithinASecondAndNeverFails() {
        long start = System.nanoTime();

        SystemTheme.prefersDark();

        assertThat(System.nanoTime() - start).isLessThan(1_500_000_000L);
    }
}
