package dev.storygraph.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

final class CleanerTest {
  private final Cleaner cleaner = new Cleaner();

  @Test
  void clean_keepsLengthAndOffsets() {
    String text = "Advertisement\nThe minister met his counterpart in Rome on Monday.\nSubscribe now\n";
    String cleaned = cleaner.clean(text);
    assertThat(cleaned).hasSameSizeAs(text);
    int at = text.indexOf("minister");
    assertThat(cleaned.substring(at, at + 8)).isEqualTo("minister");
  }

  @Test
  void clean_dropsReaderBlurbsBannersAndShortFragments() {
    String text = String.join("\n",
        "Skip to main content",
        "The two ministers met in Lisbon to discuss trade and fishing rights.",
        "SIGN UP FOR OUR DAILY BRIEFING",
        "Create an account to keep reading your favourite columns from Anna Berg.",
        "Most Popular",
        "Officials said the talks would resume next month.");
    String cleaned = cleaner.clean(text);
    assertThat(cleaned).contains("The two ministers met in Lisbon").contains("the talks would resume")
        .doesNotContain("Skip to").doesNotContain("SIGN UP").doesNotContain("Anna Berg")
        .doesNotContain("Most Popular");
  }

  @Test
  void clean_dropsRepeatedPromoLinesAndVideoTeasers() {
    String text = String.join("\n",
        "Exclusive columns by Mark Vale and Lise Dorn, with puzzles and special editions every day.",
        "The summit opened in Nairobi on Tuesday.",
        "Exclusive columns by Mark Vale and Lise Dorn, with puzzles and special editions every day",
        "03:12",
        "",
        "Leaders gather in Kenya for climate summit",
        "The summit closed on Friday with a joint statement.");
    String cleaned = cleaner.clean(text);
    assertThat(cleaned).doesNotContain("Mark Vale").doesNotContain("Leaders gather").doesNotContain("03:12")
        .contains("The summit opened in Nairobi").contains("The summit closed on Friday");
  }

  @Test
  void clean_stripsUrlsAndPhotoCreditsButKeepsTheCaption() {
    String text = "The minister arrives in Oslo on Monday. Photo by Kari Nes / Daily Wire\n"
        + "More coverage is available at https://example.org/news/world\n"
        + "The visit ends on Thursday.";
    String cleaned = cleaner.clean(text);
    assertThat(cleaned).contains("The minister arrives in Oslo on Monday.").doesNotContain("Kari Nes")
        .doesNotContain("example.org").contains("The visit ends on Thursday.");
  }

  @Test
  void clean_joinsHardWrappedLines() {
    String text = "The foreign minister said on Monday that the talks\nwould continue in the spring.\n";
    String cleaned = cleaner.clean(text);
    assertThat(cleaned).contains("the talks would continue");
  }

  @Test
  void clean_keepsDatelinesAndQuotedSecondPerson() {
    String text = "March 1, 2008\n\"You cannot win every contract,\" the chief executive said.";
    String cleaned = cleaner.clean(text);
    assertThat(cleaned).contains("March 1, 2008").contains("You cannot win every contract");
  }

  @Test
  void clean_cutsCreditsButKeepsTheArticlesOwnCaptions() {
    String text = String.join("\n",
        "HARBORTON, Westland (Wire) - The port reopened on Tuesday after a week of storms.",
        "",
        "Dockers unload the first ship in the harbour on Tuesday. WIREPHOTO/Lena Marsh",
        "",
        "Picture copyright Lumen Press Picture caption The storm wall held through the night",
        "",
        "The harbour master said the damage was smaller than feared.",
        "",
        "— With assistance by Tom Vik");
    String cleaned = cleaner.clean(text);
    assertThat(cleaned).hasSameSizeAs(text)
        .contains("Dockers unload the first ship in the harbour on Tuesday.")
        .contains("The storm wall held through the night")
        .contains("The port reopened on Tuesday")
        .doesNotContain("Lena Marsh").doesNotContain("Lumen Press").doesNotContain("(Wire)")
        .doesNotContain("Tom Vik");
  }

  @Test
  void clean_dropsEmbeddedGalleryAndWidgets() {
    String text = String.join("\n",
        "The ferry sank in calm water, the coast guard said.",
        "",
        "Island Life in Pictures",
        "",
        "1/3 A fisherman mends his nets at dawn on Kellar Point. (Harbor, May 2, 2009) Jo Fenn",
        "",
        "2/3 Children play on the pier near Osmo Bay. (Harbor, June 4, 2010) Jo Fenn",
        "",
        "3/3 A market opens in the old square of Vantby. (Harbor, July 9, 2011) Jo Fenn",
        "",
        "Rescuers searched for survivors through the night.",
        "",
        "Related: Storm season starts early on the coast",
        "",
        "Follow our coast reporter Ana Lund on social media: @analund");
    String cleaned = cleaner.clean(text);
    assertThat(cleaned).contains("The ferry sank").contains("Rescuers searched")
        .doesNotContain("Island Life").doesNotContain("Kellar Point").doesNotContain("Osmo Bay")
        .doesNotContain("Vantby").doesNotContain("Jo Fenn").doesNotContain("Storm season")
        .doesNotContain("Ana Lund");
  }

  @Test
  void cleanText_endsALeadingDatelineWithALineBreak_soItIsNoPartOfTheSentence() {
    String text = "Harbour talks resume\nPORT ALDER, Northland — A court on Monday charged Pablo Ruiz.\n"
        + "OFER FIELD, Northland, Jan 1    - Officials said the hearing would go on.\n"
        + "NATO-led troops stayed - for now.\n";
    String out = cleaner.cleanText(text).broken();
    assertThat(out).hasSameSizeAs(text);
    assertThat(out).contains("PORT ALDER, Northland \n A court on Monday charged Pablo Ruiz.");
    assertThat(out).contains("OFER FIELD, Northland, Jan 1    \n Officials said");
    assertThat(out).contains("NATO-led troops stayed - for now.");
  }

