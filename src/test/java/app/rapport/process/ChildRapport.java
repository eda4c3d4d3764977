package app.rapport.process;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A second, real JVM running Rapport code against a workspace, so tests can kill it or race it. */
final class ChildRapport implements AutoCloseable {

    private final Process process;
    private final BufferedReader output;

    private ChildRapport(Process process) {
        this.process = process;
        this.output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    /** Starts {@code mainClass} with the test class path and the given arguments. */
    static ChildRapport start(Class<?> mainClass, Path workspace, String... args) throws IOException {
        return startWithHeap(null, mainClass, workspace, args);
    }

    /** The same, with a maximum heap such as "256m" ({@code null} for the JVM's default). */
    static ChildRapport startWithHeap(String maxHeap, Class<?> mainClass, Path workspace, String... args)
            throws IOException {
        return startWithOptions(maxHeap == null ? List.of() : List.of("-Xmx" + maxHeap), mainClass, workspace, args);
    }

    /** The same, with JVM options such as "-Dname=value". */
    static ChildRapport startWithOptions(List<String> jvmOptions, Class<?> mainClass, Path workspace,
            String... args) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"),
                mainClass.getName(), workspace.toString()));
        command.addAll(List.of(args));
        return new ChildRapport(new ProcessBuilder(command).redirectErrorStream(true).start());
    }

    /** Waits for the child to print a line starting with {@code prefix} and returns that line. */
    String awaitLine(String prefix) throws IOException {
        String line;
        StringBuilder seen = new StringBuilder();
        while ((line = output.readLine()) != null) {
            if (line.startsWith(prefix)) {
                return line;
            }
            seen.append(line).append('\n');
        }
        throw new IllegalStateException("The child ended without printing '" + prefix + "':\n" + seen);
    }

    /** Kills the child the way a crash or a power cut would: SIGKILL, no shutdown hooks. */
    void killHard() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            killHard();
        }
    }
}
