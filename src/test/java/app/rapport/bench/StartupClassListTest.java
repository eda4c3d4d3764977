package app.rapport.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The class list the installed app's class-data archive is made from: current, and without test classes. */
class StartupClassListTest {

    @Test
    void theCommittedListNamesTheWindowsClassesAndEveryAppClassInItStillExists() throws Exception {
        List<String> classes = Files.readAllLines(Path.of("installer/classes.list"), StandardCharsets.UTF_8);

        assertThat(classes).hasSizeGreaterThan(1000).contains("app/rapport/RapportApp",
                "app/rapport/ui/main/MainView", "app/rapport/ui/contacts/ContactsView", "javafx/scene/control/TableView");
        assertThat(classes).noneMatch(c -> c.startsWith("app/rapport/bench/") || c.contains("monocle"));
        // A renamed or removed class means the list is stale: run StartupClassList again (installer/README.md).
        for (String name : classes.stream().filter(c -> c.startsWith("app/rapport/")).toList()) {
            assertThat(Class.forName(name.replace('/', '.'), false, getClass().getClassLoader())).isNotNull();
        }
    }

    @Test
    void theProbesOwnClassesAndTheJvmsGeneratedOnesAreLeftOut() {
        assertThat(StartupClassList.select(List.of("# NOTE: comment", "java/lang/Object id: 1",
                "app/rapport/RapportApp", "app/rapport/bench/StartupProbe", "com/sun/glass/ui/monocle/MonocleApplication",
                "app/rapport/RapportApp$$Lambda$12/0x0000000800c0a000", "@lambda-proxy java/lang/Runnable", "",
                "app/rapport/RapportApp"))).containsExactly("java/lang/Object", "app/rapport/RapportApp");
    }
}
