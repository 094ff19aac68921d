package dev.unbuildpack.plan;

/**
 * The non-root user the app runs as. Heroku runs dynos as an unprivileged user; the official
 * images of some ecosystems already have one (node), others (python, ruby, php) have none, and
 * the runtime stage creates it.
 *
 * @param name the user's name in the runtime image ("node")
 * @param uid its numeric id, for readers and for compose's {@code user:}; its group has the same
 *     id
 * @param create true when the runtime image lacks the user and the Dockerfile creates it
 */
public record RunUser(String name, int uid, boolean create) {
  /** A user the base image already has. */
  public RunUser(String name, int uid) {
    this(name, uid, false);
  }
}
