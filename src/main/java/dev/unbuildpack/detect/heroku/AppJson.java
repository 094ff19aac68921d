package dev.unbuildpack.detect.heroku;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unbuildpack.detect.Declared;
import dev.unbuildpack.detect.StructuredFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The parts of app.json that shape a build or a deployment.
 *
 * @param env config vars the app declares, in file order
 * @param addons add-on plans ("heroku-postgresql:essential-0")
 * @param scripts deployment hooks by name ("postdeploy")
 * @param buildpacks the buildpacks' URLs or names ("heroku-community/nginx"), in run order
 */
public record AppJson(List<AppEnvVar> env, List<Declared> addons, Map<String, Declared> scripts,
    List<Declared> buildpacks) {
  public static final String FILE = "app.json";

  public AppJson {
    env = List.copyOf(env);
    addons = List.copyOf(addons);
    scripts = Map.copyOf(scripts);
    buildpacks = List.copyOf(buildpacks);
  }

  public static AppJson parse(String text) {
    StructuredFile json =
        StructuredFile.json(FILE, text, "Fix the JSON syntax of app.json at that position.");
    return new AppJson(env(json), addons(json), scripts(json), buildpacks(json));
  }

  private static List<AppEnvVar> env(StructuredFile json) {
    List<AppEnvVar> env = new ArrayList<>();
    json.at("/env").fields().forEachRemaining(field -> {
      String pointer = "/env/" + StructuredFile.segment(field.getKey());
      env.add(AppEnvVar.of(field.getKey(), field.getValue(), json.location(pointer)));
    });
    return env;
  }

  private static List<Declared> addons(StructuredFile json) {
    List<Declared> addons = new ArrayList<>();
    JsonNode list = json.at("/addons");
    for (int i = 0; i < list.size(); i++) {
      JsonNode addon = list.get(i);
      String plan = addon.isTextual() ? addon.asText() : addon.path("plan").asText("");
      if (!plan.isBlank()) {
        addons.add(new Declared(plan, json.location("/addons/" + i)));
      }
    }
    return addons;
  }

  private static List<Declared> buildpacks(StructuredFile json) {
    List<Declared> buildpacks = new ArrayList<>();
    JsonNode list = json.at("/buildpacks");
    for (int i = 0; i < list.size(); i++) {
      String url = list.get(i).path("url").asText("");
      if (!url.isBlank()) {
        buildpacks.add(new Declared(url.strip(), json.location("/buildpacks/" + i)));
      }
    }
    return buildpacks;
  }

  private static Map<String, Declared> scripts(StructuredFile json) {
    Map<String, Declared> scripts = new java.util.TreeMap<>();
    json.at("/scripts").fields().forEachRemaining(field -> {
      String pointer = "/scripts/" + StructuredFile.segment(field.getKey());
      scripts.put(field.getKey(),
          new Declared(field.getValue().asText(), json.location(pointer)));
    });
    return scripts;
  }
}
