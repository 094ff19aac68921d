package dev.unbuildpack.plan;

import java.util.List;

/**
 * What a step runs first, with --extra-ca, when its tools read no PEM bundle (Java reads only a
 * keystore): it writes a program into a tmpfs mount of the step, runs it to turn the bundle
 * into a truststore there, and exports the variables that point the tools at it, for that step
 * only. The mount ends with the step, so the truststore never reaches a layer.
 *
 * @param folder the tmpfs mount's target
 * @param programFile where the program's source is written, inside {@code folder}
 * @param program the program's source, one line each
 * @param commands shell command lines (words already quoted) that compile and run the program
 * @param variables what the step exports afterwards
 */
public record CaPreparation(String folder, String programFile, List<String> program,
    List<String> commands, List<EnvSetting> variables) {
  public CaPreparation {
    program = List.copyOf(program);
    commands = List.copyOf(commands);
    variables = List.copyOf(variables);
  }
}
