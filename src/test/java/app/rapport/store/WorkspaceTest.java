package app.rapport.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkspaceTest {

    private final Path home = Path.of("/home/maya");

    @Test
    void linuxUsesXdgDataHomeOrTheLocalShareFolder() {
        assertThat(Workspace.defaultRoot(Map.of(), "Linux", home)).isEqualTo(home.resolve(".local/share/rapport"));
        assertThat(Workspace.defaultRoot(Map.of("XDG_DATA_HOME", "/data"), "Linux", home))
                .isEqualTo(Path.of("/data/rapport"));
    }

    @Test
    void windowsUsesAppData() {
        assertThat(Workspace.defaultRoot(Map.of("APPDATA", "/appdata"), "Windows 11", home))
                .isEqualTo(Path.of("/appdata", "Rapport"));
    }

    @Test
    void macUsesApplicationSupport() {
        assertThat(Workspace.defaultRoot(Map.of(), "Mac OS X", home))
                .isEqualTo(home.resolve("Library/Application Support/Rapport"));
    }

    @Test
    void theEnvironmentVariableWinsEverywhere() {
        assertThat(Workspace.defaultRoot(Map.of("RAPPORT_WORKSPACE", "/brand", "APPDATA", "/x"), "Windows 11", home))
                .isEqualTo(Path.of("/brand"));
    }
}
