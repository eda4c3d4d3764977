package app.rapport.testing;

import app.rapport.cli.RapportCommand;
import app.rapport.service.Session;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Workspaces damaged the way disks and crashes damage files, as SQLite's own fault tests do: a file cut to half
 * its size, random bytes written over a page in its middle, its last chunk torn.
 *
 * <p>The workspace they start from holds the sample (30 contacts) and 2,000 contacts imported in a later
 * session, with a backup made after.
 */
public final class DamagedWorkspaces {

    /** Contacts in the workspace before the damage: the sample and the imported ones. */
    public static final int CONTACTS = 2030;
    private static final int SAMPLE = 30;
    private static final int IMPORTED = CONTACTS - SAMPLE;
    /** H2's setting for how long closing a store may spend compacting it, read when a database opens. */
    private static final String MAX_COMPACT_TIME = "h2.maxCompactTime";

    /** A way a workspace file gets damaged. */
    public enum Fault {
        /** The file cut to half its size, as a copy or a sync stopped halfway leaves it. */
        TRUNCATED_TO_HALF,
        /** 20 × 64 random bytes written over the middle of a page that holds contacts. */
        RANDOM_BYTES_IN_A_PAGE,
        /** The last 12 KB cut off, where H2 wrote its newest chunk, as a write torn by a power cut leaves it. */
        TORN_LAST_CHUNK
    }

    private DamagedWorkspaces() {
    }

    /**
     * Makes the workspace in {@code root} (with {@code password}, or plain when it is {@code null}) and a backup of
     * it as it is, which it returns.
     */
    public static Path create(Path root, String password) throws IOException {
        // H2 compacts a store as it closes for at most 200 ms by default, so on a busy machine the file's layout
        // (and what a cut takes) would differ from run to run; compacting to the end gives the same file each time.
        String bounded = System.getProperty(MAX_COMPACT_TIME);
        System.setProperty(MAX_COMPACT_TIME, "600000");
        try {
            return createFully(root, password);
        } finally {
            if (bounded == null) {
                System.clearProperty(MAX_COMPACT_TIME);
            } else {
                System.setProperty(MAX_COMPACT_TIME, bounded);
            }
        }
    }

    private static Path createFully(Path root, String password) throws IOException {
        Path passwordFile = null;
        if (password != null) {
            passwordFile = Files.writeString(root.resolveSibling(root.getFileName() + "-password.txt"), password);
        }
        try (Session session = Session.open(root, Clock.systemDefaultZone(), password)) {
            session.contacts().loadSample();
        }
        Path csv = root.resolveSibling(root.getFileName() + "-contacts.csv");
        List<String> lines = new ArrayList<>(List.of("Name,Email,City,Instagram,Notes"));
        for (int i = 0; i < IMPORTED; i++) {
            lines.add("Creator " + i + ",creator" + i + "@example.com,Leeds,creator_" + i + ",Met at the fair in "
                    + "spring; prefers e-mail and long-form reels " + i);
        }
        Files.write(csv, lines, StandardCharsets.UTF_8);
        run(root, passwordFile, "import", csv.toString());
        Files.delete(csv);
        Path backup = root.resolveSibling(root.getFileName() + "-backup.zip");
        run(root, passwordFile, "backup", "--out", backup.toString());
        return backup;
    }

    private static void run(Path root, Path passwordFile, String... command) {
        List<String> args = new ArrayList<>(List.of("--workspace", root.toString()));
        if (passwordFile != null) {
            args.addAll(List.of("--password-file", passwordFile.toString()));
        }
        args.addAll(List.of(command));
        StringWriter err = new StringWriter();
        int exit = RapportCommand.run(args.toArray(String[]::new), (folder, team, password) -> { }, Map.of(),
                new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
        if (exit != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + err);
        }
    }

    /** Damages the workspace file in {@code root} the given way. */
    public static void damage(Path root, Fault fault) throws IOException {
        Path file = root.resolve("rapport.mv.db");
        switch (fault) {
            case TRUNCATED_TO_HALF -> {
                try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
                    raf.setLength(raf.length() / 2);
                }
            }
            case RANDOM_BYTES_IN_A_PAGE -> randomBytesOverRows(file);
            case TORN_LAST_CHUNK -> {
                try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
                    raf.setLength(raf.length() - 12 * 1024);
                }
            }
            default -> throw new IllegalArgumentException(fault.name());
        }
    }

    /**
     * Writes 64 random bytes over each of 20 imported contacts' rows, in every copy H2 keeps of the page that holds
     * them: 20 × 64 bytes in the middle of one page, nowhere near the pages that describe the tables.
     */
    static void randomBytesOverRows(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        Random random = new Random(21);
        int hits = 0;
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            for (int contact = 1000; contact < 1020; contact++) {
                byte[] marker = ("creator" + contact + "@example.com").getBytes(StandardCharsets.UTF_8);
                for (int at = indexOf(bytes, marker, 0); at >= 0; at = indexOf(bytes, marker, at + 1)) {
                    byte[] noise = new byte[64];
                    random.nextBytes(noise);
                    raf.seek(at);
                    raf.write(noise);
                    hits++;
                }
            }
        }
        if (hits < 20) {
            throw new IllegalStateException("The imported contacts are not in " + file);
        }
    }

    private static int indexOf(byte[] bytes, byte[] marker, int from) {
        outer:
        for (int i = from; i <= bytes.length - marker.length; i++) {
            for (int j = 0; j < marker.length; j++) {
                if (bytes[i + j] != marker[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Copies a workspace folder, to damage a copy of one made once. */
    public static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else if (!source.getFileName().toString().equals("rapport.lock")) {
                    Files.copy(source, target);
                }
            }
        }
    }

    /** The SHA-256 of a file, to show it was not changed. */
    public static String hash(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether any file under the folder holds the text as plain bytes. */
    public static List<Path> filesHolding(Path folder, String text) throws IOException {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).sorted(Comparator.naturalOrder())
                    .filter(f -> {
                        try {
                            return indexOf(Files.readAllBytes(f), needle, 0) >= 0;
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }).toList();
        }
    }
}