  @Test
  void clean_repeatedParagraph_keepsItsFirstCopy() {
    String lead = "The council of Vellmar approved the new harbour budget on Tuesday after a long debate.";
    String middle = "Harbour master Jean Dupre said the pier would open in the spring.";
    String cleaned = cleaner.clean(String.join("\n", lead, middle, middle, "Work starts next week.", lead));
    assertThat(cleaned.indexOf(lead)).isZero();
    assertThat(cleaned.lastIndexOf(lead)).isZero();
    assertThat(cleaned.indexOf(middle)).isPositive().isEqualTo(cleaned.lastIndexOf(middle));
  }

  @Test
  void clean_oneParagraphWrittenTwice_keepsOne() {
    String p = "The mayor of Vellmar opened the rebuilt ferry terminal on Friday with the harbour workers.";
    String cleaned = cleaner.clean(p + "\n\n" + p + "\n");
    assertThat(cleaned).startsWith(p);
    assertThat(cleaned.indexOf(p)).isEqualTo(cleaned.lastIndexOf(p));
  }

  @Test
  void clean_repeatedFurniture_goesEntirely() {
    String names = "Jean Dupre, Kari Nes, Mark Vale, Lise Dorn and Anna Berg.";
    String promo = "Exclusive columns by Mark Vale and Lise Dorn, with puzzles and special editions every day.";
    String text = String.join("\n", names, promo, "The summit opened in Nairobi on Tuesday.", names,
        promo.replace(" every day", " daily"), "The summit closed on Friday with a joint statement.");
    String cleaned = cleaner.clean(text);
    assertThat(cleaned).doesNotContain("Kari Nes").doesNotContain("Exclusive columns")
        .contains("The summit opened in Nairobi").contains("The summit closed on Friday");
  }

  @Test
  void clean_cutsEveryWireDatelineFormOffTheFirstSentence() {
    String[] leads = {"VARDEN, Norland, April 9, 2024 (Wire) - ", "VARDEN, April 9, 2024 (Wire) - ",
        "April 9 (Wire) - ", "VARDEN (Wire) — "};
    for (String lead : leads) {
      String text = lead + "The two fleets met on Monday.\n";
      String out = cleaner.cleanText(text).broken();
      assertThat(out).as(lead).hasSameSizeAs(text).doesNotContain("(Wire)");
      int body = text.indexOf("The two fleets");
      assertThat(out.substring(0, body)).as(lead).contains("\n");
      assertThat(out.substring(body)).startsWith("The two fleets met on Monday.");
    }
  }
  @Test
  void clean_blanksTheDashOfALeadingDateline_neverBreaksTheLine() {
    String text = "KESTRELBY, Upper Moor — Ferry crews walked off the job at dawn.\n"
        + "MILLRACE (Wire) - The strike spread to two more docks by noon.\n";
    Cleaner.Cleaned cleaned = cleaner.cleanText(text);
    String out = cleaned.text();
    assertThat(out).isEqualTo(cleaner.clean(text)).hasSameSizeAs(text);
    for (int i = 0; i < text.length(); i++) {
      if (out.charAt(i) != text.charAt(i)) {
        assertThat(out.charAt(i)).as("offset %s", i).isEqualTo(' ');
      }
    }
    assertThat(out).contains("KESTRELBY, Upper Moor   Ferry crews").doesNotContain("—").doesNotContain(" - ");
    assertThat(cleaned.breaks()).containsExactly(text.indexOf('—'), text.indexOf(" - ") + 1);
    assertThat(cleaned.broken()).startsWith("KESTRELBY, Upper Moor \n Ferry crews");
  }

  @Test
  void cleaned_rejectsABreakThatIsNotWhiteSpace() {
    assertThatThrownBy(() -> new Cleaner.Cleaned("OSLO—Rain.", List.of(4)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("offset=4");
  }


  @Test
  void clean_joinsAParagraphWrappedAtAWidth_evenBeforeACapital() {
    String text = String.join("\n",
        "Harbour talks resume as the storm wall holds",
        "By Mira Solberg",
        "The harbour master of Varden met the mayor at the White",
        "House of the old port on Monday to talk about the storm",
        "wall, which Northern Dredging Company built in the spring",
        "of last year and which held through the night.",
        "",
        "- the storm wall held through the night",
        "- the ferries of the north sail again",
        "",
        "The talks will go on in the summer, the mayor said after",
        "the meeting with the harbour master and his two deputies.",
        "");
    String out = cleaner.clean(text);
    assertThat(out).hasSameSizeAs(text)
        .contains("at the White House of the old port on Monday to talk about the storm wall, which Northern")
        .contains("said after the meeting")
        .contains("Harbour talks resume as the storm wall holds\n")
        .contains("the storm wall held through the night\n")
        .doesNotContain("Mira Solberg");
  }

  @Test
  void wrapWidth_paragraphLinesOfAWebPage_areNotWrapped() {
    String para = "The minister met his counterpart on Monday and the two spoke for an hour about trade, "
        + "fishing rights and the new ferry line, officials said.";
    assertThat(Cleaner.wrapWidth(List.of(para, "Short headline", para + " More.", para, para))).isZero();
    assertThat(Cleaner.wrapWidth(List.of(
        "The minister met his counterpart on Monday and the two",
        "spoke for an hour about trade, fishing rights and the",
        "new ferry line, officials said. They will meet again in",
        "the spring in the capital, where the ministers of the",
        "other coastal states will join them."))).isBetween(50, 58);
  }
}
