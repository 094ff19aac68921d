package dev.unbuildpack.detect.node;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unbuildpack.common.SecretMask;
import dev.unbuildpack.detect.Declared;
import dev.unbuildpack.detect.StructuredFile;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Reads .yarnrc.yml (Yarn 2+): the vendored release and the registry credentials. */
final class YarnConfig {
  static final String FILE = ".yarnrc.yml";
  // Yarn 2+ credential settings (yarnpkg.com/configuration/yarnrc: npmAuthToken, npmAuthIdent).
  private static final List<String> CREDENTIAL_KEYS = List.of("npmAuthToken", "npmAuthIdent");

  private final StructuredFile yaml;

  YarnConfig(String text) {
    this.yaml = StructuredFile.yaml(FILE, text, "Fix the YAML syntax of .yarnrc.yml there.");
  }

  Optional<Declared> yarnPath() {
    return yaml.text("/yarnPath").map(path -> new Declared(path, yaml.location("/yarnPath")));
  }

  void secrets(Consumer<SecretReference> references, Consumer<CommittedSecret> committed) {
    walk(yaml.root(), "", references, committed);
  }

  private void walk(
      JsonNode node, String pointer, Consumer<SecretReference> references,
      Consumer<CommittedSecret> committed) {
    node.fields().forEachRemaining(field -> {
      String path = pointer + "/" + StructuredFile.segment(field.getKey());
      JsonNode value = field.getValue();
      if (value.isObject()) {
        walk(value, path, references, committed);
      } else if (value.isTextual()) {
        check(field.getKey(), value.asText(), path, references, committed);
      }
    });
  }

  private void check(
      String key, String value, String path, Consumer<SecretReference> references,
      Consumer<CommittedSecret> committed) {
    var refs = VariableReferences.braced(value);
    refs.forEach(ref -> references.accept(new SecretReference(
        ref.name(), SecretReference.Origin.YARNRC_YML, ref.optional(), yaml.location(path))));
    if (refs.isEmpty() && CREDENTIAL_KEYS.contains(key) && !value.isEmpty()) {
      committed.accept(new CommittedSecret(
          path.substring(1).replace('/', '.'), SecretMask.fingerprint(value),
          SecretReference.Origin.YARNRC_YML, yaml.location(path)));
    }
  }
}
