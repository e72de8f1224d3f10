package dev.storygraph.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The checks that bound and classify an article's input before annotation; no CoreNLP here. */
final class InputBoundsTest {

  @Test
  void nearDuplicates_agreesWithComparingEveryPair() {
    Random random = new Random(7);
    List<Set<String>> bags = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      Set<String> bag = new HashSet<>();
      int n = 3 + random.nextInt(12);
      while (bag.size() < n) {
        bag.add("w" + random.nextInt(i % 3 == 0 ? 14 : 400));
      }
      bags.add(bag);
    }
    boolean[] fast = NearDuplicates.find(bags, 5, 0.8);
    for (int i = 0; i < bags.size(); i++) {
      boolean slow = false;
      for (int j = 0; j < bags.size(); j++) {
        if (j != i && bags.get(i).size() >= 5 && bags.get(j).size() >= 5
            && jaccard(bags.get(i), bags.get(j)) >= 0.8) {
          slow = true;
        }
      }
      assertThat(fast[i]).as("line %s %s", i, bags.get(i)).isEqualTo(slow);
    }
  }

  @Test
  void nearDuplicates_manyDistinctLines_isFast() {
    List<Set<String>> bags = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      bags.add(Set.of("row" + i, "a" + i % 97, "b" + i % 89, "c" + i % 83, "d" + i % 79, "e" + i % 73));
    }
    // CPU time of this thread, not wall time: the machine may be shared. Comparing every pair took minutes.
    java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
    long start = cpu.getCurrentThreadCpuTime();
    NearDuplicates.find(bags, 5, 0.8);
    assertThat((cpu.getCurrentThreadCpuTime() - start) / 1e9).isLessThan(5.0);
  }

  private static double jaccard(Set<String> a, Set<String> b) {
    Set<String> common = new HashSet<>(a);
    common.retainAll(b);
    return common.size() / (double) (a.size() + b.size() - common.size());
  }

  @Test
  void cap_runOnSentence_breaksIntoShortLinesAndKeepsOffsets() {
    StringBuilder b = new StringBuilder("The council met. ");
    for (int i = 0; i < 10_000; i++) {
      b.append(i % 17 == 16 ? "rivers, " : "and the farmers spoke ");
    }
    String text = b.toString();
    String capped = SentenceCap.cap(text, 150);
    assertThat(capped).hasSameSizeAs(text);
    for (int i = 0; i < text.length(); i++) {
      if (capped.charAt(i) != text.charAt(i)) {
        assertThat(text.charAt(i)).isEqualTo(' ');
      }
    }
    for (String line : capped.split("\n")) {
      assertThat(line.strip().split("\\s+").length).isLessThanOrEqualTo(150);
    }
    assertThat(capped.split("\n").length).isGreaterThan(10_000 * 3 / 150);
  }

  @Test
  void cap_ordinarySentences_areLeftAlone() {
    String text = "The mayor opened the bridge on Friday, and the crowd cheered. Traffic resumed at noon.\n";
    assertThat(SentenceCap.cap(text, 20)).isEqualTo(text);
  }

  @Test
  void cap_blanksOverlongWords() {
    String text = "Data follows: " + "x".repeat(5_000) + " end.";
    assertThat(SentenceCap.cap(text, 150)).isEqualTo("Data follows: " + " ".repeat(5_000) + " end.");
  }

  @Test
  void html_pageBecomesItsTextAtTheSameOffsets() {
    String page = "<!DOCTYPE html><html><head><title>Bridge opens</title>"
        + "<style>body { font-family: Georgia, serif; }</style><script>var x = 'Lisbon';</script></head>"
        + "<body><div class=\"nav\"><a href=\"/\">Home</a></div>"
        + "<p>The mayor of Porto opened the new bridge on Friday &amp; thanked the engineers.</p>"
        + "<p>Traffic resumed<br>at noon.</p></body></html>";
    assertThat(HtmlText.isHtml(page)).isTrue();
    String text = HtmlText.text(page).orElseThrow();
    assertThat(text).hasSameSizeAs(page).doesNotContain("Georgia").doesNotContain("Lisbon")
        .doesNotContain("<").doesNotContain("font-family");
    int at = page.indexOf("The mayor of Porto");
    assertThat(text.substring(at, at + 18)).isEqualTo("The mayor of Porto");
    assertThat(text).contains("Friday & thanked").containsPattern("Traffic resumed\n *at noon\\.");
  }

  @Test
  void html_plainTextMentioningATag_isNotHtml() {
    assertThat(HtmlText.isHtml("Engineers wrote <p> where a paragraph starts, said the manual.")).isFalse();
    assertThat(HtmlText.text("No markup at all.")).isEmpty();
  }

  private final TextKind kinds = new TextKind();

  @Test
  void kind_englishProse_isProse() {
    assertThat(kinds.notProse("The mayor of Porto opened the new bridge on Friday and thanked the engineers who "
        + "built it over three years.")).isEmpty();
  }

  @Test
  void kind_otherScriptsAndLanguages_areNotEnglish() {
    assertThat(kinds.notProse("今天市长在河边宣布新桥已经建成，工程师们花了三年时间完成这个项目。"))
        .hasValueSatisfying(r -> assertThat(r).startsWith("not English").contains("han"));
    assertThat(kinds.notProse("Мэр города открыл новый мост в пятницу и поблагодарил инженеров за работу."))
        .hasValueSatisfying(r -> assertThat(r).startsWith("not English").contains("cyrillic"));
    assertThat(kinds.notProse("Le maire de la ville a inauguré le nouveau pont vendredi et a remercié les "
        + "ingénieurs qui l'ont construit pendant trois ans.")).hasValueSatisfying(r -> assertThat(r)
        .isEqualTo("not English: the text reads as french"));
  }

  @Test
  void kind_numberTable_isNotProse() {
    StringBuilder b = new StringBuilder("Station readings\n");
    for (int i = 0; i < 300; i++) {
      b.append(1000 + i).append(' ').append(i * 7 % 1000).append(' ').append(i * 13 % 977).append('\n');
    }
    assertThat(kinds.notProse(b.toString())).hasValueSatisfying(r -> assertThat(r).startsWith("mostly numbers"));
    assertThat(kinds.notProse("   \n  ")).hasValueSatisfying(r -> assertThat(r).startsWith("no sentences"));
  }
}
