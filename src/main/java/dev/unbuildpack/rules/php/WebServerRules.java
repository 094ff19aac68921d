package dev.unbuildpack.rules.php;

import dev.unbuildpack.common.Location;
import dev.unbuildpack.detect.heroku.HerokuFiles;
import dev.unbuildpack.detect.heroku.ProcfileEntry;
import dev.unbuildpack.detect.php.PhpFacts;
import dev.unbuildpack.model.Process;
import dev.unbuildpack.rules.DetectionDraft;
import dev.unbuildpack.rules.Rule;
import dev.unbuildpack.rules.RuleSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The web servers the processes start: each heroku-php-apache2 or heroku-php-nginx command gets
 * its server's Debian packages in the runtime stage, and the files it names are checked; with no
 * Procfile, the buildpack's default process.
 */
final class WebServerRules {
  private static final Map<String, String> SERVERS = Map.of(
      "heroku-php-apache2", "PHP-WEB-APACHE", "heroku-php-nginx", "PHP-WEB-NGINX");
  private static final List<String> FILE_OPTIONS = List.of("-C", "-F", "-i");

  private final RuleSet rules;

  WebServerRules(RuleSet rules) {
    this.rules = rules;
  }

  void apply(PhpFacts php, HerokuFiles heroku, DetectionDraft draft) {
    List<ProcfileEntry> entries = new ArrayList<>(
        heroku.procfile().map(p -> p.entries()).orElse(List.of()));
    if (heroku.procfile().isEmpty()) {
      Rule rule = rules.rule("PHP-PROCESS-DEFAULT");
      draft.process(new Process("web", rule.value(), "default process of the PHP buildpack ("
          + rule.id() + "): no Procfile"));
      draft.finding(rule, "No Procfile: the buildpack writes 'web: " + rule.value() + "', which"
          + " serves the whole app folder.", null);
      entries.add(new ProcfileEntry("web", rule.value(), Location.of("default")));
    }
    for (ProcfileEntry entry : entries) {
      List<String> words = List.of(entry.command().strip().split("\\s+"));
      String program = words.get(0).substring(words.get(0).lastIndexOf('/') + 1);
      String ruleId = SERVERS.get(program);
      if (ruleId == null) {
        continue;
      }
      Rule server = rules.rule(ruleId);
      String reason = "process " + entry.type() + " runs " + program + " (" + entry.at() + ")";
      draft.runPackages(server, reason);
      files(php, words.subList(1, words.size()), entry, draft);
    }
  }

  /** The document root and the files the options name must be in the app. */
  private void files(PhpFacts php, List<String> args, ProcfileEntry entry, DetectionDraft draft) {
    String docroot = ".";
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (FILE_OPTIONS.contains(arg) && i + 1 < args.size()) {
        String file = args.get(++i);
        if (!php.app().isFile(file)) {
          missing(arg + " " + file, entry, draft);
        }
      } else if (arg.startsWith("-")) {
        i += arg.equals("-l") || arg.equals("-p") ? 1 : 0;
      } else {
        docroot = arg;
      }
    }
    String root = docroot.replaceAll("/+$", "");
    if (!root.isEmpty() && !root.equals(".") && !php.app().isDirectory(root)) {
      missing("document root " + docroot, entry, draft);
      return;
    }
    String userIni = (root.isEmpty() || root.equals(".") ? "" : root + "/") + ".user.ini";
    if (php.app().isFile(userIni)) {
      draft.finding(rules.rule("PHP-USER-INI"), userIni + " sets PHP options for the document"
          + " root; php-fpm reads it in the image too.", Location.of(userIni));
    }
  }

  private void missing(String what, ProcfileEntry entry, DetectionDraft draft) {
    draft.finding(rules.rule("PHP-WEB-FILE-MISSING"), "Process " + entry.type() + " names "
        + what + ", which is not in the app; the server fails to start.", entry.at());
  }
}
