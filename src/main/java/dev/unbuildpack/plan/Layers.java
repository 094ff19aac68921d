package dev.unbuildpack.plan;

import dev.unbuildpack.model.Ecosystem;
import java.util.ArrayList;
import java.util.List;

/**
 * How the build's steps split around the copy of the sources, ecosystem by ecosystem: each
 * ecosystem whose install reads only its manifests installs before the sources are copied, as a
 * single-ecosystem app does (and prunes its devDependencies there too when no build runs between
 * the install and the prune); everything else runs after, in the order Heroku runs it.
 *
 * <p>So a later buildpack's install may run before an earlier buildpack's build (pip install
 * before npm run build). That keeps its layer cached, and it changes nothing the build can see:
 * such an install reads its manifests alone (its ecosystem's rules decided so), and the earlier
 * runtime it could call is in the stage from the start.
 *
 * @param dependencies one group per ecosystem, in the order Heroku runs the buildpacks
 * @param sourceSteps the steps that run with every source file present, in Heroku's order
 */
record Layers(List<DependencyGroup> dependencies, List<PlanStep> sourceSteps) {
  static Layers of(List<Ecosystem> ecosystems, List<PlanStep> steps) {
    List<DependencyGroup> groups = new ArrayList<>();
    List<PlanStep> rest = new ArrayList<>();
    for (Ecosystem ecosystem : ecosystems) {
      List<PlanStep> own = steps.stream().filter(s -> s.ecosystem().equals(ecosystem.id())).toList();
      boolean sourcesFirst = Steps.needSourcesBeforeInstall(own)
          || ecosystem.manifests().isEmpty() || Steps.installNeedsSources(ecosystem);
      int split = sourcesFirst ? Steps.leadingTooling(own) : Steps.endOfStepsBeforeSources(own);
      groups.add(new DependencyGroup(ecosystem.id(),
          sourcesFirst ? List.of() : ecosystem.manifests(),
          sourcesFirst ? Steps.whySourcesFirst(own, ecosystem) : null,
          sourcesFirst ? null : Steps.whyManifestsFirst(ecosystem),
          own.subList(0, split)));
      rest.addAll(own.subList(split, own.size()));
    }
    List<String> ids = ecosystems.stream().map(Ecosystem::id).toList();
    // A step of no detected ecosystem cannot be placed by its buildpack: it keeps its order last.
    steps.stream().filter(s -> !ids.contains(s.ecosystem())).forEach(rest::add);
    return new Layers(groups, rest);
  }
}
