package app.rapport.bench;

import app.rapport.service.Session;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Writes the classes Rapport loads from start until its contacts table shows the sample, one per line, for the
 * installed app's class-data archive (AppCDS, see installer/README.md). Run it when the window changes much:
 * {@code java -cp "target/test-classes:target/classes:<test class path>" app.rapport.bench.StartupClassList
 * installer/classes.list}.
 */
public final class StartupClassList {

    private StartupClassList() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "installer/classes.list");
        Path work = Files.createTempDirectory("rapport-classlist");
        Path workspace = work.resolve("workspace");
        int contacts;
        try (Session session = Session.open(workspace, Clock.systemDefaultZone())) {
            contacts = session.contacts().loadSample();
        }
        Path loaded = work.resolve("loaded.list");
        Process probe = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:DumpLoadedClassList=" + loaded, "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                "-Dprism.order=sw", "-Dheadless.geometry=1440x900-32", "-Djava.awt.headless=true", "-Dbench.idle=0", "-Dbench.quick=true",
                "-cp", System.getProperty("java.class.path"), StartupProbe.class.getName(), "app",
                workspace.toString(), Integer.toString(contacts)).redirectErrorStream(true).start();
        String output = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!probe.waitFor(2, TimeUnit.MINUTES) || !output.contains("READY")) {
            throw new IllegalStateException("The start-up probe did not finish:\n" + output);
        }
        List<String> classes = select(Files.readAllLines(loaded, StandardCharsets.UTF_8));
        Files.write(out, classes, StandardCharsets.UTF_8);
        System.out.printf("Wrote %d classes to %s%n", classes.size(), out);
    }

    /**
     * The plain class names of the list, without the probe's own classes and the headless test screen, which
     * the installed app does not have, and without the JVM's generated lambda and hidden classes.
     */
    static List<String> select(List<String> lines) {
        return lines.stream()
                .filter(line -> !line.startsWith("#") && !line.startsWith("@") && !line.isBlank())
                .map(line -> line.split(" ")[0])
                .filter(name -> !name.startsWith("app/rapport/bench/") && !name.startsWith("com/sun/glass/ui/monocle/")
                        && !name.contains("$$Lambda") && !name.contains("/0x"))
                .distinct()
                .toList();
    }
}
