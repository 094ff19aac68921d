package dev.unbuildpack.rules.jvm;

import dev.unbuildpack.common.Location;
import dev.unbuildpack.common.text.ShellWord;
import dev.unbuildpack.detect.EcosystemFacts;
import dev.unbuildpack.detect.heroku.HerokuFiles;
import dev.unbuildpack.detect.jvm.MavenFacts;
import dev.unbuildpack.detect.jvm.MavenSettings;
import dev.unbuildpack.detect.jvm.Pom;
import dev.unbuildpack.model.Addon;
import dev.unbuildpack.model.BuildStep;
import dev.unbuildpack.model.Ecosystem;
import dev.unbuildpack.model.EnvVar;
import dev.unbuildpack.model.InstallOrder;
import dev.unbuildpack.model.PackageManager;
import dev.unbuildpack.model.Process;
import dev.unbuildpack.model.Runtime;
import dev.unbuildpack.rules.ConfigVars;
import dev.unbuildpack.rules.DetectionDraft;
import dev.unbuildpack.rules.EcosystemRules;
import dev.unbuildpack.rules.Rule;
import dev.unbuildpack.rules.RuleSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Applies the Maven buildpack's rules (rules/java) after the JDK's (rules/jvm). */
public final class MavenRules implements EcosystemRules {
  private static final String SETTINGS = ".m2/settings.xml";

  private final RuleSet rules;

  public MavenRules(RuleSet rules) {
    this.rules = rules;
  }

  @Override
  public String ecosystem() {
    return MavenFacts.ID;
  }

  @Override
  public void apply(EcosystemFacts facts, HerokuFiles heroku, ConfigVars config,
      DetectionDraft draft) {
    MavenFacts maven = (MavenFacts) facts;
    Runtime jdk = new JdkRules(rules).apply(maven.system(), draft);
    pomJavaVersion(maven, draft);
    boolean wrapper = maven.mvnw() && maven.wrapperProperties()
        && maven.system().mavenVersion().isEmpty();
    String mavenVersion = wrapper ? maven.wrapperMavenVersion().map(d -> d.value()).orElse(null)
        : maven.system().mavenVersion().map(d -> d.value())
            .orElse(rules.rule("JAVA-MAVEN-INSTALL").value());
    Rule build = rules.rule("JAVA-MAVEN-BUILD");
    draft.ecosystem(new Ecosystem(MavenFacts.ID, jdk, new PackageManager(wrapper ? "mvnw"
        : "maven", mavenVersion, null), List.of(), new InstallOrder(true, "Maven resolves"
        + " dependencies and compiles the sources in one run ('install'), so it needs the whole"
        + " app; the local repository is a BuildKit cache instead.", build.id())));
    if (maven.mvnw() && !maven.wrapperProperties()) {
      draft.finding(rules.rule("JAVA-MAVEN-WRAPPER-INCOMPLETE"), "mvnw is committed without"
          + " .mvn/wrapper/maven-wrapper.properties: the buildpack warns and builds with Maven "
          + mavenVersion + " instead. Run 'mvn wrapper:wrapper' and commit the result.",
          Location.of("mvnw"));
    }
    mavenFinding(maven, wrapper, mavenVersion, draft);
    build.env().forEach((name, value) -> draft.buildEnv(name, new EnvVar(value, build.id())));
    JvmSecrets secrets = new JvmSecrets();
    String settings = settings(maven, config, secrets, draft);
    mavenStep(wrapper ? null : mavenVersion, settings, config, secrets, draft);
    new JvmProfile(rules).apply(draft);
    JvmProfile.ignore(rules.rule("JAVA-IGNORE-TARGET"), draft);
    processes(maven, heroku, draft);
  }

  /**
   * Without java.runtime.version, the Java version the pom asks for when its major differs from
   * the default JDK's: the buildpack ignores it, and an old build can fail on the default.
   */
  private void pomJavaVersion(MavenFacts maven, DetectionDraft draft) {
    if (maven.system().javaRuntimeVersion().isPresent() || maven.pom().isEmpty()) {
      return;
    }
    Rule rule = rules.rule("JAVA-JDK-POM-VERSION");
    String defaultMajor = rules.rule("JVM-JDK-DEFAULT").value();
    Pom pom = maven.pom().get();
    for (String property : rule.values()) {
      String asked = pom.properties().get(property);
      if (asked == null || !asked.strip().matches("(1\\.)?[0-9]{1,2}")) {
        continue;
      }
      String major = asked.strip().replaceFirst("^1\\.", "");
      if (!major.equals(defaultMajor)) {
        draft.finding(rule, "pom.xml's " + property + " asks for Java " + asked.strip()
            + ", but the buildpack reads only system.properties and builds with OpenJDK "
            + defaultMajor + ". If the build fails on it, add 'java.runtime.version="
            + asked.strip() + "' to system.properties.", Location.of(Pom.FILE));
      }
      return;
    }
  }

