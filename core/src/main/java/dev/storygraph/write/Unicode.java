package dev.storygraph.write;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Statement;

/**
 * What the writers do with text that UTF-8 cannot carry: a lone surrogate (half of a pair, no character) would
 * be written as {@code ?}. JSON escapes every surrogate ({@code \ud800}), so a name reads back exactly;
 * formats without such an escape (RDF, XML) drop lone surrogates.
 *
 * <p>Stateless and thread-safe.
 */
final class Unicode {
  private Unicode() {}

  /** A JSON mapper whose output reads back exactly, lone surrogates included. */
  static ObjectMapper jsonMapper() {
    ObjectMapper mapper = new ObjectMapper();
    mapper.getFactory().setCharacterEscapes(SURROGATE_ESCAPES);
    return mapper;
  }

  private static final CharacterEscapes SURROGATE_ESCAPES = new CharacterEscapes() {
    private final int[] ascii = CharacterEscapes.standardAsciiEscapesForJSON();

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return Character.isSurrogate((char) ch)
          ? new SerializedString(String.format(Locale.ROOT, "\\u%04x", ch)) : null;
    }
  };

  /** The text without lone surrogates. */
  static String wellFormed(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
      boolean lone = !pair && Character.isSurrogate(c);
      if (lone && b == null) {
        b = new StringBuilder(s.length()).append(s, 0, i);
      } else if (!lone && b != null) {
        b.append(c);
        if (pair) {
          b.append(s.charAt(i + 1));
        }
      }
      if (pair) {
        i++;
      }
    }
    return b == null ? s : b.toString();
  }

  /** Replaces every plain or language-tagged literal of the model that holds a lone surrogate. */
  static void dropLoneSurrogates(Model m) {
    List<Statement> bad = new ArrayList<>();
    m.listStatements().forEachRemaining(s -> {
      if (s.getObject().isLiteral() && !wellFormed(s.getObject().asLiteral().getLexicalForm())
          .equals(s.getObject().asLiteral().getLexicalForm())) {
        bad.add(s);
      }
    });
    for (Statement s : bad) {
      Literal l = s.getObject().asLiteral();
      String text = wellFormed(l.getLexicalForm());
      m.remove(s);
      m.add(s.getSubject(), s.getPredicate(), l.getLanguage().isEmpty() ? m.createTypedLiteral(text,
          l.getDatatype()) : m.createLiteral(text, l.getLanguage()));
    }
  }
}
