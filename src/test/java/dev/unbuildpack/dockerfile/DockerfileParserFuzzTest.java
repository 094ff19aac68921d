package dev.unbuildpack.dockerfile;

import static dev.unbuildpack.testing.ParserContract.holds;
import static dev.unbuildpack.testing.ParserContract.text;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzz test of the Dockerfile parser and of what check reads from each instruction: flags,
 * secret mounts, ARG/ENV assignments, the exec form and the command text with here-documents.
 * A plain test run replays the inputs under DockerfileParserFuzzTestInputs/.
 */
class DockerfileParserFuzzTest {

  @FuzzTest
  void dockerfile(byte[] input) throws Exception {
    holds(() -> {
      Dockerfile dockerfile = DockerfileParser.parse("Dockerfile", text(input));
      for (Instruction instruction : dockerfile.instructions()) {
        instruction.commandText();
        instruction.flag("from");
        instruction.secretMounts().forEach(mount -> {
          mount.id();
          mount.env();
          mount.target();
          mount.required();
        });
        if (instruction.is("ARG") || instruction.is("ENV")) {
          Assignment.of(instruction);
        }
      }
    });
  }
}
