package dev.unbuildpack.plan;

/**
 * The non-root user the app runs as. Heroku runs dynos as an unprivileged user; most official
 * base images already have one, and those that have none (python) get it created.
 *
 * @param name the user's name in the runtime image ("node")
 * @param uid its numeric id, for readers and for compose's {@code user:}
 * @param create true when the runtime image has no such user and the Dockerfile creates it
 *     (images.toml "create"; the images.toml "user" table leaves it out)
 */
public record RunUser(String name, int uid, boolean create) {}
