package dev.unbuildpack.plan;

/**
 * The port the web process listens on by default. Heroku injects {@code PORT} into every dyno at
 * run time; the image sets a default so it also runs outside Heroku, and a platform that sets
 * {@code PORT} itself still overrides it.
 *
 * @param number the default
 * @param rule the rule that set {@code PORT} in the detection (HEROKU-PORT, or app.json's)
 */
public record WebPort(int number, String rule) {}
