package app.rapport.store;

import app.rapport.domain.text.DomainTexts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * How the key of an encrypted workspace file is made from its password: Argon2id with a random salt and a cost
 * tuned on this computer, kept (no secret in it) in the workspace's {@code rapport.key}. Workspaces encrypted
 * before that file existed used one SHA-256 of the password ({@link #legacyKey}) and are upgraded as they open.
 */
final class KeyDerivation {

    static final String HEADER_FILE = "rapport.key";
    /** Tests set this so each workspace they encrypt does not spend half a second on its key. */
    static final String FAST_PROPERTY = "rapport.argon2.fast";
    private static final String MAGIC = "rapport-key 1";
    private static final int MAX_MEMORY_KIB = 64 * 1024;
    private static final int TARGET_MILLIS = 500;
    private static final int MAX_ITERATIONS = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What Argon2id is run with for one workspace; written to and read from {@code rapport.key}. */
    record Parameters(byte[] salt, int memoryKib, int iterations, int parallelism) {

        String text() {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("kdf", "argon2id");
            fields.put("salt", Base64.getEncoder().encodeToString(salt));
            fields.put("memoryKiB", Integer.toString(memoryKib));
            fields.put("iterations", Integer.toString(iterations));
            fields.put("parallelism", Integer.toString(parallelism));
            StringBuilder out = new StringBuilder(MAGIC).append('\n');
            fields.forEach((k, v) -> out.append(k).append(' ').append(v).append('\n'));
            return out.toString();
        }

        static Parameters parse(String text) {
            String[] lines = text.split("\n");
            if (lines.length == 0 || !lines[0].strip().equals(MAGIC)) {
                throw new IllegalArgumentException("not a Rapport key header");
            }
            Map<String, String> fields = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                String[] pair = lines[i].strip().split(" ", 2);
                if (pair.length == 2) {
                    fields.put(pair[0], pair[1]);
                }
            }
            if (!"argon2id".equals(fields.get("kdf"))) {
                throw new IllegalArgumentException("unknown key derivation");
            }
            return new Parameters(Base64.getDecoder().decode(fields.get("salt")),
                    Integer.parseInt(fields.get("memoryKiB")), Integer.parseInt(fields.get("iterations")),
                    Integer.parseInt(fields.get("parallelism")));
        }
    }

    /** A derived key and the parameters that make it again. */
    record DerivedKey(String fileKey, Parameters parameters) {
    }

    private KeyDerivation() {
    }

    /** A new key for a password: a fresh salt, and a cost tuned to about half a second here. */
    static DerivedKey create(String password) {
        Parameters parameters = tune();
        return new DerivedKey(derive(password, parameters), parameters);
    }

    /** Parameters costing about {@value #TARGET_MILLIS} ms on this computer, with at most 64 MiB of memory. */
    static Parameters tune() {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        if (Boolean.getBoolean(FAST_PROPERTY)) {
            return new Parameters(salt, 1024, 1, 1);
        }
        Parameters one = new Parameters(salt, MAX_MEMORY_KIB, 1, 1);
        // A fresh JVM runs the first passes slowly: warm up, then take the best of a few timed passes, so the
        // cost is tuned to what opening the workspace takes, not to the compiler's start.
        derive("warm-up", one);
        derive("warm-up", one);
        long millis = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            derive("measure", one);
            millis = Math.min(millis, Math.max(1, (System.nanoTime() - start) / 1_000_000));
        }
        // Rounded up: a key a little over the target costs a moment, one under it is cheaper to guess.
        long needed = (long) Math.ceil((double) TARGET_MILLIS / millis);
        int iterations = (int) Math.max(1, Math.min(MAX_ITERATIONS, needed));
        return new Parameters(salt, MAX_MEMORY_KIB, iterations, 1);
    }

    /** The file key (hex, as H2's file password, which must hold no space) for a password. */
    static String derive(String password, Parameters p) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13).withSalt(p.salt()).withMemoryAsKB(p.memoryKib())
                .withIterations(p.iterations()).withParallelism(p.parallelism()).build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] key = new byte[32];
        generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), key);
        return HexFormat.of().formatHex(key);
    }

    /**
     * The key of a workspace encrypted before {@code rapport.key} existed: H2 splits its password argument at the
     * first space, so the password was hashed to hex first.
     */
    static String legacyKey(String password) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(("rapport-workspace:" + password)
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The file key of an existing encrypted workspace for a password: Argon2id by its header, else the old way. */
    static String keyFor(Workspace workspace, String password) {
        return read(workspace).map(p -> derive(password, p)).orElseGet(() -> legacyKey(password));
    }

    /** The key to open a workspace file with: {@code null} for a plain one; {@code legacy} when keyed the old way. */
    record OpeningKey(String fileKey, boolean legacy) { }

    /**
     * The key to open (or create) the workspace's file with this password; a new workspace given a password gets
     * a fresh key and its header written.
     *
     * @throws PasswordNeededException when the file is encrypted and no password was given
     */
    static OpeningKey toOpen(Workspace workspace, String password) throws IOException {
        boolean exists = Files.exists(workspace.databaseFile());
        boolean encrypted = exists ? WorkspaceFiles.isEncrypted(workspace.databaseFile()) : password != null;
        if (!encrypted) {
            return new OpeningKey(null, false);
        }
        if (password == null || password.isEmpty()) {
            throw new PasswordNeededException(DomainTexts.text("workspace.passwordNeeded"), false);
        }
        Optional<Parameters> header = read(workspace);
        if (header.isPresent()) {
            return new OpeningKey(derive(password, header.get()), false);
        }
        if (exists) {
            return new OpeningKey(legacyKey(password), true);
        }
        DerivedKey created = create(password);
        write(created.parameters(), workspace.root().resolve(HEADER_FILE));
        return new OpeningKey(created.fileKey(), false);
    }

    /** The workspace's key parameters, or empty when it has no header (plain, or encrypted the old way). */
    static Optional<Parameters> read(Workspace workspace) {
        Path header = workspace.root().resolve(HEADER_FILE);
        if (!Files.isRegularFile(header)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Parameters.parse(Files.readString(header, StandardCharsets.UTF_8)));
        } catch (IOException | RuntimeException e) {
            throw new WorkspaceUnavailableException(DomainTexts.text("workspace.keyFileDamaged", header), e);
        }
    }

    /** Writes the header into {@code file}, to disk. */
    static void write(Parameters parameters, Path file) throws IOException {
        WorkspaceFiles.writeDurably(file, parameters.text().getBytes(StandardCharsets.UTF_8));
    }
}
