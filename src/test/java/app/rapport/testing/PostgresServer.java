package app.rapport.testing;

import app.rapport.domain.TeamServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A real PostgreSQL for the tests. With {@code RAPPORT_TEST_POSTGRES=postgresql://user@host:port/db} (and its
 * password in {@code RAPPORT_TEST_POSTGRES_PASSWORD}) the tests use that server; otherwise they start a
 * throw-away one from the PostgreSQL binaries on this machine ({@code RAPPORT_POSTGRES_BIN}, else
 * {@code /usr/lib/postgresql/*}{@code /bin}): {@code initdb} into a temporary folder, started on a free
 * loopback port, stopped and deleted when the tests end. Without either (or with {@code RAPPORT_TEST_POSTGRES=none})
 * the PostgreSQL tests are skipped with a notice. Every test gets a database of its own. {@link #startWithTls}
 * starts a further throw-away server of the caller's own, with TLS and the authentication rules it is given.
 */
public final class PostgresServer implements AutoCloseable {

    private static final String USER = "rapport";
    private static final String PASSWORD = "rapport-tests-only";
    /** How long the tests wait for the server to go down or to come back; long enough for a loaded machine. */
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final long POLL_MS = 50;
    private static PostgresServer shared;
    private static String unavailable;

    private final String host;
    private final int port;
    private final String user;
    private final String password;
    private final Path binaries;
    private final Path dataDir;
    private final boolean asPostgresUser;
    private final AtomicInteger created = new AtomicInteger();
    /** How the tests' own statements connect: without TLS, or (to a TLS-only server) encrypted, unchecked. */
    private String adminSslMode = "disable";
    private String listenAddresses = "127.0.0.1";
    /** How Rapport reaches the server's databases: the throw-away one without TLS, on this computer. */
    private String sslMode = "disable";
    private String caFile;

    private PostgresServer(String host, int port, String user, String password, Path binaries, Path dataDir,
            boolean asPostgresUser) {
        this.host = host;
        this.port = port;
        this.user = user;
        this.password = password;
        this.binaries = binaries;
        this.dataDir = dataDir;
        this.asPostgresUser = asPostgresUser;
    }

    /**
     * Starts a throw-away server of the caller's own that only accepts TLS, with {@code certificate} and its
     * {@code key}, listening on 127.0.0.1 and 127.0.0.2, logging each connection it lets in, and with
     * {@code hbaLines} as its whole pg_hba.conf (such as {@code hostssl all all 127.0.0.0/8 scram-sha-256}).
     * Skips the calling test when there are no PostgreSQL binaries here. Close it to stop and delete it.
     */
    public static PostgresServer startWithTls(Path certificate, Path key, List<String> hbaLines) throws IOException {
        Optional<Path> binaries = binaries(System.getenv());
        Assumptions.assumeTrue(binaries.isPresent(), "TLS tests need the PostgreSQL binaries on this machine.");
        return initAndStart(binaries.get(), server -> {
            Path cert = server.dataDir.resolve("server.crt");
            Path serverKey = server.dataDir.resolve("server.key");
            Files.copy(certificate, cert);
            Files.copy(key, serverKey);
            Files.writeString(server.dataDir.resolve("pg_hba.conf"), String.join("\n", hbaLines) + "\n",
                    StandardCharsets.UTF_8);
            Files.writeString(server.dataDir.resolve("postgresql.conf"), "\nssl = on\nssl_cert_file = '" + cert
                    + "'\nssl_key_file = '" + serverKey + "'\nlog_connections = on\n"
                    + "password_encryption = scram-sha-256\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            // PostgreSQL refuses a key others can read, or one that is not its own.
            Files.setPosixFilePermissions(serverKey, PosixFilePermissions.fromString("rw-------"));
            if (server.asPostgresUser) {
                server.run(List.of("chown", "postgres", cert.toString(), serverKey.toString()));
            }
            server.adminSslMode = "require";
            server.listenAddresses = "127.0.0.1,127.0.0.2";
        });
    }

    /** What the server wrote to its log so far (with {@link #startWithTls}: every connection it let in). */
    public String log() throws IOException {
        requireOwn();
        return Files.readString(dataDir.resolve("server.log"), StandardCharsets.UTF_8);
    }

    /** Stops a server from {@link #startWithTls} and deletes its files. */
    @Override
    public void close() {
        stopAndDelete();
    }

    /** The server for this test run; skips the calling test, saying why, when there is none. */
    public static synchronized PostgresServer get() {
        if (shared == null && unavailable == null) {
            try {
                shared = startOrConnect(System.getenv());
            } catch (IOException | RuntimeException e) {
                unavailable = e.getMessage();
            }
            if (shared == null) {
                System.err.println("NOTICE: the PostgreSQL (team workspace) tests are skipped: " + unavailable);
            }
        }
        Assumptions.assumeTrue(shared != null, () -> "PostgreSQL tests skipped: " + unavailable);
        return shared;
    }

    /** A new, empty database on the server, owned by the test user. */
    public TeamServer newDatabase() {
        String name = "rapport_test_" + ProcessHandle.current().pid() + "_" + created.incrementAndGet();
        execute("postgres", "CREATE DATABASE " + name);
        return new TeamServer(host, port, name, user, sslMode, caFile);
    }

    public String password() {
        return password;
    }

    /** The port the server listens on. */
    public int port() {
        return port;
    }

    /** Runs one statement on a database of the server as the test user. */
    public void execute(String database, String sql) {
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/"
                + database + "?sslmode=" + adminSslMode, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL refused: " + sql + ": " + e.getMessage(), e);
        }
    }

    /**
     * Stops the server at once, as a crash or a pulled cable would, and returns once it refuses connections (on
     * a busy machine its port may stay open a moment after {@code pg_ctl} returns); {@link #start} brings it back.
     */
    public void kill() throws IOException, InterruptedException {
        requireOwn();
        run(List.of(binaries.resolve("pg_ctl").toString(), "-D", dataDir.toString(), "-m", "immediate", "-w",
                "stop"));
        long until = System.nanoTime() + WAIT.toNanos();
        while (accepts()) {
            if (System.nanoTime() > until) {
                throw new IOException("PostgreSQL still accepts connections on port " + port + " after it was killed");
            }
            Thread.sleep(POLL_MS);
        }
    }

    /**
     * Runs {@code work} with the server killed, and starts it again once {@code waiting} holds: the state the
     * work reaches when it found the server down and waits for it (a form saying its edit is kept), so the work
     * fails first however long the connection pool's wait takes on a busy machine. The server also comes back
     * when the work ended without that state, or after a minute, so a test that fails does not hang.
     */
    public void duringOutage(Runnable work, BooleanSupplier waiting) throws IOException, InterruptedException {
        kill();
        AtomicBoolean ended = new AtomicBoolean();
        CompletableFuture<Void> restarted = new CompletableFuture<>();
        Thread restart = new Thread(() -> {
            try {
                long until = System.nanoTime() + WAIT.toNanos();
                while (!waiting.getAsBoolean() && !ended.get() && System.nanoTime() < until) {
                    Thread.sleep(POLL_MS);
                }
                start();
                restarted.complete(null);
            } catch (IOException | InterruptedException | RuntimeException e) {
                restarted.completeExceptionally(e);
            }
        }, "postgres-restart");
        restart.start();
        try {
            work.run();
        } finally {
            ended.set(true);
            restart.join();
        }
        try {
            restarted.join();
        } catch (CompletionException e) {
            throw new IOException("PostgreSQL did not start again after the outage", e.getCause());
        }
    }

    /** Starts the server again after {@link #kill}, returning once it accepts connections. */
    public void start() throws IOException, InterruptedException {
        requireOwn();
        // pg_ctl gives up after 60 s by default; a loaded machine may take longer to recover the data folder.
        run(List.of(binaries.resolve("pg_ctl").toString(), "-D", dataDir.toString(), "-l",
                dataDir.resolve("server.log").toString(), "-w", "-t", Long.toString(2 * WAIT.toSeconds()), "-o",
                "-p " + port + " -k " + dataDir + " -c listen_addresses=" + listenAddresses
                        + " -c fsync=off -c max_connections=200", "start"));
    }

    /** Whether something listens on the server's port. */
    private boolean accepts() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 1_000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether this server was started by the tests (and so can be killed and restarted by them). */
    public boolean isOwn() {
        return dataDir != null;
    }

    private void requireOwn() {
        Assumptions.assumeTrue(isOwn(), "Only a PostgreSQL started by the tests can be stopped by them.");
    }

    private static PostgresServer startOrConnect(Map<String, String> env) throws IOException {
        String given = env.get("RAPPORT_TEST_POSTGRES");
        if ("none".equals(given)) {
            throw new IllegalStateException("RAPPORT_TEST_POSTGRES=none");
        }
        if (given != null && !given.isBlank()) {
            TeamServer server = TeamServer.parse(given);
            PostgresServer external = new PostgresServer(server.host(), server.port(), server.user(),
                    env.getOrDefault("RAPPORT_TEST_POSTGRES_PASSWORD", ""), null, null, false);
            // A server elsewhere is reached as its address says: TLS, checked, with its CA file if given.
            external.sslMode = server.sslMode();
            external.caFile = server.caFile();
            external.adminSslMode = server.sslMode().equals("disable") ? "disable" : "require";
            return external;
        }
        Path binaries = binaries(env).orElseThrow(() -> new IllegalStateException("no PostgreSQL server is "
                + "configured (RAPPORT_TEST_POSTGRES) and no initdb was found (RAPPORT_POSTGRES_BIN or "
                + "/usr/lib/postgresql/*/bin)"));
        PostgresServer server = initAndStart(binaries, created -> { });
        Runtime.getRuntime().addShutdownHook(new Thread(server::stopAndDelete, "postgres-stop"));
        return server;
    }

    /** Settings written into a fresh data folder before the server first starts. */
    private interface Configuration {
        void apply(PostgresServer server) throws IOException, InterruptedException;
    }

    private static PostgresServer initAndStart(Path binaries, Configuration configuration) throws IOException {
        boolean root = "root".equals(System.getProperty("user.name"));
        Path dataDir = Files.createTempDirectory("rapport-postgres");
        Path passwordFile = dataDir.resolveSibling(dataDir.getFileName() + ".pw");
        Files.writeString(passwordFile, PASSWORD + "\n", StandardCharsets.UTF_8);
        PostgresServer server = new PostgresServer("127.0.0.1", freePort(), USER, PASSWORD, binaries, dataDir, root);
        try {
            if (root) {
                // PostgreSQL refuses to run as root: the server runs as the postgres user, in a folder it owns.
                server.run(List.of("chown", "postgres", dataDir.toString(), passwordFile.toString()));
            }
            server.run(List.of(binaries.resolve("initdb").toString(), "-D", dataDir.toString(), "-U", USER,
                    "--pwfile=" + passwordFile, "--auth=scram-sha-256", "--encoding=UTF8", "--locale=C",
                    "--no-sync"));
            configuration.apply(server);
            server.start();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while starting PostgreSQL", e);
        } finally {
            Files.deleteIfExists(passwordFile);
        }
        return server;
    }

    private void stopAndDelete() {
        try {
            kill();
        } catch (IOException | InterruptedException | RuntimeException e) {
            // Already stopped, or the machine is shutting down: the folder is still deleted below.
        }
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A temporary folder left behind; the OS cleans those.
        }
    }

    private static Optional<Path> binaries(Map<String, String> env) throws IOException {
        String named = env.get("RAPPORT_POSTGRES_BIN");
        if (named != null && Files.isExecutable(Path.of(named, "initdb"))) {
            return Optional.of(Path.of(named));
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(debian)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(debian)) {
            return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .max(Comparator.comparingInt(b -> versionOf(b.getParent().getFileName().toString())));
        }
    }

    private static int versionOf(String name) {
        try {
            return Integer.parseInt(name.replaceAll("[^0-9].*", ""));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private void run(List<String> command) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (asPostgresUser && !command.get(0).equals("chown")) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + output.strip());
        }
    }
}
