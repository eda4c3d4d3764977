package app.rapport.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Certificates for TLS tests, made with the machine's {@code openssl} in a folder of the test's: a test CA and
 * server certificates it issues, or a self-signed one as an impostor would show. Skips the calling test when
 * {@code openssl} is missing.
 */
public final class TestCertificates {

    private final Path folder;

    private TestCertificates(Path folder) {
        this.folder = folder;
    }

    /** Makes a CA ({@code ca.crt}, {@code ca.key}) in {@code folder}. */
    public static TestCertificates withCa(Path folder) throws IOException {
        TestCertificates certificates = new TestCertificates(folder);
        certificates.openssl("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
                "-nodes", "-days", "2", "-subj", "/CN=Rapport Test CA", "-keyout", "ca.key", "-out", "ca.crt",
                "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign");
        return certificates;
    }

    /** The test CA's certificate, as a user would give it to Rapport. */
    public Path caCertificate() {
        return folder.resolve("ca.crt");
    }

    /**
     * A server certificate ({@code NAME.crt}, {@code NAME.key}) issued by the test CA for {@code commonName},
     * with {@code subjectAltNames} such as {@code DNS:localhost,IP:127.0.0.1}; returns the certificate.
     */
    public Path issue(String name, String commonName, String subjectAltNames) throws IOException {
        Files.writeString(folder.resolve(name + ".ext"), "subjectAltName=" + subjectAltNames
                + "\nextendedKeyUsage=serverAuth\n", StandardCharsets.UTF_8);
        openssl("req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-subj",
                "/CN=" + commonName, "-keyout", name + ".key", "-out", name + ".csr");
        openssl("x509", "-req", "-in", name + ".csr", "-CA", "ca.crt", "-CAkey", "ca.key", "-CAcreateserial",
                "-days", "2", "-extfile", name + ".ext", "-out", name + ".crt");
        return folder.resolve(name + ".crt");
    }

    /** A self-signed certificate ({@code NAME.crt}, {@code NAME.key}) for {@code commonName}, as anyone can make. */
    public static Path selfSigned(Path folder, String name, String commonName) throws IOException {
        new TestCertificates(folder).openssl("req", "-x509", "-newkey", "ec", "-pkeyopt",
                "ec_paramgen_curve:prime256v1", "-nodes", "-days", "2", "-subj", "/CN=" + commonName,
                "-addext", "subjectAltName=DNS:" + commonName, "-keyout", name + ".key", "-out", name + ".crt");
        return folder.resolve(name + ".crt");
    }

    /** The private key beside a certificate made here. */
    public static Path keyOf(Path certificate) {
        return certificate.resolveSibling(certificate.getFileName().toString().replace(".crt", ".key"));
    }

    private void openssl(String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of("openssl"));
        command.addAll(List.of(arguments));
        Process process;
        try {
            process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
        } catch (IOException e) {
            Assumptions.abort("TLS tests need openssl on this machine: " + e.getMessage());
            throw e;
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!process.waitFor(1, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IOException(String.join(" ", command) + " failed: " + output.strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running openssl", e);
        }
    }
}
