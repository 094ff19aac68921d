package dev.unbuildpack.common.text;

/**
 * Values in compose.yaml. YAML quoting is Jackson's job (it quotes or escapes whatever YAML
 * would misread, line breaks included); what is left is compose's own interpolation of "$NAME"
 * in every value, which this class neutralises or writes on purpose.
 */
public final class ComposeText {
  private ComposeText() {}

  /** Text compose must hand to the container as is: each '$' is written "$$". */
  public static String literal(String text) {
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
