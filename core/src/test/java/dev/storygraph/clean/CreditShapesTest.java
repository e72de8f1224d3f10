package dev.storygraph.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class CreditShapesTest {
  private final CreditShapes credits = new CreditShapes(BoilerplateCues.get());

  private static String cut(String s, int[] range) {
    return range == null ? null : s.substring(range[0], range[1]).strip();
  }

  @Test
  void leadingCredit_cueAndAgencyBeforeCaption_isCut() {
    String s = "Picture copyright Lumen Press Picture caption The new bridge opened to traffic at dawn";
    assertThat(cut(s, credits.leadingCredit(s))).isEqualTo("Picture copyright Lumen Press Picture caption");
    String t = "Northwind Images A crowd gathers outside the court house";
    assertThat(cut(t, credits.leadingCredit(t))).isEqualTo("Northwind Images");
  }

  @Test
  void leadingCredit_sentenceAboutPictures_isKept() {
    assertThat(credits.leadingCredit("Photos of the flooded valley were shared widely on Sunday.")).isNull();
    assertThat(credits.leadingCredit("Video Shows")).isNull();
    assertThat(credits.leadingCredit("Acme Video Chief Ida Berg said the service would launch in May.")).isNull();
  }

  @Test
  void trailingCredit_slashCreditAfterLastSentence_isCut() {
    String s = "Workers repair the dam near the border town on March 3. WIREPHOTO/Lena Marsh";
    assertThat(cut(s, credits.trailingCredit(s, false))).isEqualTo("WIREPHOTO/Lena Marsh");
  }

  @Test
  void trailingCredit_parenthesizedCredits_areCut() {
    String a = "A farmer inspects his field after the storm. (Photo: Tomas Reyes, Wire Service)";
    assertThat(cut(a, credits.trailingCredit(a, false))).isEqualTo("(Photo: Tomas Reyes, Wire Service)");
    String b = "The mayor speaks to reporters at city hall. (Ines Okafor, File/Daily Ledger)";
    assertThat(cut(b, credits.trailingCredit(b, false))).isEqualTo("(Ines Okafor, File/Daily Ledger)");
    String c = "The two leaders signed the accord. (Reporting by Ola Berg and Sam Tian; Editing by Rui Costa)";
    assertThat(cut(c, credits.trailingCredit(c, false)))
        .isEqualTo("(Reporting by Ola Berg and Sam Tian; Editing by Rui Costa)");
  }

  @Test
  void trailingCredit_cueWithNames_isCutButProseAboutAPhotoIsNot() {
    String s = "Anna Holm Photographer: Jon Lee/Harbor News";
    assertThat(cut(s, credits.trailingCredit(s, false))).isEqualTo("Photographer: Jon Lee/Harbor News");
    assertThat(credits.trailingCredit("The photo by Kim Ross was widely shared after the rally.", false)).isNull();
    assertThat(credits.trailingCredit("It ships with new audio / video / text messaging tools.", false)).isNull();
  }

  @Test
  void trailingCredit_loneNameAfterProse_isCutUnlessTheLineWraps() {
    String s = "Lawyers say the merger will face a long review by the regulators. Clipwire";
    assertThat(cut(s, credits.trailingCredit(s, false))).isEqualTo("Clipwire");
    assertThat(credits.trailingCredit(s, true)).isNull();
  }

  @Test
  void trailingCredit_titleCasedHeadlineAndAbbreviations_areKept() {
    assertThat(credits.trailingCredit("Port Workers End Strike After Three Weeks. Talks Resume", false)).isNull();
    assertThat(credits.trailingCredit("The delegation met officials from the foreign ministry and the U.S. Army", false))
        .isNull();
  }

  @Test
  void datelineAgency_tagAfterPlace_isCut() {
    String s = "LAKEPORT, Norland (Wire) - The council voted on Monday to close the mine.";
    assertThat(cut(s, credits.datelineAgency(s))).isEqualTo("(Wire)");
    String t = "(Wire) - The council voted on Monday to close the mine.";
    assertThat(cut(t, credits.datelineAgency(t))).isEqualTo("(Wire)");
    String u = "LAKEPORT, Norland, May 2, 2024 (Wire) - The council voted on Monday to close the mine.";
    assertThat(cut(u, credits.datelineAgency(u))).isEqualTo("(Wire)");
    String w = "LAKEPORT (Wire) \u2014 The council voted on Monday to close the mine.";
    assertThat(cut(w, credits.datelineAgency(w))).isEqualTo("(Wire)");
    String v = "May 2 (Wire) - The council voted on Monday to close the mine.";
    assertThat(cut(v, credits.datelineAgency(v))).isEqualTo("(Wire)");
    assertThat(credits.datelineAgency("The council (which met on Monday) voted to close the mine.")).isNull();
  }

  @Test
  void isCreditLine_bylinesAndAssistanceCredits() {
    assertThat(credits.isCreditLine("By Mira Solberg")).isTrue();
    assertThat(credits.isCreditLine("— With additional reporting by Tom Vik and Ana Lund")).isTrue();
    assertThat(credits.isCreditLine("Mine Bought by Oreline")).isFalse();
    assertThat(credits.isCreditLine("The mine was bought by Oreline in a deal worth millions.")).isFalse();
  }
}
