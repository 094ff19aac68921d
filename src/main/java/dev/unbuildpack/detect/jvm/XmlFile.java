package dev.unbuildpack.detect.jvm;

import dev.unbuildpack.common.BadInputException;
import dev.unbuildpack.common.Location;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads a Maven XML file (pom.xml, settings.xml) into {@link XmlElement}s with the line of each
 * element, so facts can say where they come from ("pom.xml:12"). The parser is locked down: a
 * DOCTYPE is refused outright (so no entity, internal or external, is ever expanded and no DTD
 * is fetched), XInclude is off, and the tree is bounded in depth and size. POMs and settings
 * files have no use for a DOCTYPE, so real projects are not turned away.
 */
public final class XmlFile {
  /** Deeper than any POM (project/build/plugins/plugin/executions/execution/configuration/...). */
  static final int MAX_DEPTH = 64;
  static final int MAX_ELEMENTS = 200_000;

  private XmlFile() {}

  /**
   * Parses the text; malformed XML, a DOCTYPE or a tree beyond the bounds throws a
   * {@link BadInputException} naming the file and line.
   *
   * @param fix how to repair the file, for the error message
   */
  public static XmlElement parse(String file, String text, String fix) {
    Builder builder = new Builder();
    try {
      SAXParser parser = factory().newSAXParser();
      parser.parse(new InputSource(new StringReader(text)), builder);
    } catch (SAXParseException e) {
      boolean doctype = String.valueOf(e.getMessage()).contains("DOCTYPE");
      throw invalid(file, e.getLineNumber(), e.getColumnNumber(), message(e), doctype
          ? "Remove the <!DOCTYPE ...> declaration: Maven files need none." : fix, e);
    } catch (TooLarge e) {
      throw invalid(file, e.line, -1, e.getMessage(), fix, null);
    } catch (SAXException e) {
      throw invalid(file, builder.line(), -1, message(e), fix, e);
    } catch (IOException e) {
      throw new IllegalStateException("reading a string cannot fail", e);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's SAX parser lacks a security feature", e);
    }
    if (builder.root == null) {
      throw invalid(file, -1, -1, "The file has no root element.", fix, null);
    }
    return builder.root;
  }

  private static SAXParserFactory factory() throws ParserConfigurationException, SAXException {
    SAXParserFactory factory = SAXParserFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setValidating(false);
    factory.setXIncludeAware(false);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
    factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    return factory;
  }

  private static String message(SAXException e) {
    String text = e.getMessage() == null ? "The XML is malformed." : e.getMessage();
    if (text.contains("DOCTYPE")) {
      return "The file declares a DOCTYPE; unbuildpack reads none, so no entity is expanded and"
          + " no DTD is fetched.";
    }
    return text.lines().findFirst().orElse(text);
  }

  private static BadInputException invalid(String file, int line, int column, String why,
      String fix, Exception cause) {
    Location where = line < 1 ? Location.of(file)
        : column < 1 ? Location.of(file, line) : new Location(file, line, column);
    return new BadInputException(file + " is not valid XML", where, why, List.of(fix), cause);
  }

  /** Builds the tree from SAX events, counting elements and depth as it goes. */
  private static final class Builder extends DefaultHandler {
    private final Deque<Open> open = new ArrayDeque<>();
    private Locator locator;
    private XmlElement root;
    private int elements;

    int line() {
      return locator == null ? -1 : locator.getLineNumber();
    }

    @Override
    public void setDocumentLocator(Locator locator) {
      this.locator = locator;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes)
        throws SAXException {
      if (++elements > MAX_ELEMENTS) {
        throw new TooLarge("The file has more than " + MAX_ELEMENTS + " elements.", line());
      }
      if (open.size() >= MAX_DEPTH) {
        throw new TooLarge("Elements are nested deeper than " + MAX_DEPTH + " levels.", line());
      }
      open.push(new Open(localName.isEmpty() ? qName : localName, line()));
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      Open current = open.peek();
      if (current != null) {
        current.text.append(ch, start, length);
      }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
      Open done = open.pop();
      XmlElement element = new XmlElement(done.name, done.text.toString().strip(), done.line,
          done.children);
      if (open.isEmpty()) {
        root = element;
      } else {
        open.peek().children.add(element);
      }
    }
  }

  private static final class Open {
    final String name;
    final int line;
    final StringBuilder text = new StringBuilder();
    final List<XmlElement> children = new ArrayList<>();

    Open(String name, int line) {
      this.name = name;
      this.line = line;
    }
  }

  private static final class TooLarge extends SAXException {
    final int line;

    TooLarge(String message, int line) {
      super(message);
      this.line = line;
    }
  }
}
