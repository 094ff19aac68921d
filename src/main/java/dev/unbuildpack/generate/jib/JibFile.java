package dev.unbuildpack.generate.jib;

/**
 * A file the Dockerfile's build writes into /app that Jib, which runs no build step, must find
 * on disk: convert writes it under {@link JibImage#FILES_FOLDER} and the configuration adds that
 * folder to /app.
 *
 * @param path where it lands, relative to /app (".profile.d/heroku-jvm.sh")
 * @param text its content
 * @param rule the rule that puts it in the image
 */
public record JibFile(String path, String text, String rule) {}
