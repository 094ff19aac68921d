package dev.unbuildpack.generate.jib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unbuildpack.common.BadInputException;
import dev.unbuildpack.common.UsageException;
import dev.unbuildpack.generate.ProcessCommand;
import dev.unbuildpack.model.SystemPackage;
import dev.unbuildpack.plan.BuildPlan;
import dev.unbuildpack.plan.EnvSetting;
import dev.unbuildpack.plan.PlanOptions;
import dev.unbuildpack.plan.Planner;
import dev.unbuildpack.plan.RunUser;
import dev.unbuildpack.plan.Stage;
import dev.unbuildpack.testing.SampleDetections;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** The Jib configuration says what the Dockerfile's runtime stage says, read back as XML. */
class JibConfigurationTest {
  private static final List<EnvSetting> ENV = List.of(
      new EnvSetting("JAVA_TOOL_OPTIONS", "-Dfile.encoding=UTF-8", "JVM-ENV"),
      new EnvSetting("PATH", "/app/bin:$PATH", "JVM-PATH"));

  @Test
  void mavenPluginHasTheRuntimeStagesBaseUserEnvPortCommandAndFolder() throws Exception {
    BuildPlan plan = JvmPlans.maven("java -jar target/app.jar", ENV);
    Map<String, String> files = JibConfiguration.files(plan);
    Element plugin = parse(files.get(JibMavenRenderer.FILE));

    assertEquals("jib-maven-plugin", text(plugin, "artifactId"));
    assertEquals(JvmPlans.RUNTIME_IMAGE, text(child(plugin, "configuration"), "image"));
    Element container = child(child(plugin, "configuration"), "container");
    assertEquals("INHERIT", text(container, "entrypoint"), "the base image's entrypoint stays");
    assertEquals(ProcessCommand.execForm("java -jar target/app.jar", true),
        texts(child(container, "args")), "the Dockerfile's CMD, after .profile.d");
    assertEquals(Map.of("JAVA_TOOL_OPTIONS", "-Dfile.encoding=UTF-8", "PORT", "5000"),
        elements(child(container, "environment")));
    assertTrue(files.get(JibMavenRenderer.FILE).contains("Not set: PATH [JVM-PATH]"),
        "a value Docker expands is named, not written literally");
    assertEquals(List.of("5000"), texts(child(container, "ports")));
    assertEquals("ubuntu", text(container, "user"));
    assertEquals("/app", text(container, "workingDirectory"));
    List<String> excludes = texts(child(child(child(child(plugin, "configuration"),
        "extraDirectories"), "paths"), "path"), "excludes");
    assertTrue(excludes.containsAll(List.of(".git", ".git/**", "Dockerfile",
        JibMavenRenderer.FILE, "target/jib-*")), excludes.toString());
  }

  @Test
  void theBuildOutputDockerignoreKeepsOutIsWhatJibTakes() throws Exception {
    BuildPlan plan = JvmPlans.maven("java -jar target/app.jar", List.of());
    List<dev.unbuildpack.model.IgnoreEntry> ignore = new ArrayList<>(List.of(
        new dev.unbuildpack.model.IgnoreEntry("target", "default (JAVA-IGNORE-TARGET)"),
        new dev.unbuildpack.model.IgnoreEntry("*/target", "default (JAVA-IGNORE-TARGET)")));
    ignore.addAll(plan.ignore());
    String xml = JibConfiguration.files(JvmPlans.withIgnore(plan, ignore))
        .get(JibMavenRenderer.FILE);
    List<String> excludes = texts(child(child(child(child(parse(xml), "configuration"),
        "extraDirectories"), "paths"), "path"), "excludes");
    assertFalse(excludes.contains("target") || excludes.contains("*/target"), excludes.toString());
    assertTrue(excludes.contains(".git"), excludes.toString());
    assertTrue(xml.contains("Included although .dockerignore leaves them out: target, */target"),
        xml);
  }

