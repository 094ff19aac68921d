package dev.unbuildpack.model;

/**
 * A config var the app declares in app.json "env", by name only: Heroku injects config vars into
 * every dyno, so the app expects each of them at run time. Its value, even a committed default,
 * is never part of the detection, the image or any generated file.
 *
 * @param required the person deploying must set it (app.json's "required", true by default for
 *     the object form; a generated secret is always required)
 * @param generator "secret" when Heroku generates a random value, else null
 * @param hasDefault app.json commits a value for it (a review-app default, not copied anywhere)
 * @param secret the name or the committed value looks like a credential, or it is generated
 * @param buildInput a buildpack setting the rules read at conversion time
 *     (NPM_CONFIG_PRODUCTION, NODE_BUILD_FLAGS, ...): it shaped the build steps
 * @param file where it is declared (app.json)
 * @param line 1-based line of its declaration, or null
 * @param rule the rule that names it (HEROKU-APPJSON-ENV, or HEROKU-APPJSON-GENERATOR)
 */
public record ConfigVar(
    String name,
    boolean required,
    String generator,
    boolean hasDefault,
    boolean secret,
    boolean buildInput,
    String file,
    Integer line,
    String rule) {

  /** True when Heroku would generate its value: the user must now generate one. */
  public boolean generated() {
    return generator != null;
  }
}
