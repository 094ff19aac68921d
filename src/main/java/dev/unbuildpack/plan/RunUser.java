package dev.unbuildpack.plan;

/**
 * The non-root user the app runs as. Heroku runs dynos as an unprivileged user; the official base
 * images of each ecosystem already have one, so none is created.
 *
 * @param name the user's name in the runtime image ("node")
 * @param uid its numeric id, for readers and for compose's {@code user:}
 */
public record RunUser(String name, int uid) {}
