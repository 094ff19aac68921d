package dev.unbuildpack.common.text;

/**
 * A CSV cell of app text; the CSV library quotes it. Two things quoting does not do:
 *
 * <ul>
 *   <li>A cell starting with {@code = + - @} is a formula to Excel, LibreOffice and Google
 *       Sheets, which evaluate it when the file is opened: an app could name a process
 *       {@code =HYPERLINK(...)} or {@code =cmd|' /C calc'!A0} and run it on the reviewer's
 *       machine (CSV injection, OWASP). A leading apostrophe makes the spreadsheet show the text
 *       as text; the apostrophe itself is not displayed.
 *   <li>Line breaks and other control characters are shown as escapes ({@link VisibleText}), so
 *       one app stays one line for grep and diff.
 * </ul>
 */
public final class CsvCell {
  private CsvCell() {}

  public static String of(String text) {
    if (text == null) {
      return "";
    }
    String visible = VisibleText.of(text);
    return !visible.isEmpty() && "=+-@".indexOf(visible.charAt(0)) >= 0 ? "'" + visible : visible;
  }
}
