package dev.unbuildpack.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unbuildpack.diff.ImageDiff;
import dev.unbuildpack.diff.InventoryBuilder;
import dev.unbuildpack.diff.InventoryDiff;
import dev.unbuildpack.inventory.ImageConfig;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Behaviour of the renderers that the golden files alone would not pin down. */
class RenderersTest {
  private static final String HOSTILE = "<script>alert('x')</script>|`*[a](http://e.vil)";

  @Test
  void textUsesAnsiColourOnlyWhenAllowed() {
    ImageDiff diff = hostileDiff();

    String coloured = Format.TEXT.render(diff, true);
    String plain = Format.TEXT.render(diff, false);

    assertTrue(coloured.contains("\u001b[32madded\u001b[0m"), coloured);
    assertFalse(plain.contains("\u001b"), plain);
    assertEquals(plain, coloured.replaceAll("\u001b\\[\\d+m", ""));
  }

  @Test
  void textTableColumnsLineUp() {
    String text = Format.TEXT.render(hostileDiff(), false);
    List<String> table = text.lines()
        .dropWhile(l -> !l.startsWith("added-language-package"))
        .skip(1)
        .takeWhile(l -> l.startsWith("  "))
        .toList();

    assertEquals(4, table.size(), "header and three rows: " + text);
    int packageColumn = table.get(0).indexOf("PACKAGE");
    assertTrue(packageColumn > 0, table.get(0));
    table.forEach(line -> assertTrue(line.charAt(packageColumn - 1) == ' '
        && line.charAt(packageColumn) != ' ', line));
  }

  @Test
  void textShowsControlCharactersFromTheImageAsEscapes() {
    ImageDiff diff = InventoryDiff.compare(InventoryBuilder.image("a").build(),
        InventoryBuilder.image("b").pkg("npm", "evil\u001b]0;pwned\u0007", "1").build());

    String text = Format.TEXT.render(diff, false);

    assertFalse(text.contains("\u001b") || text.contains("\u0007"), text);
    assertTrue(text.contains("evil\\u001b]0;pwned\\u0007"), text);
  }

  @Test
  void htmlEscapesImageDataAndLoadsNothingFromOutside() {
    String html = Format.HTML.render(hostileDiff(), false);

    assertFalse(html.contains("<script"), html);
    assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"), html);
    assertFalse(html.contains(" src=") || html.contains(" href=") || html.contains("url("),
        "the report must be self-contained");
    assertTrue(html.contains("<svg") && html.contains("<style>"), html);
  }

  @Test
  void markdownEscapesImageDataSoEachRowKeepsItsCells() {
    String md = Format.MARKDOWN.render(hostileDiff(), false);

    assertFalse(md.contains("<script"), md);
    assertFalse(md.contains("[a](http"), "no link may be injected: " + md);
    String row = md.lines().filter(l -> l.contains("alert")).findFirst().orElseThrow();
    // five cells between six unescaped pipes: change, ecosystem, package, A, B
    assertEquals(7, row.split("(?<!\\\\)\\|", -1).length, row);
  }

  @Test
  void markdownPutsTheSummaryBeforeAnyCollapsedSection() {
    String md = Format.MARKDOWN.render(hostileDiff(), false);

    int summary = md.indexOf("**3 differences: 3 added-language-package**");
    assertTrue(summary >= 0, md);
    assertTrue(summary < md.indexOf("<details>"), md);
  }

  @Test
  void markdownShowsTheFirstHundredRowsOfALongTableAndCountsTheRest() {
    InventoryBuilder big = InventoryBuilder.image("b");
    for (int i = 0; i < 130; i++) {
      big.pkg("npm", String.format("pkg-%03d", i), "1.0.0");
    }
    String md = Format.MARKDOWN.render(
        InventoryDiff.compare(InventoryBuilder.image("a").build(), big.build()), false);

    assertTrue(md.contains("| added | npm | pkg-099 |"), md);
    assertFalse(md.contains("pkg-100"), md);
    assertTrue(md.contains("… and 30 more; the JSON and HTML reports list them all."), md);
  }

  @Test
  void noDifferencesIsSaidPlainly() {
    var same = InventoryBuilder.image("app:1").pkg("deb", "bash", "5.2").build();
    ImageDiff diff = InventoryDiff.compare(same, same);

    assertTrue(Format.TEXT.render(diff, false).startsWith("No differences\n"));
    assertFalse(Format.MARKDOWN.render(diff, false).contains("| category |"));
  }

  private static ImageDiff hostileDiff() {
    ImageConfig config = new ImageConfig(List.of(), null, null, null, null, null, Map.of(),
        null, null);
    return InventoryDiff.compare(
        InventoryBuilder.image("a").config(config).layer(10, "base").build(),
        InventoryBuilder.image("b").config(config).layer(10, "base").layer(5, HOSTILE)
            .pkg("npm", HOSTILE, "1.0.0").pkg("npm", "express", "4.21.2")
            .pkg("npm", "a", "1").build());
  }
}
