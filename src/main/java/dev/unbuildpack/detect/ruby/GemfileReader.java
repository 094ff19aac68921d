package dev.unbuildpack.detect.ruby;

import dev.unbuildpack.common.Location;
import dev.unbuildpack.detect.Declared;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Gemfile as text, line by line: the tool never runs app code, and a Gemfile is Ruby
 * that Bundler runs. Lines it cannot understand are skipped, not refused: Gemfile.lock, not the
 * Gemfile, holds what the rules decide on.
 */
public final class GemfileReader {
  private static final String STRING = "(?:\"([^\"]*)\"|'([^']*)')";
  private static final Pattern SOURCE = Pattern.compile("^source\\s*\\(?\\s*" + STRING
      + "\\s*\\)?\\s*(do|\\{)?\\s*$");
  private static final Pattern GIT_BLOCK = Pattern.compile("^git\\s*\\(?\\s*" + STRING + ".*\\bdo\\s*$");
  private static final Pattern RUBY = Pattern.compile("^ruby\\s*\\(?\\s*(.+?)\\s*\\)?\\s*$");
  private static final Pattern GEM = Pattern.compile("^gem\\s*\\(?\\s*" + STRING + "(.*)$");
  private static final Pattern OPTION = Pattern.compile(
      "(?:\\b(git|github|source)\\s*:|:(git|github|source)\\s*=>)\\s*" + STRING);
  private static final Pattern BLOCK_START = Pattern.compile("\\b(do)\\s*(\\|[^|]*\\|)?\\s*$");
  private static final Pattern END = Pattern.compile("^end\\b.*");
  /** Ruby keywords that open a block closed by "end" without a "do". */
  private static final Pattern KEYWORD_BLOCK =
      Pattern.compile("^(if|unless|case|begin|while|until|def|class|module)\\b.*");
  private static final Pattern VARIABLE = Pattern.compile(
      "ENV\\s*\\[\\s*" + STRING + "\\s*]|ENV\\.fetch\\s*\\(?\\s*" + STRING
          + "|\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");
  /** Constructs that run commands, code from elsewhere, or reach files and the network. */
  private static final Pattern CODE = Pattern.compile(
      "`|%x[({\\[|]|\\b(system|exec|spawn|eval|instance_eval|class_eval|eval_gemfile|require|"
          + "require_relative|load|open|fork|syscall)\\b\\s*[(\"' ]|\\b(IO|File|Dir|Kernel|"
          + "Open3|Process|Net::HTTP|URI|Socket)\\s*(\\.|::)");

  private GemfileReader() {}

  public static Gemfile read(String text) {
    List<Declared> sources = new ArrayList<>();
    Declared ruby = null;
    List<GemfileGem> gems = new ArrayList<>();
    List<Declared> variables = new ArrayList<>();
    List<Declared> code = new ArrayList<>();
    // The open blocks: a source URL, "git:" + a repository, or "" for any other block.
    Deque<String> blocks = new ArrayDeque<>();
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = withoutComment(lines[i]).strip();
      Location at = Location.of(Gemfile.FILE, i + 1);
      if (line.isEmpty()) {
        continue;
      }
      variables(line, at, variables);
      Matcher run = CODE.matcher(line);
      if (run.find()) {
        code.add(new Declared(run.group().strip(), at));
      }
      if (END.matcher(line).matches()) {
        blocks.pollFirst();
        continue;
      }
      Matcher m;
      if ((m = SOURCE.matcher(line)).matches()) {
        sources.add(new Declared(string(m, 1), at));
        if (m.group(3) != null) {
          blocks.push(string(m, 1));
        }
      } else if ((m = GIT_BLOCK.matcher(line)).matches()) {
        blocks.push("git:" + string(m, 1));
      } else if ((m = GEM.matcher(line)).matches()) {
        gems.add(gem(string(m, 1), m.group(3), blocks, at));
        if (BLOCK_START.matcher(line).find()) {
          blocks.push("");
        }
      } else if (ruby == null && (m = RUBY.matcher(line)).matches()) {
        ruby = new Declared(m.group(1), at);
      } else if (BLOCK_START.matcher(line).find() || KEYWORD_BLOCK.matcher(line).matches()) {
        blocks.push("");
      }
    }
    return new Gemfile(sources, Optional.ofNullable(ruby), gems, variables, code);
  }

  private static GemfileGem gem(String name, String options, Deque<String> blocks, Location at) {
    String git = null;
    String source = null;
    Matcher option = OPTION.matcher(options);
    while (option.find()) {
      String key = option.group(1) != null ? option.group(1) : option.group(2);
      String value = option.group(3) != null ? option.group(3) : option.group(4);
      switch (key) {
        case "git" -> git = value;
        case "github" -> git = "https://github.com/" + value + (value.contains("/") ? "" : "/"
            + value) + ".git";
        default -> source = value;
      }
    }
    for (String block : blocks) {
      if (git == null && block.startsWith("git:")) {
        git = block.substring(4);
      } else if (source == null && !block.isEmpty() && !block.startsWith("git:")) {
        source = block;
      }
    }
    return new GemfileGem(name, git, source, at);
  }

  private static void variables(String line, Location at, List<Declared> variables) {
    Matcher m = VARIABLE.matcher(line);
    while (m.find()) {
      String name = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2)
          : m.group(3) != null ? m.group(3) : m.group(4) != null ? m.group(4) : m.group(5);
      if (name != null && name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
        variables.add(new Declared(name, at));
      }
    }
  }

  private static String string(Matcher m, int group) {
    return m.group(group) != null ? m.group(group) : m.group(group + 1);
  }

  /** The line up to a '#' outside a string ("#{" inside double quotes is interpolation). */
  static String withoutComment(String line) {
    char quote = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quote != 0) {
        if (c == '\\') {
          i++;
        } else if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '#') {
        return line.substring(0, i);
      }
    }
    return line;
  }
}