  @Test
  void aUserTheDockerfileCreatesIsItsUidAndGid() throws Exception {
    BuildPlan plan = JvmPlans.of("java", "java -jar app.jar", List.of(),
        new RunUser("app", 1000, true));
    Element plugin = parse(JibConfiguration.files(plan).get(JibMavenRenderer.FILE));
    assertEquals("1000:1000", text(child(child(plugin, "configuration"), "container"), "user"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"java -jar a.jar <in >out 2>&1", "echo \"it's\" -- x --> y",
      "echo ]]> &amp; $PORT $JAVA_OPTS", "printf 'a\\tb'", "é ✓ \uD83D\uDE00"})
  void aCommandIsReadBackAsWritten(String command) throws Exception {
    Element plugin = parse(JibConfiguration.files(JvmPlans.maven(command, List.of()))
        .get(JibMavenRenderer.FILE));
    List<String> args = texts(child(child(child(plugin, "configuration"), "container"), "args"));
    assertEquals(command, args.get(args.size() - 1));
  }

  @ParameterizedTest
  @ValueSource(strings = {"java -Dserver.port=${PORT} -jar a.jar", "echo $$", " java -jar a.jar"})
  void textMavenWouldChangeIsRefused(String command) {
    BadInputException refused = assertThrows(BadInputException.class,
        () -> JibConfiguration.files(JvmPlans.maven(command, List.of())));
    assertEquals(3, refused.exitCode());
    assertEquals("Procfile:1", refused.location().orElseThrow().toString());
  }

  @Test
  void aHostileAppNameStaysInsideComments() throws Exception {
    BuildPlan plan = JvmPlans.maven("java -jar a.jar", List.of());
    BuildPlan hostile = new BuildPlan("x --> <plugin/> \n\\u000a println 'x'", plan.ecosystem(),
        plan.ecosystems(), plan.workdir(), plan.build(), plan.buildCopies(), plan.dependencies(),
        plan.sourceSteps(), plan.exports(), plan.runtime(), plan.runtimeCopies(),
        plan.runtimeTooling(), plan.user(), plan.port(), plan.processes(), plan.secrets(),
        plan.services(), plan.ignore(), plan.buildContext(), plan.extraCaEnv(), plan.configVars(),
        plan.debian());
    Element plugin = parse(JibConfiguration.files(hostile).get(JibMavenRenderer.FILE));
    assertEquals("plugin", plugin.getTagName());
    assertEquals(0, plugin.getElementsByTagName("plugin").getLength(), "no injected element");
    String gradle = JibConfiguration.files(JvmPlans.withEcosystem(hostile, "gradle"))
        .get(JibGradleRenderer.FILE);
    assertTrue(gradle.lines().filter(line -> line.contains("println")).allMatch(
        line -> line.startsWith("// ")), gradle);
    assertFalse(gradle.contains("\\u000a"), "no Unicode escape Groovy could read: " + gradle);
  }

  @Test
  void gradleScriptQuotesEveryValueAndNeverInterpolates() {
    BuildPlan plan = JvmPlans.of("gradle", "java -Dserver.port=${PORT} -jar 'build/libs/a.jar'",
        ENV, new RunUser("ubuntu", 1000, false));
    String script = JibConfiguration.files(plan).get(JibGradleRenderer.FILE);
    assertTrue(script.contains(
        "'java -Dserver.port=${PORT} -jar \\'build/libs/a.jar\\''"), script);
    assertTrue(script.contains("'JAVA_TOOL_OPTIONS': '-Dfile.encoding=UTF-8'"), script);
    assertTrue(script.contains("image = '" + JvmPlans.RUNTIME_IMAGE + "'"), script);
    assertFalse(script.lines().filter(line -> !line.strip().startsWith("//"))
        .map(line -> line.replaceAll("'(?:[^'\\\\]|\\\\.)*'", "''"))
        .anyMatch(line -> line.contains("\"")),
        "no double-quoted (interpolating) string: " + script);
  }

  @Test
  void theProfileScriptIsWrittenForJibWhenTheRulesShipIt() {
    Map<String, String> files = JibConfiguration.files(JvmPlans.maven("java -jar a.jar", ENV));
    boolean shipped = dev.unbuildpack.rules.RuleData.exists("jvm/data/profile.toml");
    assertEquals(shipped, files.containsKey("jib-app/.profile.d/heroku-jvm.sh"), files.keySet()
        .toString());
    assertEquals(shipped, files.get(JibMavenRenderer.FILE)
        .contains("<from>${project.basedir}/jib-app</from>"));
  }

  @Test
  void anAppOfAnotherEcosystemIsAUsageError() {
    BuildPlan node = Planner.plan(SampleDetections.expressNpm(), PlanOptions.defaults());
    UsageException refused = assertThrows(UsageException.class,
        () -> JibConfiguration.files(node));
    assertEquals(2, refused.exitCode());
  }

  @Test
  void aRuntimeStageThatInstallsPackagesHasNoJibForm() {
    BuildPlan plan = JvmPlans.maven("java -jar a.jar", List.of());
    Stage withPackages = new Stage("runtime", plan.runtime().image(),
        List.of(new SystemPackage("libpq5", "JVM-X", "why")), List.of());
    UsageException refused = assertThrows(UsageException.class,
        () -> JibConfiguration.files(JvmPlans.withRuntime(plan, withPackages)));
    assertTrue(refused.why().orElseThrow().contains("system packages (libpq5)"),
        refused.why().orElseThrow());
  }

  static Element parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document document = factory.newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    return document.getDocumentElement();
  }

  static Element child(Element parent, String name) {
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element && element.getTagName().equals(name)) {
        return element;
      }
    }
    throw new AssertionError("no <" + name + "> in <" + parent.getTagName() + ">");
  }

  private static String text(Element parent, String name) {
    NodeList nodes = parent.getElementsByTagName(name);
    assertEquals(1, nodes.getLength(), name);
    return nodes.item(0).getTextContent();
  }

  private static List<String> texts(Element parent, String name) {
    return texts(child(parent, name));
  }

  private static List<String> texts(Element parent) {
    return new ArrayList<>(elements(parent).values());
  }

  private static Map<String, String> elements(Element parent) {
    Map<String, String> values = new LinkedHashMap<>();
    int i = 0;
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element) {
        String key = parent.getTagName().equals("environment") ? element.getTagName()
            : String.valueOf(i++);
        values.put(key, element.getTextContent());
      }
    }
    return values;
  }
}
