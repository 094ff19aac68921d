package dev.unbuildpack.check;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A literal credential pattern from rules/check/data/credentials.toml.
 *
 * @param files globs on a file's name
 * @param what what a match is, in words ("a Maven server password")
 * @param fix how to replace it, a full sentence
 * @param regex matched per line; its group "value" is the credential
 */
public record CredentialPattern(List<String> files, String what, String fix, Pattern regex) {
  public CredentialPattern {
    files = List.copyOf(files);
  }

  boolean appliesTo(String fileName) {
    Path name = Path.of(fileName);
    return files.stream()
        .anyMatch(glob -> FileSystems.getDefault().getPathMatcher("glob:" + glob).matches(name));
  }
}
