package dev.unbuildpack.common.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unbuildpack.common.BadInputException;
import dev.unbuildpack.common.Location;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** The XML and Groovy writers, fed hostile text, keep their format's structure or refuse. */
class XmlAndGroovyTextTest {
  static List<String> hostile() {
    return List.of("plain", "a b", "<b>x</b>", "a & b", "&amp;", "]]>", "\"q\" 'q'", "--",
        "a--b-", "-->", "<!-- x -->", "a\nb", "a\rb", "a\r\nb", "tab\there", " lead", "$HOME",
        "${x}", "back\\slash", "\\n", "é ✓ \uD83D\uDE00", "", "a\u2028b", "a\u0085b");
  }

  @ParameterizedTest
  @MethodSource("hostile")
  void xmlElementContentAndAttributesReadBackExactly(String text) throws Exception {
    String escaped = XmlText.escaped(text, Location.of("Procfile", 1));
    Element root = parse("<r a=\"" + escaped + "\" b='" + escaped + "'><v>" + escaped
        + "</v></r>");
    assertEquals(text, root.getAttribute("a"), escaped);
    assertEquals(text, root.getAttribute("b"), escaped);
    assertEquals(text, root.getElementsByTagName("v").item(0).getTextContent(), escaped);
  }

  @ParameterizedTest
  @ValueSource(strings = {"a\u0000b", "a\u0001b", "bell\u0007", "a\uFFFEb", "a\uD800b", "\uDC00"})
  void xmlRefusesWhatXmlCannotHoldWithItsPlace(String text) {
    BadInputException refused = assertThrows(BadInputException.class,
        () -> XmlText.escaped(text, Location.of("Procfile", 4)));
    assertEquals(3, refused.exitCode());
    assertEquals("Procfile:4", refused.location().orElseThrow().toString());
  }

  @ParameterizedTest
  @MethodSource("hostile")
  void anXmlCommentStaysOneCommentOnOneLine(String text) throws Exception {
    String comment = "<!-- " + XmlText.comment(text + "\u0001\uFFFF") + " -->";
    assertEquals(1, comment.lines().count(), comment);
    Element root = parse("<r>" + comment + "<v/></r>");
    int comments = 0;
    for (Node node = root.getFirstChild(); node != null; node = node.getNextSibling()) {
      comments += node.getNodeType() == Node.COMMENT_NODE ? 1 : 0;
    }
    assertEquals(1, comments, comment);
    assertEquals(1, root.getElementsByTagName("v").getLength(), comment);
  }

  @ParameterizedTest
  @MethodSource("hostile")
  void aGroovyStringIsOneSingleQuotedLiteralOfTheText(String text) {
    String literal;
    try {
      literal = GroovyText.string(text, Location.of("Procfile", 2));
    } catch (BadInputException refused) {
      assertTrue(VisibleText.hasControl(text.replaceAll("[\\n\\r\\t]", "")), text);
      assertEquals("Procfile:2", refused.location().orElseThrow().toString());
      return;
    }
    assertEquals(1, literal.lines().count(), literal);
    assertEquals(text, decodeSingleQuoted(literal), literal);
    assertFalse(literal.contains("\\u"), "no Unicode escape: " + literal);
  }

  @ParameterizedTest
  @ValueSource(strings = {"a\\u000a", "\\u0027", "x\\\\u0041"})
  void aGroovyStringRefusesABackslashBeforeU(String text) {
    assertThrows(BadInputException.class, () -> GroovyText.string(text, Location.of("x")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"a\nb", "end \\u000a println 'x'", "x\\u0041", "a\u2028b"})
  void aGroovyCommentIsOneLineWithNoUnicodeEscape(String text) {
    String comment = GroovyText.comment(text);
    assertTrue(comment.startsWith("// ") && comment.endsWith("\n"), comment);
    assertEquals(1, comment.lines().count(), comment);
    assertFalse(comment.contains("\\u"), comment);
  }

  /** Groovy's reading of a single-quoted literal: the quotes around, backslash escapes inside. */
  private static String decodeSingleQuoted(String literal) {
    assertTrue(literal.length() >= 2 && literal.startsWith("'") && literal.endsWith("'"), literal);
    StringBuilder out = new StringBuilder();
    String body = literal.substring(1, literal.length() - 1);
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c == '\'') {
        throw new AssertionError("unescaped quote ends the literal early: " + literal);
      }
      if (c != '\\') {
        out.append(c);
        continue;
      }
      char next = body.charAt(++i);
      out.append(switch (next) {
        case 'n' -> '\n';
        case 'r' -> '\r';
        case 't' -> '\t';
        case '\\', '\'' -> next;
        default -> throw new AssertionError("unknown escape \\" + next + " in " + literal);
      });
    }
    return out.toString();
  }

  private static Element parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document document = factory.newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    return document.getDocumentElement();
  }
}
