package dev.unbuildpack.model;

/**
 * A backing service from app.json "addons".
 *
 * @param plan as app.json has it, e.g. "heroku-postgresql:essential-0"
 * @param service the compose service that stands in for it ("postgres", "redis"), or null when
 *     there is no local equivalent
 * @param envVar the variable the app reads it from ("DATABASE_URL")
 * @param source where app.json lists it, with the rule ("app.json:7 (HEROKU-ADDON-POSTGRES)")
 * @param rule the HEROKU-ADDON-* rule that matched it; it also describes the local stand-in
 */
public record Addon(String plan, String service, String envVar, String source, String rule) {}
