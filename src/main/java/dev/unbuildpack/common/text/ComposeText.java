package dev.unbuildpack.common.text;

import dev.unbuildpack.common.Location;

/**
 * Values in compose.yaml. YAML quoting is Jackson's job (it quotes or escapes whatever YAML
 * would misread, line breaks included); what is left is compose's own interpolation of "$NAME"
 * in every value, which this class neutralises or writes on purpose.
 */
public final class ComposeText {
  private ComposeText() {}

  /**
   * Text compose must hand to the container as is: each '$' is written "$$". C1 control
   * characters (U+0085 NEXT LINE among them, a line break to YAML 1.1 readers) cannot be written
   * so that every reader reads them back, so they are refused.
   */
  public static String literal(String text, Location where) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '\u0080' && c <= '\u009f') {
        throw Refusal.of("The compose.yaml value", text, where,
            "YAML readers differ on control characters such as U+0085 (some read a line break).",
            "Remove the control character.");
      }
    }
    return text.replace("$", "$$");
  }

  /**
   * "${NAME:?message}": compose refuses to start without NAME set, saying why. The message is
   * literal text up to the closing brace, so braces and '$' are taken out of it.
   */
  public static String required(String name, String message) {
    return "${" + name + ":?" + message.replaceAll("[${}]", "") + "}";
  }
}
