package dev.unbuildpack.check;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A literal credential pattern from rules/check/credentials.toml.
 *
 * @param files globs on a file's name
 * @param what what a match is, in words ("an npm registry token")
 * @param secret the usual name of the secret that should replace it
 * @param fix how to replace it, completing "Revoke it, then ..."
 * @param regex matched per line; its group "value" is the credential
 */
public record CredentialPattern(List<String> files, String what, String secret, String fix, Pattern regex) {
  public CredentialPattern {
    files = List.copyOf(files);
  }

  boolean appliesTo(String fileName) {
    Path name = Path.of(fileName);
    return files.stream().anyMatch(glob -> matcher(glob).matches(name));
  }

  private static PathMatcher matcher(String glob) {
    return FileSystems.getDefault().getPathMatcher("glob:" + glob);
  }
}
