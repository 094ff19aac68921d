package dev.unbuildpack.detect.node;

import dev.unbuildpack.common.Location;
import dev.unbuildpack.common.SecretMask;
import dev.unbuildpack.detect.Declared;
import dev.unbuildpack.detect.StructuredFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** package.json, read for the fields the buildpack looks at. */
final class PackageJson {
  static final String FILE = "package.json";
  static final List<String> SCOPES =
      List.of("dependencies", "devDependencies", "optionalDependencies");
  // The scripts the classic buildpack runs during the build (bin/compile, lib/package_manager.sh).
  static final List<String> BUILD_SCRIPTS =
      List.of("heroku-prebuild", "build", "heroku-postbuild", "heroku-cleanup");
  private static final Pattern URL_CREDENTIALS = Pattern.compile("://([^/@\\s]+)@");

  private final StructuredFile json;

  PackageJson(String text) {
    this(FILE, text);
  }

  /** A package.json elsewhere in the app (a workspace's), named by its path for locations. */
  PackageJson(String path, String text) {
    this.json = StructuredFile.json(path, text,
        "Fix the JSON at that position (no trailing commas, no comments); 'npm pkg get name'"
            + " reports the same error.");
  }

  /** True when package.json declares workspaces (npm, Yarn), whose dependencies are their own. */
  boolean hasWorkspaces() {
    return !json.at("/workspaces").isMissingNode();
  }

  Map<String, Declared> strings(String object) {
    Map<String, Declared> values = new LinkedHashMap<>();
    json.at("/" + object).fields().forEachRemaining(field -> {
      if (field.getValue().isTextual()) {
        String pointer = "/" + object + "/" + StructuredFile.segment(field.getKey());
        values.put(field.getKey(),
            new Declared(field.getValue().asText(), json.location(pointer)));
      }
    });
    return values;
  }

  /** The file's path in the app, as its locations name it. */
  String path() {
    return json.file();
  }

  /** The node at a JSON pointer, for fields other classes read (workspaces). */
  com.fasterxml.jackson.databind.JsonNode at(String pointer) {
    return json.at(pointer);
  }

  Location location(String pointer) {
    return json.location(pointer);
  }

  Optional<Declared> packageManager() {
    return json.text("/packageManager")
        .map(value -> new Declared(value, json.location("/packageManager")));
  }

  /** The declared dependencies; {@code lockedVersion} maps (name, range) to what is locked. */
  List<Dependency> dependencies(BinaryOperator<String> lockedVersion) {
    List<Dependency> deps = new ArrayList<>();
    for (String scope : SCOPES) {
      strings(scope).forEach((name, range) -> deps.add(new Dependency(
          name, range.value(), lockedVersion.apply(name, range.value()), scope, range.at())));
    }
    return deps;
  }

  List<ScriptVariable> scriptVariables() {
    List<ScriptVariable> vars = new ArrayList<>();
    Map<String, Declared> scripts = strings("scripts");
    for (String script : BUILD_SCRIPTS) {
      Declared command = scripts.get(script);
      if (command != null) {
        VariableReferences.shell(command.value())
            .forEach(name -> vars.add(new ScriptVariable(script, name, command.at())));
      }
    }
    return vars;
  }

  static boolean isGitUrl(String range) {
    return range.startsWith("git+") || range.startsWith("git://") || range.startsWith("github:")
        || range.startsWith("gitlab:") || range.startsWith("bitbucket:")
        || range.matches("^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+(#.*)?$");
  }

  /** Credentials in a dependency URL: a ${VAR} to pass in, or a literal token committed. */
  static void urlCredentials(
      Dependency dep, Consumer<SecretReference> references, Consumer<CommittedSecret> committed) {
    Matcher userinfo = URL_CREDENTIALS.matcher(dep.range());
    if (!userinfo.find() || userinfo.group(1).equals("git")) {
      return; // "git@host" is the ssh user name, not a credential
    }
    var refs = VariableReferences.braced(userinfo.group(1));
    refs.forEach(ref -> references.accept(new SecretReference(
        ref.name(), SecretReference.Origin.GIT_URL, ref.optional(), dep.at())));
    if (refs.isEmpty()) {
      committed.accept(new CommittedSecret("the URL of dependency " + dep.name(),
          SecretMask.fingerprint(userinfo.group(1)), SecretReference.Origin.GIT_URL, dep.at()));
    }
  }
}
