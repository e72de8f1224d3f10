package dev.storygraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storygraph.Entity;
import dev.storygraph.EntityType;
import dev.storygraph.annotate.Doc;
import dev.storygraph.annotate.NamedSpan;
import dev.storygraph.annotate.Sentence;
import dev.storygraph.annotate.Token;
import dev.storygraph.lexicon.Lexicons;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Entity rules on documents tagged by hand, for the cases where what matters is what the NER did (a name cut
 * short, a firm taken for a person), which an invented sentence cannot make CoreNLP do reliably.
 */
final class EntityExtractorTaggedTest {
  private static EntityExtractor extractor;

  @BeforeAll
  static void load() {
    extractor = new EntityExtractor(Lexicons.load(List.of()));
  }

  /**
   * A document of sentences written "word/POS/NER ...", every token a dependent of the sentence's first verb
   * (or first token); runs of one NER type other than O are its names.
   */
  private static Doc doc(String... sentences) {
    StringBuilder text = new StringBuilder();
    List<Token> tokens = new ArrayList<>();
    List<Sentence> sents = new ArrayList<>();
    List<Integer> governors = new ArrayList<>();
    for (String s : sentences) {
      int first = tokens.size();
      int sentBegin = text.length();
      for (String item : s.split(" ")) {
        String[] p = item.split("/");
        if (text.length() > 0) {
          text.append(' ');
        }
        int begin = text.length();
        text.append(p[0]);
        tokens.add(new Token(tokens.size(), sents.size(), p[0], p[0].toLowerCase(), p[1], p[2], begin, text.length()));
      }
      int root = first;
      for (int i = first; i < tokens.size(); i++) {
        if (tokens.get(i).pos().startsWith("VB")) {
          root = i;
          break;
        }
      }
      for (int i = first; i < tokens.size(); i++) {
        governors.add(i == root ? -1 : root);
      }
      sents.add(new Sentence(sents.size(), first, tokens.size(), sentBegin, text.length()));
      text.append('\n');
    }
    List<NamedSpan> names = new ArrayList<>();
    for (int i = 0; i < tokens.size(); ) {
      Token t = tokens.get(i);
      int end = i + 1;
      while (end < tokens.size() && tokens.get(end).sentence() == t.sentence()
          && tokens.get(end).ner().equals(t.ner())) {
        end++;
      }
      if (!t.ner().equals("O")) {
        names.add(new NamedSpan(i, end, t.ner(), text.substring(t.begin(), tokens.get(end - 1).end()), t.begin(),
            tokens.get(end - 1).end()));
      }
      i = end;
    }
    int[] gov = governors.stream().mapToInt(Integer::intValue).toArray();
    String[] rel = new String[gov.length];
    Arrays.fill(rel, "dep");
    for (int i = 0; i < gov.length; i++) {
      if (gov[i] < 0) {
        rel[i] = "root";
      }
    }
    return new Doc(text.toString(), tokens, sents, gov, rel, names, List.of());
  }

  private static List<String> names(ArticleEntities e, EntityType type) {
    return e.entities().stream().filter(x -> x.type() == type).map(Entity::name).toList();
  }

  @Test
  void groupNounTheNerLeftOutAfterAnOrganization_endsItsName_andTheShortNameStaysItsOwn() {
    ArticleEntities e = extractor.extract("t", doc(
        "It/PRP/O was/VBD/O reported/VBN/O by/IN/O Vantor/NNP/ORGANIZATION Network/NNP/O Insider/NNP/O "
            + "Lena/NNP/PERSON Brandt/NNP/PERSON ././O",
        "Fans/NNS/O of/IN/O the/DT/O Vantor/NNP/ORGANIZATION cheered/VBD/O ././O"));
    assertThat(names(e, EntityType.ORGANIZATION)).contains("Vantor Network", "Vantor");
    assertThat(e.entities()).filteredOn(x -> x.name().equals("Vantor Network"))
        .allSatisfy(x -> assertThat(x.aliases()).doesNotContain("Vantor"));
    assertThat(names(e, EntityType.PERSON)).contains("Lena Brandt");
  }

