package dev.unbuildpack.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BuildpackRulesTest {
  @Test
  void urlsNamesAndRefsOfOneBuildpackNormaliseAlike() {
    String expected = "github.com/heroku/heroku-buildpack-nginx";
    assertEquals(expected,
        BuildpackRules.normalise("https://github.com/heroku/heroku-buildpack-nginx.git#v1.18"));
    assertEquals(expected, BuildpackRules.normalise("git@github.com:heroku/heroku-buildpack-nginx"));
    assertEquals(expected, BuildpackRules.normalise("HTTPS://GitHub.com/heroku/heroku-buildpack-nginx/"));
    assertEquals("heroku-community/nginx", BuildpackRules.normalise(" heroku-community/nginx "));
  }
}
