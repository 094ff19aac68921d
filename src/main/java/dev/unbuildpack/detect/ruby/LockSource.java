package dev.unbuildpack.detect.ruby;

import dev.unbuildpack.common.Location;

/**
 * A source section of Gemfile.lock: GEM (a gem server), GIT (a repository) or PATH (a folder),
 * with one remote line. A GEM section with several remotes is one LockSource per remote.
 *
 * @param type "GEM", "GIT" or "PATH"
 * @param remote the remote as written (Bundler writes it without credentials)
 * @param at the remote line
 */
public record LockSource(String type, String remote, Location at) {}