  /** Which Maven runs, and why: the wrapper's, maven.version's or the buildpack's default. */
  private void mavenFinding(MavenFacts maven, boolean wrapper, String version,
      DetectionDraft draft) {
    if (wrapper) {
      draft.finding(rules.rule("JAVA-MAVEN-WRAPPER"), "The build runs ./mvnw, which downloads"
          + " Maven " + (version == null ? "as its properties say" : version) + ".",
          maven.wrapperMavenVersion().map(d -> d.at()).orElse(Location.of("mvnw")));
      return;
    }
    draft.finding(rules.rule("JAVA-MAVEN-INSTALL"), "The build runs Maven " + version + ", "
        + maven.system().mavenVersion().map(d -> "as system.properties' maven.version asks"
            + (maven.mvnw() ? " (which also makes the buildpack ignore mvnw)" : ""))
            .orElse("the buildpack's default, as the app has no Maven wrapper") + ".",
        maven.system().mavenVersion().map(d -> d.at()).orElse(null));
  }

  /**
   * The command that puts the settings file in place before Maven runs, by the buildpack's
   * priority; empty when the app has none. Adds the secrets its servers' credentials need.
   */
  private String settings(MavenFacts maven, ConfigVars config, JvmSecrets secrets,
      DetectionDraft draft) {
    Rule rule = rules.rule("JAVA-MAVEN-SETTINGS");
    if (maven.m2Settings().isPresent()) {
      credentials(maven.m2Settings().get(), secrets, draft);
      draft.finding(dev.unbuildpack.model.Severity.INFO, rule.id(), "The committed "
          + SETTINGS + " is Maven's settings, as on Heroku (it wins over MAVEN_SETTINGS_PATH,"
          + " MAVEN_SETTINGS_URL and settings.xml).", Location.of(SETTINGS));
      return "";
    }
    Optional<String> path = config.value("MAVEN_SETTINGS_PATH").filter(p -> !p.isBlank());
    if (path.isPresent()) {
      maven.app().read(path.get()).map(text -> MavenSettings.parse(path.get(), text))
          .ifPresent(s -> credentials(s, secrets, draft));
      draft.finding(dev.unbuildpack.model.Severity.INFO, rule.id(), "MAVEN_SETTINGS_PATH names "
          + "the settings file; the build links it to " + SETTINGS + ".", null);
      return link(path.get());
    }
    if (config.get("MAVEN_SETTINGS_URL").isPresent()) {
      Rule url = rules.rule("JAVA-MAVEN-SETTINGS-URL");
      secrets.secret("MAVEN_SETTINGS_URL", config.get("MAVEN_SETTINGS_URL").get().at(), url,
          draft);
      return "mkdir -p .m2 && curl --fail --silent --show-error --location --retry 3 --output "
          + SETTINGS + " \"$MAVEN_SETTINGS_URL\" && ";
    }
    if (maven.settings().isPresent()) {
      credentials(maven.settings().get(), secrets, draft);
      draft.finding(dev.unbuildpack.model.Severity.INFO, rule.id(), "settings.xml in the app"
          + " root is Maven's settings: the build links it to " + SETTINGS + ", as the buildpack"
          + " does.", Location.of("settings.xml"));
      return link("settings.xml");
    }
    return "";
  }

  private static String link(String file) {
    String target = file.startsWith("/") ? file : "/app/" + file;
    return "mkdir -p .m2 && ln -sf " + ShellWord.of(target) + " " + SETTINGS + " && ";
  }

  private void credentials(MavenSettings settings, JvmSecrets secrets, DetectionDraft draft) {
    Rule env = rules.rule("JAVA-MAVEN-SETTINGS-ENV");
    Rule literal = rules.rule("JAVA-MAVEN-SETTINGS-LITERAL");
    for (MavenSettings.Credential credential : settings.credentials()) {
      credential.variables().forEach(name -> secrets.secret(name, credential.at(), env, draft));
      if (credential.literal() && !credential.field().equals("username")) {
        JvmSecrets.committed("The " + credential.field() + " of server \""
            + dev.unbuildpack.common.text.VisibleText.of(credential.server()) + "\" in "
            + settings.file(), credential.value(), credential.at(), literal, draft);
      }
    }
  }

