package dev.unbuildpack.generate.jib;

import dev.unbuildpack.model.Ecosystem;
import dev.unbuildpack.model.PackageManager;
import dev.unbuildpack.model.Process;
import dev.unbuildpack.model.Runtime;
import dev.unbuildpack.plan.BuildPlan;
import dev.unbuildpack.plan.EnvSetting;
import dev.unbuildpack.plan.ImageRef;
import dev.unbuildpack.plan.PlanOptions;
import dev.unbuildpack.plan.Planner;
import dev.unbuildpack.plan.Processes;
import dev.unbuildpack.plan.RunUser;
import dev.unbuildpack.plan.Stage;
import dev.unbuildpack.testing.SampleDetections;
import java.util.List;

/**
 * Plans of a Maven app made without the JVM rules: a planned Express app's plan with a Maven
 * ecosystem, Temurin's images, the JVM's user and the given command and environment, so the Jib
 * writers are tested on every field they read.
 */
final class JvmPlans {
  static final String RUNTIME_IMAGE = "eclipse-temurin:25.0.4_7-jre-noble";

  private JvmPlans() {}

  static BuildPlan maven(String command, List<EnvSetting> env) {
    return of("java", command, env, new RunUser("ubuntu", 1000, false));
  }

  static BuildPlan of(String ecosystem, String command, List<EnvSetting> env, RunUser user) {
    BuildPlan node = Planner.plan(SampleDetections.expressNpm(), PlanOptions.defaults());
    Ecosystem jvm = new Ecosystem(ecosystem, new Runtime("java", "25.0.4", null,
        "default", "JVM-JDK-DEFAULT"), new PackageManager("maven", "3.9.4", null),
        List.of("pom.xml"));
    Stage runtime = new Stage("runtime", ImageRef.of(RUNTIME_IMAGE), List.of(), env);
    Processes processes = new Processes(new Process("web", command, "Procfile:1"),
        List.of(new Process("web", command, "Procfile:1")), null,
        List.of(".profile.d/heroku-jvm.sh"));
    return new BuildPlan(node.app(), jvm, List.of(jvm), node.workdir(), node.build(),
        List.of(), node.dependencies(), node.sourceSteps(), node.exports(), runtime, List.of(),
        List.of(), user, node.port(), processes, List.of(), List.of(), node.ignore(),
        node.buildContext(), List.of(), List.of(), node.debian());
  }

  /** The plan as another JVM ecosystem's ("gradle"). */
  static BuildPlan withEcosystem(BuildPlan plan, String id) {
    Ecosystem ecosystem = new Ecosystem(id, plan.ecosystem().runtime(),
        plan.ecosystem().packageManager(), plan.ecosystem().manifests());
    return new BuildPlan(plan.app(), ecosystem, List.of(ecosystem), plan.workdir(),
        plan.build(), plan.buildCopies(), plan.dependencies(), plan.sourceSteps(), plan.exports(),
        plan.runtime(), plan.runtimeCopies(), plan.runtimeTooling(), plan.user(), plan.port(),
        plan.processes(), plan.secrets(), plan.services(), plan.ignore(), plan.buildContext(),
        plan.extraCaEnv(), plan.configVars(), plan.debian());
  }

  /** The plan with other .dockerignore entries. */
  static BuildPlan withIgnore(BuildPlan plan, List<dev.unbuildpack.model.IgnoreEntry> ignore) {
    return new BuildPlan(plan.app(), plan.ecosystem(), plan.ecosystems(), plan.workdir(),
        plan.build(), plan.buildCopies(), plan.dependencies(), plan.sourceSteps(), plan.exports(),
        plan.runtime(), plan.runtimeCopies(), plan.runtimeTooling(), plan.user(), plan.port(),
        plan.processes(), plan.secrets(), plan.services(), ignore, plan.buildContext(),
        plan.extraCaEnv(), plan.configVars(), plan.debian());
  }

  /** The plan with its runtime stage replaced. */
  static BuildPlan withRuntime(BuildPlan plan, Stage runtime) {
    return new BuildPlan(plan.app(), plan.ecosystem(), plan.ecosystems(), plan.workdir(),
        plan.build(), plan.buildCopies(), plan.dependencies(), plan.sourceSteps(), plan.exports(),
        runtime, plan.runtimeCopies(), plan.runtimeTooling(), plan.user(), plan.port(),
        plan.processes(), plan.secrets(), plan.services(), plan.ignore(), plan.buildContext(),
        plan.extraCaEnv(), plan.configVars(), plan.debian());
  }
}
