package dev.unbuildpack.rules.jvm;

import dev.unbuildpack.common.Location;
import dev.unbuildpack.common.SecretMask;
import dev.unbuildpack.common.text.ShellWord;
import dev.unbuildpack.common.text.VisibleText;
import dev.unbuildpack.detect.Declared;
import dev.unbuildpack.detect.EcosystemFacts;
import dev.unbuildpack.detect.heroku.HerokuFiles;
import dev.unbuildpack.detect.jvm.GradleFacts;
import dev.unbuildpack.detect.jvm.GradleScript;
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
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Applies the Gradle buildpack's rules (rules/gradle) after the JDK's (rules/jvm). */
public final class GradleRules implements EcosystemRules {
  /** Frameworks in the buildpack's order, each with the text that shows it in a build script. */
  private static final List<List<String>> FRAMEWORKS = List.of(
      List.of("spring-boot", "org.springframework.boot"),
      List.of("micronaut", "io.micronaut"),
      List.of("quarkus", "io.quarkus"),
      List.of("ratpack", "io.ratpack"));
  /** The folder the Dockerfile builds in, whose name Gradle gives a project that sets none. */
  private static final String BUILD_FOLDER_NAME = "app";

  private final RuleSet rules;

  public GradleRules(RuleSet rules) {
    this.rules = rules;
  }

  @Override
  public String ecosystem() {
    return GradleFacts.ID;
  }

  @Override
  public void apply(EcosystemFacts facts, HerokuFiles heroku, ConfigVars config,
      DetectionDraft draft) {
    GradleFacts gradle = (GradleFacts) facts;
    Runtime jdk = new JdkRules(rules).apply(gradle.system(), draft);
    Rule home = rules.rule("GRADLE-HOME");
    draft.ecosystem(new Ecosystem(GradleFacts.ID, jdk, new PackageManager("gradlew",
        gradle.wrapperGradleVersion().map(Declared::value).orElse(null), null), List.of(),
        new InstallOrder(true, "Gradle resolves dependencies and compiles the sources in one"
            + " task, so it needs the whole app; GRADLE_USER_HOME is a BuildKit cache instead.",
            home.id())));
    if (!gradle.gradlew()) {
      draft.finding(rules.rule("GRADLE-WRAPPER-REQUIRED"), "The app has no gradlew: the Gradle"
          + " buildpack fails the build. Run 'gradle wrapper' and commit gradlew and gradle/.",
          null);
    }
    home.env().forEach((name, value) -> draft.buildEnv(name, new EnvVar(value, home.id())));
    Optional<String> framework = framework(gradle);
    JvmSecrets secrets = secrets(gradle, draft);
    task(gradle, framework, config, secrets, home, draft);
    new JvmProfile(rules).apply(draft);
    JvmProfile.ignore(rules.rule("GRADLE-IGNORE-BUILD"), draft);
    processes(gradle, framework, heroku, draft);
  }

  private static Optional<String> framework(GradleFacts gradle) {
    for (List<String> framework : FRAMEWORKS) {
      if (gradle.scripts().stream().anyMatch(s -> s.mentions(framework.get(1)).isPresent())) {
        return Optional.of(framework.get(0));
      }
    }
    return Optional.empty();
  }

  private void task(GradleFacts gradle, Optional<String> framework, ConfigVars config,
      JvmSecrets secrets, Rule home, DetectionDraft draft) {
    Optional<String> custom = config.value("GRADLE_TASK").filter(t -> !t.isBlank());
    Optional<Location> stage = gradle.scripts().stream().map(GradleScript::stageTask)
        .flatMap(Optional::stream).findFirst();
    Rule rule;
    String command;
    if (custom.isPresent()) {
      rule = rules.rule("GRADLE-TASK-CUSTOM");
      command = "./gradlew " + Arrays.stream(custom.get().strip().split("\\s+"))
          .map(ShellWord::of).collect(Collectors.joining(" "));
      draft.finding(rule, "app.json sets GRADLE_TASK: the build runs it instead of the"
          + " buildpack's choice.", Location.of("app.json"));
    } else if (stage.isPresent()) {
      rule = rules.rule("GRADLE-TASK-STAGE");
      command = rule.command("build");
    } else if (framework.isPresent()) {
      rule = rules.rule("GRADLE-TASK-FRAMEWORK");
      command = rule.command(framework.get());
    } else {
      draft.finding(rules.rule("GRADLE-TASK-NONE"), "No stage task was found in the build"
          + " scripts (" + String.join(", ", gradle.scripts().stream().map(GradleScript::file)
          .toList()) + ") and no Spring Boot, Micronaut, Quarkus or Ratpack dependency: the"
          + " buildpack runs './gradlew stage', which fails. Define a stage task or set"
          + " GRADLE_TASK.", gradle.buildFile().map(Location::of).orElse(null));
      return;
    }
    draft.step(new BuildStep("build", "chmod +x gradlew && " + command, rule.id(),
        secrets.names(), home.caches()));
  }

  private JvmSecrets secrets(GradleFacts gradle, DetectionDraft draft) {
    JvmSecrets secrets = new JvmSecrets();
    Rule env = rules.rule("GRADLE-SECRET-ENV");
    Rule property = rules.rule("GRADLE-SECRET-PROPERTY");
    Rule literal = rules.rule("GRADLE-SECRET-LITERAL");
    for (GradleScript script : gradle.scripts()) {
      script.environmentReads().forEach(read -> secrets.secret(read.value(), read.at(), env,
          draft));
      for (Declared read : script.propertyReads()) {
        boolean inFile = gradle.gradleProperties()
            .map(p -> p.value(read.value()).isPresent()).orElse(false);
        if (SecretMask.secretName(read.value()) && !inFile) {
          secrets.secret("ORG_GRADLE_PROJECT_" + read.value(), read.at(), property, draft);
        }
      }
    }
    gradle.gradleProperties().ifPresent(p -> p.entries().forEach((name, value) -> {
      if (SecretMask.secretName(name) && !value.value().isEmpty()
          && !value.value().startsWith("${")) {
        JvmSecrets.committed("gradle.properties' " + VisibleText.of(name), value.value(),
            value.at(), literal, draft);
      }
    }));
    return secrets;
  }

  private void processes(GradleFacts gradle, Optional<String> framework, HerokuFiles heroku,
      DetectionDraft draft) {
    if (heroku.procfile().isPresent()) {
      return;
    }
    if (framework.filter("spring-boot"::equals).isPresent()) {
      Optional<String> version = gradle.scripts().isEmpty() ? Optional.empty()
          : gradle.scripts().get(0).version();
      String name = gradle.settings().flatMap(GradleScript::rootProjectName)
          .orElse(BUILD_FOLDER_NAME);
      String jar = "./build/libs/" + name + version.map(v -> "-" + v).orElse("") + ".jar";
      Rule rule = rules.rule("GRADLE-PROCESS-SPRING-BOOT");
      draft.process(new Process("web", rule.command("web").replace("{jar}", ShellWord.of(jar)),
          "default process of the Gradle buildpack (" + rule.id() + "): no Procfile, a Spring"
          + " Boot app"));
      return;
    }
    draft.finding(rules.rule("GRADLE-PROCESS-NONE"), "No Procfile and no default web process: "
        + framework.map(f -> "the " + f + " default is not converted yet")
            .orElse("the build shows no framework with a default") + ". Add a Procfile with a"
        + " web line.", null);
  }
}
