package dev.unbuildpack.rules.jvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.unbuildpack.common.Location;
import dev.unbuildpack.common.text.DockerfileText;
import dev.unbuildpack.model.BuildStep;
import dev.unbuildpack.rules.DetectionDraft;
import dev.unbuildpack.rules.RuleSet;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The start-up script the JVM conversion writes (rules/jvm/data/profile.toml), sourced by bash as
 * the image's command does: the variables a Heroku JVM dyno gets from the same config vars.
 */
class JvmProfileScriptTest {
  @TempDir
  Path dir;

  /** The variables after sourcing the script with this environment, one "NAME=value" each. */
  private Map<String, String> after(Map<String, String> env, String... names) throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "bash is needed to source the script");
    Path script = dir.resolve("heroku-jvm.sh");
    Files.writeString(script, JvmProfile.script(), StandardCharsets.UTF_8);
    StringBuilder print = new StringBuilder(". \"$1\"");
    for (String name : names) {
      print.append("; printf '%s=%s\\n' ").append(name).append(" \"${").append(name)
          .append(":-}\"");
    }
    ProcessBuilder builder = new ProcessBuilder("/bin/bash", "-c", print.toString(), "test",
        script.toString());
    builder.environment().keySet().removeIf(k -> k.startsWith("JDBC") || k.startsWith("SPRING")
        || k.startsWith("JAVA") || k.contains("DATABASE") || k.equals("CI") || k.equals("DYNO"));
    builder.environment().putAll(env);
    Process process = builder.redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(true, process.waitFor(20, TimeUnit.SECONDS));
    assertEquals(0, process.exitValue(), out);
    Map<String, String> values = new java.util.TreeMap<>();
    out.lines().filter(l -> l.contains("=")).forEach(l -> values.put(l.substring(0,
        l.indexOf('=')), l.substring(l.indexOf('=') + 1)));
    return values;
  }

  @Test
  void postgresUrlsBecomeJdbcUrlsWithSslAndSpringDatasourceVariables() throws Exception {
    Map<String, String> values = after(Map.of("DATABASE_URL",
        "postgres://alice:s3cret@db.example:5432/orders?application_name=web"),
        "JDBC_DATABASE_URL", "JDBC_DATABASE_USERNAME", "JDBC_DATABASE_PASSWORD",
        "SPRING_DATASOURCE_URL", "SPRING_DATASOURCE_USERNAME");
    assertEquals("jdbc:postgresql://db.example:5432/orders?application_name=web"
        + "&password=s3cret&sslmode=require&user=alice", values.get("JDBC_DATABASE_URL"));
    assertEquals("alice", values.get("JDBC_DATABASE_USERNAME"));
    assertEquals("s3cret", values.get("JDBC_DATABASE_PASSWORD"));
    assertEquals(values.get("JDBC_DATABASE_URL"), values.get("SPRING_DATASOURCE_URL"));
    assertEquals("alice", values.get("SPRING_DATASOURCE_USERNAME"));
  }

  @Test
  void ciDropsSslModeAndAUrlWithoutPasswordSetsNothing() throws Exception {
    assertEquals("jdbc:mysql://db:3306/shop?password=p&user=u", after(Map.of("DATABASE_URL",
        "mysql://u:p@db:3306/shop", "CI", "true"), "JDBC_DATABASE_URL")
        .get("JDBC_DATABASE_URL"));
    assertEquals("", after(Map.of("DATABASE_URL", "postgres://u@db/shop"), "JDBC_DATABASE_URL")
        .get("JDBC_DATABASE_URL"));
    assertEquals("", after(Map.of("DATABASE_URL", "redis://u:p@cache:6379"),
        "JDBC_DATABASE_URL").get("JDBC_DATABASE_URL"), "not a database the script knows");
  }

  @Test
  void theAppsOwnSpringDatasourceWins() throws Exception {
    assertEquals("jdbc:h2:mem:x", after(Map.of("DATABASE_URL", "postgres://u:p@db/x",
        "SPRING_DATASOURCE_URL", "jdbc:h2:mem:x"), "SPRING_DATASOURCE_URL")
        .get("SPRING_DATASOURCE_URL"));
  }

  @Test
  void memoryFlagsComeBeforeTheAppsOwnOptions() throws Exception {
    Map<String, String> values = after(Map.of("JAVA_OPTS", "-Dapp=1"), "JAVA_OPTS",
        "JAVA_TOOL_OPTIONS");
    String opts = values.get("JAVA_OPTS");
    assertEquals(true, opts.startsWith("-Dfile.encoding=UTF-8"), opts);
    assertEquals(true, opts.endsWith(" -Dapp=1"), opts);
    assertEquals(true, List.of("-XX:MaxRAMPercentage=80.0", "-Xmx300m", "-Xmx671m").stream()
        .anyMatch(opts::contains), opts);
    assertEquals(opts.replace(" -Dapp=1", ""), values.get("JAVA_TOOL_OPTIONS"));
  }

  /**
   * The build step, as the Dockerfile's RUN line holds it, run by /bin/sh (dash on Ubuntu, like the
   * images' RUN shell), writes the script byte for byte: no quote or '$' of it is lost.
   */
  @Test
  void theBuildStepWritesTheScriptExactly() throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "sh runs the RUN line");
    DetectionDraft draft = new DetectionDraft("app");
    draft.whileRunning("java", () -> new JvmProfile(RuleSet.builtIn()).apply(draft));
    BuildStep step = draft.build().buildSteps().get(0);
    String run = DockerfileText.runCommand(step.command(), Location.of("test"));
    Process process = new ProcessBuilder("/bin/sh", "-c", run).directory(dir.toFile())
        .redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, process.waitFor(), out);
    assertEquals(JvmProfile.script(), Files.readString(dir.resolve(".profile.d/heroku-jvm.sh")));
    assertEquals(List.of(".profile.d/heroku-jvm.sh"), draft.build().profileScripts());
  }

  @Test
  void redisUrlReachesBothSpringNames() throws Exception {
    Map<String, String> values = after(Map.of("REDIS_URL", "redis://cache:6379"),
        "SPRING_REDIS_URL", "SPRING_DATA_REDIS_URL");
    assertEquals("redis://cache:6379", values.get("SPRING_REDIS_URL"));
    assertEquals("redis://cache:6379", values.get("SPRING_DATA_REDIS_URL"));
  }
}
