package dev.unbuildpack.rules.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a package URL says about credentials; the fixtures test the rules end to end. */
class SecretRulesTest {

  @Test
  void variablesAreTheBracedReferencesPipExpands() {
    assertEquals(List.of("USER", "TOKEN"),
        UrlCredentials.variables("https://${USER}:${TOKEN}@h/${USER}/$PLAIN"));
  }

  @Test
  void aLiteralPasswordOrTokenIsACredentialAndAReferenceIsNot() {
    assertEquals(Optional.of("hunter2"), UrlCredentials.literal("https://deploy:hunter2@h/simple"));
    assertEquals(Optional.of("ghp_abc"), UrlCredentials.literal("git+https://ghp_abc@github.com/a/b"));
    assertEquals(Optional.of("a".repeat(20)),
        UrlCredentials.literal("https://" + "a".repeat(20) + "@h/"));
    assertEquals(Optional.empty(), UrlCredentials.literal("git+ssh://git@github.com/a/b"));
    assertEquals(Optional.empty(), UrlCredentials.literal("https://__token__:${T}@h/simple"));
    assertEquals(Optional.empty(), UrlCredentials.literal("https://h/simple?x=a@b"));
    assertEquals(Optional.empty(), UrlCredentials.literal("not a url"));
  }

  @Test
  void hostsAreComparedWithoutCredentialsAndPort() {
    assertTrue(UrlCredentials.isOnHost("https://u:p@PyPI.org:443/simple", Set.of("pypi.org")));
  }

  @Test
  void poetryAndUvVariableNamesFollowTheirTools() {
    assertEquals("ACME_PRIVATE", SecretRules.variablePart("acme-private"));
    assertEquals("MY_INDEX_2", SecretRules.variablePart("my.index.2"));
  }
}