  /**
   * The Maven step: the settings file in place, then the wrapper, or the Maven the buildpack
   * installs (downloaded into the cache mount first, {@code installed} its version), then Maven.
   */
  private void mavenStep(String installed, String settings, ConfigVars config,
      JvmSecrets secrets, DetectionDraft draft) {
    Rule build = rules.rule("JAVA-MAVEN-BUILD");
    Optional<String> opts = config.value("MAVEN_CUSTOM_OPTS");
    Optional<String> goals = config.value("MAVEN_CUSTOM_GOALS");
    if (opts.isPresent() || goals.isPresent()) {
      Rule custom = rules.rule("JAVA-MAVEN-CUSTOM");
      draft.finding(custom, "app.json sets " + (opts.isPresent() ? "MAVEN_CUSTOM_OPTS" : "")
          + (opts.isPresent() && goals.isPresent() ? " and " : "")
          + (goals.isPresent() ? "MAVEN_CUSTOM_GOALS" : "") + ": the build runs with them"
          + (opts.isPresent() && !opts.get().contains("-DskipTests")
              ? "; -DskipTests is dropped, so the tests run during the build" : "") + ".",
          Location.of("app.json"));
    }
    Rule install = rules.rule("JAVA-MAVEN-INSTALL");
    String version = installed == null ? null : ShellWord.of(installed);
    String command = build.command("build")
        .replace("{mvn}", installed == null ? "./mvnw"
            : install.command("mvn").replace("{version}", version))
        .replace("{opts}", words(opts.orElse(build.values().get(0))))
        .replace("{goals}", words(goals.orElse(build.values().get(1))))
        .replace("  ", " ").strip();
    String full = settings + (installed == null ? "chmod +x mvnw && "
        : install.command("tool").replace("{version}", version) + " && ") + command
        + (settings.contains("curl") ? " && rm -f " + SETTINGS : "");
    List<String> caches = new ArrayList<>(build.caches());
    if (installed == null) {
      caches.addAll(rules.rule("JAVA-MAVEN-WRAPPER").caches());
    }
    draft.step(new BuildStep(null, "build", full, build.id(), secrets.names(), caches,
        installed == null ? "" : "Maven " + installed + " as the buildpack installs it ("
            + install.id() + "), kept in the cache mount"));
  }

  /** A config var's words, split as the buildpack's unquoted expansion splits them. */
  private static String words(String value) {
    return Arrays.stream(value.strip().split("\\s+")).filter(w -> !w.isEmpty())
        .map(ShellWord::of).collect(Collectors.joining(" "));
  }

  private void processes(MavenFacts maven, HerokuFiles heroku, DetectionDraft draft) {
    Optional<Pom> pom = maven.pom();
    if (!maven.modules().isEmpty()) {
      draft.finding(rules.rule("JAVA-MULTI-MODULE"), "pom.xml lists " + maven.modules().size()
          + " modules (" + String.join(", ", maven.modules().stream().map(d ->
              dev.unbuildpack.common.text.VisibleText.of(d.value())).toList()) + "): one Maven"
          + " run in the root builds them all.", maven.modules().get(0).at());
    }
    boolean postgresListed = heroku.appJson().map(a -> a.addons().stream()
        .map(d -> d.value()).anyMatch(v -> v.startsWith("heroku-postgresql"))).orElse(false);
    if (!postgresListed && pom.map(p -> p.mentions("<groupId>org.postgresql") || p.mentions("<groupId>postgresql")
        || p.mentions("<groupId>com.impossibl.pgjdbc-ng")).orElse(false)) {
      Rule rule = rules.rule("JAVA-ADDON-POSTGRES");
      Rule postgres = rules.rule("HEROKU-ADDON-POSTGRES");
      draft.addon(new Addon("heroku-postgresql", postgres.service(), postgres.variable(),
          "pom.xml names the PostgreSQL driver (" + rule.id() + ")", postgres.id()));
    }
    if (heroku.procfile().isPresent()) {
      return;
    }
    boolean springBoot = pom.map(p -> p.mentions("<groupId>org.springframework.boot")
        && p.mentions("<artifactId>spring-boot")).orElse(false);
    Optional<String> jar = pom.filter(p -> !p.packaging().equals("pom")).flatMap(Pom::jar);
    if (springBoot && jar.isPresent()) {
      Rule rule = rules.rule("JAVA-PROCESS-SPRING-BOOT");
      draft.process(new Process("web", rule.command("web").replace("{jar}",
          ShellWord.of(jar.get())), "default process of the Java buildpack (" + rule.id()
          + "): no Procfile, a Spring Boot app"));
      return;
    }
    List<String> why = new ArrayList<>();
    if (!springBoot) {
      why.add("pom.xml is no Spring Boot project" + (pom.map(p -> p.mentions("<groupId>io.quarkus")
          || p.mentions("<groupId>io.micronaut") || p.mentions("<groupId>org.wildfly.swarm"))
          .orElse(false) ? " (Quarkus, Micronaut and WildFly Swarm defaults are not converted"
          + " yet)" : ""));
    } else {
      why.add("the jar the build writes to target/ cannot be named from pom.xml"
          + (maven.modules().isEmpty() ? "" : " (a multi-module build writes none there)"));
    }
    draft.finding(rules.rule("JAVA-PROCESS-NONE"), "No Procfile and no default web process: "
        + String.join("; ", why) + ". Add a Procfile with a web line.", null);
  }
}
