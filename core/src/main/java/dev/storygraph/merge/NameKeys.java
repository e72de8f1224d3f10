package dev.storygraph.merge;

import dev.storygraph.lexicon.Lexicons;
import dev.storygraph.lexicon.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Lookup keys of names and the name tests the link rules share. Immutable and thread-safe. */
final class NameKeys {
  private final Lexicons lex;

  NameKeys(Lexicons lex) {
    this.lex = lex;
  }

  Lexicons lexicons() {
    return lex;
  }

  /**
   * A lookup key: lower case, no honorifics, hyphens and periods folded, corporate suffixes dropped ("Orchard
   * Inc." is "orchard"), a leading country alias made canonical ("UK Navy" is "united kingdom navy").
   */
  String key(String name) {
    String k = Lexicons.key(name).replace("'s", "").replace("'", "").replace(",", "");
    List<String> w = new ArrayList<>(List.of(k.split(" ")));
    while (w.size() > 1 && lex.isHonorific(w.get(0))) {
      w.remove(0);
    }
    while (w.size() > 1 && dropped(w.get(w.size() - 1))) {
      w.remove(w.size() - 1);
    }
    if (w.size() > 1 && dropped(w.get(0))) {
      w.remove(0);
    }
    Optional<String> whole = lex.place(String.join(" ", w));
    if (whole.isPresent()) {
      return Lexicons.key(whole.get()); // "Kiev" is "kyiv", "U.S." is "united states"
    }
    for (int n = Math.min(3, w.size() - 1); n >= 1; n--) {
      Optional<String> place = lex.place(String.join(" ", w.subList(0, n)));
      if (place.isPresent()) {
        List<String> rest = new ArrayList<>(List.of(Lexicons.key(place.get()).split(" ")));
        rest.addAll(w.subList(n, w.size()));
        w = rest;
        break;
      }
    }
    return String.join(" ", w);
  }

  /** A word a lookup key drops at either end of a name: a legal form ("Inc") or a definite article. */
  private boolean dropped(String word) {
    return lex.isLegalForm(word) || Lexicons.isDefiniteArticle(word);
  }

  /** True when every word of {@code words} from {@code from} on is an organization designator ("airways"). */
  boolean designated(String[] words, int from) {
    for (int i = from; i < words.length; i++) {
      if (!lex.isDesignator(words[i])) {
        return false;
      }
    }
    return true;
  }

  /** Word by word spelling variants ({@link Names#variant}) of the same length. */
  static boolean allVariants(String[] a, String[] b) {
    if (a.length != b.length) {
      return false;
    }
    for (int i = 0; i < a.length; i++) {
      if (!Names.variant(a[i], b[i])) {
        return false;
      }
    }
    return true;
  }

  /** A blocking key for a name word: its initial and length. */
  static String block(String word) {
    return word.charAt(0) + ":" + word.length();
  }

  /** The blocks a one-edit variant of the word can fall in. */
  static List<String> neighbourBlocks(String word) {
    return List.of(word.charAt(0) + ":" + (word.length() - 1), block(word), word.charAt(0) + ":" + (word.length() + 1));
  }
}