  @Test
  void groupNounFollowedByANumber_isANumberedThing_notAnOrganization() {
    ArticleEntities e = extractor.extract("t", doc(
        "Vantor/NNP/ORGANIZATION Flight/NNP/O 12/CD/NUMBER landed/VBD/O safely/RB/O ././O"));
    assertThat(names(e, EntityType.ORGANIZATION)).contains("Vantor").doesNotContain("Vantor Flight");
  }

  @Test
  void oneWordTakenForAPerson_thatBeginsAFirmsName_isTheFirm_withALegalFormBeforeAPlaceOfBusiness() {
    ArticleEntities e = extractor.extract("t", doc(
        "Queues/NNS/O formed/VBD/O at/IN/O Zentrix/NNP/ORGANIZATION Stores/NNPS/ORGANIZATION ././O",
        "Zentrix/NNP/PERSON said/VBD/O sales/NNS/O rose/VBD/O ././O",
        "Shares/NNS/O of/IN/O Zentrix/NNP/ORGANIZATION Inc./NNP/ORGANIZATION fell/VBD/O ././O"));
    assertThat(names(e, EntityType.PERSON)).isEmpty();
    assertThat(e.entities()).filteredOn(x -> x.name().equals("Zentrix Inc.")).singleElement()
        .satisfies(x -> assertThat(x.aliases()).containsExactly("Zentrix"));
    assertThat(e.entities()).filteredOn(x -> x.name().equals("Zentrix Stores")).singleElement()
        .satisfies(x -> assertThat(x.aliases()).isEmpty());
  }

  @Test
  void oneWordTakenForAPerson_thatAPersonOfTheArticleBears_staysThePerson() {
    ArticleEntities e = extractor.extract("t", doc(
        "Lena/NNP/PERSON Zentrix/NNP/PERSON founded/VBD/O Zentrix/NNP/ORGANIZATION Inc./NNP/ORGANIZATION ././O",
        "Zentrix/NNP/PERSON said/VBD/O sales/NNS/O rose/VBD/O ././O"));
    assertThat(e.entities()).filteredOn(x -> x.name().equals("Lena Zentrix")).singleElement()
        .satisfies(x -> assertThat(x.aliases()).contains("Zentrix"));
  }

  @Test
  void webAddressTheTaggerMarksAsAnAddress_isAnOrganization() {
    ArticleEntities e = extractor.extract("t", doc("Ads/NNS/O ran/VBD/O on/IN/O Lumalist.com/ADD/O ././O"));
    assertThat(names(e, EntityType.ORGANIZATION)).containsExactly("Lumalist.com");
  }

  @Test
  void organizationCutAtAPreposition_isTheWholeNameItsAcronymSpells() {
    ArticleEntities e = extractor.extract("t", doc(
        "Police/NNS/O joined/VBD/O the/DT/O Harbor/NNP/ORGANIZATION Alliance/NNP/ORGANIZATION for/IN/O "
            + "Safe/NNP/O Streets/NNPS/O (/-LRB-/O HASS/NN/O )/-RRB-/O ././O",
        "HASS/NN/O paid/VBD/O for/IN/O it/PRP/O ././O"));
    assertThat(e.entities()).filteredOn(x -> x.name().equals("Harbor Alliance for Safe Streets")).singleElement()
        .satisfies(x -> assertThat(x.mentions()).hasSize(3));
  }

  @Test
  void organizationBeforeAParenthesisThatSpellsSomethingElse_keepsTheNameTheNerGave() {
    ArticleEntities e = extractor.extract("t", doc(
        "Police/NNS/O joined/VBD/O the/DT/O Harbor/NNP/ORGANIZATION Alliance/NNP/ORGANIZATION for/IN/O "
            + "Safe/NNP/O Streets/NNPS/O (/-LRB-/O TNP/NN/O )/-RRB-/O ././O"));
    assertThat(names(e, EntityType.ORGANIZATION)).contains("Harbor Alliance")
        .doesNotContain("Harbor Alliance for Safe Streets");
  }
}
