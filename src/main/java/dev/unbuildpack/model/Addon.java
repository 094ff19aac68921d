package dev.unbuildpack.model;

/**
 * A backing service from app.json "addons".
 *
 * @param plan as app.json has it, e.g. "heroku-postgresql:essential-0"
 * @param service the compose service that stands in for it ("postgres", "redis"), or null when
 *     there is no local equivalent
 * @param envVar the variable the app reads it from ("DATABASE_URL")
 * @param source "app.json"
 */
public record Addon(String plan, String service, String envVar, String source) {}
