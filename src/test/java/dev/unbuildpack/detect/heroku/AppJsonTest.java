package dev.unbuildpack.detect.heroku;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.unbuildpack.common.BadInputException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AppJsonTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "{\"addons\": \"heroku-postgresql\"}|/addons|a string|an array of plan names or objects",
      "{\"addons\": {\"a\": 1}}|/addons|an object|an array of plan names or objects",
      "{\"addons\": [{\"plan\": 5}]}|/addons/0/plan|a number|a string",
      "{\"env\": []}|/env|an array|an object of NAME: value entries",
      "{\"env\": {\"A\": [1]}}|/env/A|an array|a string or an object",
      "{\"env\": {\"A\": {\"required\": \"yes\"}}}|/env/A/required|a string|true or false",
      "{\"buildpacks\": \"heroku/nodejs\"}|/buildpacks|a string|an array of objects with \"url\"",
      "{\"buildpacks\": [{\"url\": 1}]}|/buildpacks/0/url|a number|a string",
      "{\"formation\": []}|/formation|an array|an object of process types",
      "{\"formation\": {\"web\": {\"quantity\": \"x\"}}}|/formation/web/quantity|a string|a number",
      "{\"scripts\": {\"postdeploy\": {}}}|/scripts/postdeploy|an object|a command string",
      "[]|the top level|an array|an object",
  })
  void aValueOfTheWrongTypeIsBadInputNamingKeyPathAndExpectedType(
      String json, String path, String found, String expected) {
    BadInputException e = assertThrows(BadInputException.class, () -> AppJson.parse(json));
    assertEquals(3, e.exitCode());
    assertEquals("app.json has a value of the wrong type at " + path, e.title());
    assertEquals(path + " is " + found + "; expected " + expected + ".", e.why().orElseThrow());
    assertEquals("app.json:1", e.location().orElseThrow().toString());
  }

  @Test
  void theLineOfTheWrongValueIsNamed() {
    BadInputException e = assertThrows(BadInputException.class,
        () -> AppJson.parse("{\n  \"name\": \"x\",\n  \"addons\": 42\n}\n"));
    assertEquals("app.json:3", e.location().orElseThrow().toString());
  }

  @Test
  void wellTypedValuesOfEveryShapeAreAccepted() {
    AppJson app = AppJson.parse("""
        {"env": {"A": "x", "B": {"value": "y", "required": false}, "C": {"generator": "secret"}},
         "addons": ["heroku-redis", {"plan": "heroku-postgresql:essential-0"}],
         "buildpacks": [{"url": "heroku/nodejs"}],
         "formation": {"web": {"quantity": 1, "size": "basic"}},
         "scripts": {"postdeploy": "npm run seed"}}
        """);
    assertEquals(List.of("A", "B", "C"), app.env().stream().map(AppEnvVar::name).toList());
    assertEquals(2, app.addons().size());
  }
}
