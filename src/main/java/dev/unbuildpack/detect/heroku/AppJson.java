package dev.unbuildpack.detect.heroku;

import static com.fasterxml.jackson.databind.node.JsonNodeType.ARRAY;
import static com.fasterxml.jackson.databind.node.JsonNodeType.BOOLEAN;
import static com.fasterxml.jackson.databind.node.JsonNodeType.NULL;
import static com.fasterxml.jackson.databind.node.JsonNodeType.NUMBER;
import static com.fasterxml.jackson.databind.node.JsonNodeType.OBJECT;
import static com.fasterxml.jackson.databind.node.JsonNodeType.STRING;

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
    checkTypes(json);
    return new AppJson(env(json), addons(json), scripts(json), buildpacks(json));
  }

  /**
   * The shapes of app.json's schema (devcenter.heroku.com/articles/app-json-schema) for the keys
   * the tool reads or that a deployment depends on: a value of another type is bad input naming
   * its key path, not a crash later or a silent guess.
   */
  private static void checkTypes(StructuredFile json) {
    json.requireType("", "an object", OBJECT);
    json.requireType("/env", "an object of NAME: value entries", OBJECT);
    json.at("/env").fieldNames().forEachRemaining(name -> {
      String entry = "/env/" + StructuredFile.segment(name);
      json.requireType(entry, "a string or an object", STRING, NUMBER, BOOLEAN, OBJECT);
      json.requireType(entry + "/value", "a string", STRING, NUMBER, BOOLEAN, NULL);
      json.requireType(entry + "/required", "true or false", BOOLEAN);
      json.requireType(entry + "/generator", "a string (\"secret\")", STRING);
      json.requireType(entry + "/description", "a string", STRING);
    });
    json.requireType("/addons", "an array of plan names or objects", ARRAY);
    for (int i = 0; i < json.at("/addons").size(); i++) {
      json.requireType("/addons/" + i, "a plan name or an object with \"plan\"", STRING, OBJECT);
      json.requireType("/addons/" + i + "/plan", "a string", STRING);
    }
    json.requireType("/buildpacks", "an array of objects with \"url\"", ARRAY);
    for (int i = 0; i < json.at("/buildpacks").size(); i++) {
      json.requireType("/buildpacks/" + i, "an object with \"url\"", OBJECT);
      json.requireType("/buildpacks/" + i + "/url", "a string", STRING);
    }
    json.requireType("/formation", "an object of process types", OBJECT);
    json.at("/formation").fieldNames().forEachRemaining(type -> {
      String entry = "/formation/" + StructuredFile.segment(type);
      json.requireType(entry, "an object with \"quantity\" and \"size\"", OBJECT);
      json.requireType(entry + "/quantity", "a number", NUMBER);
      json.requireType(entry + "/size", "a string", STRING);
    });
    json.requireType("/scripts", "an object of hook: command entries", OBJECT);
    json.at("/scripts").fieldNames().forEachRemaining(hook ->
        json.requireType("/scripts/" + StructuredFile.segment(hook), "a command string", STRING));
    for (String key : List.of("/name", "/description", "/stack", "/image", "/repository")) {
      json.requireType(key, "a string", STRING);
    }
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
