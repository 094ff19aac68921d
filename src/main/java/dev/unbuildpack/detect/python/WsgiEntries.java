package dev.unbuildpack.detect.python;

import dev.unbuildpack.app.AppDir;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * gunicorn application specs the sources suggest, read as text: a Django project's wsgi.py
 * ("mysite.wsgi"), and a module at the root that creates a Flask or Bottle app ("app:app").
 */
final class WsgiEntries {
  private static final Pattern WSGI_APP = Pattern.compile(
      "(?m)^([A-Za-z_][A-Za-z0-9_]*)\\s*=\\s*(?:flask\\.)?(?:Flask|Bottle|bottle\\.Bottle)\\(");
  private static final List<String> ROOT_MODULES =
      List.of("app.py", "main.py", "wsgi.py", "server.py", "application.py");

  private WsgiEntries() {}

  static List<String> find(AppDir app) {
    List<String> entries = new ArrayList<>();
    for (String path : SourceWalk.find(app, "wsgi.py", 2)) {
      boolean django = app.read(path).map(t -> t.contains("get_wsgi_application")).orElse(false);
      if (django && path.contains("/")) {
        entries.add(path.substring(0, path.length() - ".py".length()).replace('/', '.'));
      }
    }
    for (String file : ROOT_MODULES) {
      app.read(file).ifPresent(text -> {
        Matcher app_ = WSGI_APP.matcher(text);
        if (app_.find()) {
          entries.add(file.substring(0, file.length() - ".py".length()) + ":" + app_.group(1));
        }
      });
    }
    return entries;
  }
}
