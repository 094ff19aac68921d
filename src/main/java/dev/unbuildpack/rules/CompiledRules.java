package dev.unbuildpack.rules;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.zip.CRC32;

/**
 * The shipped rule files, validated and compiled at build time into {@code rules/compiled/} on
 * the class path. A conversion runs in a fresh process, and binding nine TOML files through
 * Jackson took a quarter of it; reading the compiled form takes a few milliseconds.
 *
 * <p>The TOML files stay the source of truth: the build's {@code process-classes} phase runs
 * {@link #main} on them (pom.xml), {@code CompiledRulesTest} checks that both forms hold the same
 * rules, and a compiled file records the checksum of the texts it was made from and the shape of
 * its records. Whenever it is absent (a build that skipped the step), was made from other texts
 * (a rule edited and copied by {@code mvn compile} or an IDE, not compiled again) or for other
 * record types, the TOML files are read instead. Reading the texts to check costs a few
 * milliseconds; binding them costs seventy.
 */
public final class CompiledRules {
  static final String FOLDER = "rules/compiled/";
  static final String RULE_SET = "rule-set.bin";

  private CompiledRules() {}

  /** The compiled shipped rule set; empty when there is none usable. */
  static Optional<RuleSet> ruleSet() {
    return read(RULE_SET, () -> checksum(RuleLoader.builtInTexts()), in -> {
      int count = in.in().readInt();
      Map<String, Rule> rules = new LinkedHashMap<>();
      Map<String, String> files = new LinkedHashMap<>();
      for (int i = 0; i < count; i++) {
        String file = in.in().readUTF();
        Rule rule = in.read(Rule.class);
        rules.put(rule.id(), rule);
        files.put(rule.id(), file);
      }
      return new RuleSet(rules, files);
    }, Rule.class);
  }

  /** A compiled data file ({@code rules/<relative>}); empty when there is none usable. */
  static <T extends Record> Optional<T> data(String relative, Class<T> type) {
    return read(dataName(relative),
        () -> checksum(Map.of(relative, RuleLoader.resource(relative))), in -> in.read(type), type);
  }

  /** CRC-32 of names and texts, in the map's order. */
  static long checksum(Map<String, String> texts) {
    CRC32 crc = new CRC32();
    texts.forEach((name, text) -> {
      crc.update((name + "\0" + text + "\0").getBytes(StandardCharsets.UTF_8));
    });
    return crc.getValue();
  }

  private static String dataName(String relative) {
    return relative.replace('/', '_') + ".bin";
  }

  interface Body<T> {
    T read(Input in) throws IOException;
  }

  record Input(DataInputStream in, RecordCodec.Reader reader) {
    <T extends Record> T read(Class<T> type) throws IOException {
      return reader.read(type);
    }
  }

  /** The texts are read for their checksum only when there is a compiled file to check. */
  private static <T> Optional<T> read(String name, LongSupplier checksum, Body<T> body,
      Class<?> type) {
    InputStream resource = CompiledRules.class.getClassLoader().getResourceAsStream(FOLDER + name);
    return resource == null ? Optional.empty()
        : read(resource, checksum.getAsLong(), body, type);
  }

  /** Reads a compiled stream; empty when it was made for other texts or other record types. */
  static <T> Optional<T> read(InputStream resource, long checksum, Body<T> body, Class<?> type) {
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(resource, 1 << 16))) {
      if (!in.readUTF().equals(RecordCodec.shape(type)) || in.readLong() != checksum) {
        return Optional.empty();
      }
      return Optional.of(body.read(new Input(in, new RecordCodec.Reader(in))));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /**
   * The build step: validates the shipped rules as {@code unbuildpack} loads them from TOML, and
   * writes their compiled form under {@code OUTPUT_DIR/rules/compiled/}.
   *
   * <pre>CompiledRules OUTPUT_DIR [DATA_FILE=RECORD_CLASS ...]</pre>
   *
   * <p>DATA_FILE is a data file under rules/ ("node/data/node-releases.toml") and RECORD_CLASS
   * the record its consumer binds it to. A rule file that does not validate fails the build with
   * the same message a user would see.
   */
  public static void main(String[] args) throws IOException, ReflectiveOperationException {
    Path folder = Path.of(args[0]).resolve(FOLDER);
    Files.createDirectories(folder);
    Map<String, String> texts = RuleLoader.builtInTexts();
    RuleSet rules = RuleLoader.load(texts);
    write(folder.resolve(RULE_SET), out -> {
      writeHeader(out, Rule.class, checksum(texts));
      out.writeInt(rules.all().size());
      for (Rule rule : rules.all()) {
        out.writeUTF(rules.file(rule.id()));
        RecordCodec.write(out, rule);
      }
    });
    for (int i = 1; i < args.length; i++) {
      String[] pair = args[i].split("=", 2);
      Class<? extends Record> type = Class.forName(pair[1]).asSubclass(Record.class);
      Record value = RuleData.fromToml(pair[0], type);
      long checksum = checksum(Map.of(pair[0], RuleLoader.resource(pair[0])));
      write(folder.resolve(dataName(pair[0])), out -> {
        writeHeader(out, type, checksum);
        RecordCodec.write(out, value);
      });
    }
  }

  private interface Writer {
    void write(DataOutputStream out) throws IOException;
  }

  private static void writeHeader(DataOutputStream out, Class<?> type, long checksum)
      throws IOException {
    out.writeUTF(RecordCodec.shape(type));
    out.writeLong(checksum);
  }

  private static void write(Path file, Writer writer) throws IOException {
    Path partial = file.resolveSibling(file.getFileName() + ".tmp");
    try (OutputStream stream = Files.newOutputStream(partial);
        DataOutputStream out = new DataOutputStream(stream)) {
      writer.write(out);
    }
    Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
