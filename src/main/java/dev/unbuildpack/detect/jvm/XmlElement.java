package dev.unbuildpack.detect.jvm;

import java.util.List;
import java.util.Optional;

/**
 * One element of a parsed XML file (pom.xml, settings.xml): its local name, the text directly
 * inside it (trimmed), the line its start tag is on, and its child elements in order.
 */
public record XmlElement(String name, String text, int line, List<XmlElement> children) {
  public XmlElement {
    children = List.copyOf(children);
  }

  /** The first child with this name. */
  public Optional<XmlElement> child(String childName) {
    return children.stream().filter(c -> c.name.equals(childName)).findFirst();
  }

  /** Every child with this name, in order. */
  public List<XmlElement> all(String childName) {
    return children.stream().filter(c -> c.name.equals(childName)).toList();
  }

  /** The element at a path of child names ("build", "finalName"). */
  public Optional<XmlElement> at(String... path) {
    Optional<XmlElement> at = Optional.of(this);
    for (String step : path) {
      at = at.flatMap(e -> e.child(step));
    }
    return at;
  }

  /** The trimmed text at a path, when present and not empty. */
  public Optional<String> textAt(String... path) {
    return at(path).map(XmlElement::text).filter(t -> !t.isEmpty());
  }
}
