package dev.unbuildpack.rules;

/**
 * Where a rule's knowledge comes from. One of repo+path, doc or changelog is set.
 *
 * @param repo "owner/name" of the repository read
 * @param path file in that repository
 * @param doc a documentation page (URL)
 * @param changelog a changelog entry (URL or "repo CHANGELOG.md vNNN")
 * @param ref commit, tag or package version the fact was read at
 * @param date when that ref was published or read (yyyy-mm-dd)
 */
public record RuleSource(
    String repo, String path, String doc, String changelog, String ref, String date) {

  /** One line for people: "heroku/heroku-buildpack-nodejs lib/x.sh @ 4f394e9 (2026-08-20)". */
  public String describe() {
    String where = repo != null ? repo + " " + path : doc != null ? doc : changelog;
    String shortRef = ref != null && ref.matches("[0-9a-f]{40}") ? ref.substring(0, 7) : ref;
    return where + " @ " + shortRef + " (" + date + ")";
  }
}
