package dev.unbuildpack.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unbuildpack.app.AppDir;
import dev.unbuildpack.plan.ImageMap;
import dev.unbuildpack.plan.PlanOptions;
import dev.unbuildpack.rules.RuleEngine;
import dev.unbuildpack.rules.RuleSet;
import dev.unbuildpack.testing.Golden;
import java.io.FileInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * convert --extra-ca on JVM fixtures: Java reads no PEM bundle, so the Maven or Gradle step makes
 * a truststore from it in a tmpfs mount and points the JVMs at it for that step only.
 */
class JvmExtraCaConvertTest {
  private static final Pattern RUN = Pattern.compile("(?m)^RUN (?:.*\\\\\\n)*.*$");

  private static String dockerfile(String fixture, String extraCa) {
    var app = AppDir.open(Golden.projectDir().resolve("fixtures").resolve(fixture));
    return Conversion.of(RuleEngine.builtIn().detect(app),
            new PlanOptions(ImageMap.empty(), extraCa), RuleDescriptions.of(RuleSet.builtIn()))
        .files().get(Conversion.DOCKERFILE);
  }

  /** Every RUN instruction, continuation lines included. */
  private static List<String> runs(String dockerfile) {
    List<String> runs = new ArrayList<>();
    Matcher m = RUN.matcher(dockerfile);
    while (m.find()) {
      runs.add(m.group());
    }
    return runs;
  }

  private static String runWith(String dockerfile, String command) {
    return runs(dockerfile).stream().filter(r -> r.contains(command)).findFirst().orElseThrow(
        () -> new AssertionError("no RUN with " + command + " in\n" + dockerfile));
  }

  /** The step builds the truststore in its tmpfs mount, then exports JAVA_TOOL_OPTIONS, then builds. */
  private static void assertTrustStoreBefore(String run, String command) {
    assertTrue(run.contains("--mount=type=tmpfs,target=/tmp/extra-ca-truststore"), run);
    assertTrue(run.contains("--mount=type=secret,id=extra-ca,required=true"), run);
    int program = run.indexOf("java -cp /tmp/extra-ca-truststore ExtraCaTrustStore"
        + " /run/secrets/extra-ca /tmp/extra-ca-truststore/truststore.p12 changeit");
    int export = run.indexOf("export JAVA_TOOL_OPTIONS=\"-Djavax.net.ssl.trustStore="
        + "/tmp/extra-ca-truststore/truststore.p12 -Djavax.net.ssl.trustStorePassword=changeit"
        + " -Djavax.net.ssl.trustStoreType=PKCS12\"");
    assertTrue(program > 0 && export > program && run.indexOf(command) > export, run);
  }

  @Test
  void mavenStepMakesTheTrustStoreAndCurlReadsTheBundle() {
    String dockerfile = dockerfile("java/maven-http-built", "ca.pem");
    assertTrustStoreBefore(runWith(dockerfile, "bin/mvn -DoutputFile"), "curl --fail");
    assertTrue(dockerfile.contains("ENV CURL_CA_BUNDLE=/run/secrets/extra-ca \\\n"
        + "    SSL_CERT_FILE=/run/secrets/extra-ca\n"), dockerfile);
  }

  @Test
  void gradleStepMakesTheTrustStoreBeforeTheWrapper() {
    assertTrustStoreBefore(runWith(dockerfile("gradle/kotlin-dsl-stage", "ca.pem"),
        "./gradlew stage"), "./gradlew stage");
  }

  @Test
  void theTrustStoreStaysInTheStepThatNeedsIt() {
    String dockerfile = dockerfile("java/maven-http-built", "ca.pem");
    String profile = runWith(dockerfile, ".profile.d/heroku-jvm.sh");
    assertFalse(profile.contains("tmpfs") || profile.contains("ExtraCaTrustStore"), profile);
    assertFalse(dockerfile.contains("ENV JAVA_TOOL_OPTIONS"), dockerfile);
    assertEquals(1, runs(dockerfile).stream().filter(r -> r.contains("truststore.p12")).count(),
        dockerfile);
  }

  @Test
  void withoutExtraCaNothingChanges() {
    String dockerfile = dockerfile("java/maven-http-built", null);
    assertFalse(dockerfile.contains("tmpfs") || dockerfile.contains("truststore")
        || dockerfile.contains("CURL_CA_BUNDLE"), dockerfile);
  }

  /**
   * The program the Dockerfile writes, compiled and run as the step runs it, on a bundle of one
   * self-made CA: the truststore holds that CA and every CA the JDK trusts by default.
   */
  @Test
  void theProgramKeepsTheJdkCasAndAddsTheBundle(@TempDir Path dir) throws Exception {
    String run = runWith(dockerfile("java/maven-http-built", "ca.pem"), "ExtraCaTrustStore");
    String printf = run.substring(run.indexOf("printf '%s\\n'"), run.indexOf(" > "));
    List<String> lines = new ArrayList<>();
    Matcher word = Pattern.compile("'((?:[^']|'\\\\'')*)'").matcher(printf);
    word.find(); // '%s\n'
    while (word.find()) {
      lines.add(word.group(1).replace("'\\''", "'"));
    }
    Path source = dir.resolve("ExtraCaTrustStore.java");
    Files.write(source, lines, StandardCharsets.UTF_8);
    Path bin = Path.of(System.getProperty("java.home"), "bin");
    exec(dir, bin.resolve("keytool").toString(), "-genkeypair", "-alias", "proxy", "-keyalg",
        "EC", "-dname", "CN=Test Proxy CA", "-ext", "bc:c", "-keystore", "proxy.p12",
        "-storepass", "secret1", "-validity", "2");
    exec(dir, bin.resolve("keytool").toString(), "-exportcert", "-rfc", "-alias", "proxy",
        "-keystore", "proxy.p12", "-storepass", "secret1", "-file", "bundle.pem");
    exec(dir, bin.resolve("javac").toString(), "-d", ".", "ExtraCaTrustStore.java");
    exec(dir, bin.resolve("java").toString(), "-cp", ".", "ExtraCaTrustStore", "bundle.pem",
        "truststore.p12", "changeit");

    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = new FileInputStream(dir.resolve("truststore.p12").toFile())) {
      store.load(in, "changeit".toCharArray());
    }
    Certificate proxy;
    try (InputStream in = new FileInputStream(dir.resolve("bundle.pem").toFile())) {
      proxy = CertificateFactory.getInstance("X.509").generateCertificate(in);
    }
    assertNotNull(store.getCertificateAlias(proxy), "the bundle's CA is trusted");
    TrustManagerFactory jdk = TrustManagerFactory.getInstance(
        TrustManagerFactory.getDefaultAlgorithm());
    jdk.init((KeyStore) null);
    var issuers = Arrays.stream(jdk.getTrustManagers()).filter(X509TrustManager.class::isInstance)
        .flatMap(m -> Arrays.stream(((X509TrustManager) m).getAcceptedIssuers())).toList();
    assertTrue(issuers.size() > 10, "the JDK trusts its CAs: " + issuers.size());
    for (var ca : issuers) {
      assertNotNull(store.getCertificateAlias(ca), "JDK CA kept: " + ca.getSubjectX500Principal());
    }
    assertEquals(issuers.size() + 1, store.size());
  }

  private static void exec(Path dir, String... command) throws Exception {
    Process process = new ProcessBuilder(command).directory(dir.toFile())
        .redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(2, TimeUnit.MINUTES), String.join(" ", command));
    assertEquals(0, process.exitValue(), String.join(" ", command) + "\n" + output);
  }
}
