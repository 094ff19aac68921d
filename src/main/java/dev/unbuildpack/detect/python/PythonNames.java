package dev.unbuildpack.detect.python;

import java.util.Locale;
import java.util.regex.Pattern;

/** Python distribution names: validity (PEP 508) and the normal form pip compares (PEP 503). */
public final class PythonNames {
  private static final Pattern VALID =
      Pattern.compile("[A-Za-z0-9]|[A-Za-z0-9][A-Za-z0-9._-]{0,199}[A-Za-z0-9]");
  private static final Pattern SEPARATORS = Pattern.compile("[-_.]+");

  private PythonNames() {}

  public static boolean valid(String name) {
    return name != null && VALID.matcher(name).matches();
  }

  /** "Django_Rest.Framework" → "django-rest-framework". */
  public static String normalise(String name) {
    return SEPARATORS.matcher(name).replaceAll("-").toLowerCase(Locale.ROOT);
  }
}
