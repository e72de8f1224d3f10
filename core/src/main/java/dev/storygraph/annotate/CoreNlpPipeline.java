package dev.storygraph.annotate;

import dev.storygraph.ExtractionException;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One CoreNLP pipeline: tokenize, ssplit, pos, lemma, ner (coarse, with SUTime), depparse. Built once; its
 * {@link #annotate} may be called from many threads at once (CoreNLP's annotators keep no per-call state).
 */
public final class CoreNlpPipeline {
  /** A day with a part of it, "late Thursday night": a date; a clock time alone is not. */
  private static final Pattern PART_OF_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T[A-Z]{2}");
  /** SUTime's unresolved "this Thursday INTERSECT 2017-12-28": the explicit date it holds. */
  private static final Pattern EXPLICIT_DAY = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");
  private final StanfordCoreNLP pipeline;

  /**
   * Loads the models.
   *
   * @param maxSentenceTokens the tagger handles longer sentences in chunks of this many tokens
   *                          (0: no limit), so one pathological "sentence" (a table, a list) cannot blow up
   */
  public CoreNlpPipeline(int maxSentenceTokens) {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
    // The cleaner keeps one paragraph per line and blanks what it removes: every line break ends a sentence.
    p.setProperty("ssplit.newlineIsSentenceBreak", "always");
    // Fine-grained NER runs the large KBP gazetteers for tags we do not use; our own lexicons type places.
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.buildEntityMentions", "true");
    p.setProperty("sutime.markTimeRanges", "true");
    p.setProperty("sutime.includeRange", "true");
    if (maxSentenceTokens > 0) {
      // The extractor breaks longer runs before annotation (SentenceCap); these are the backstops: the tagger
      // handles longer sentences in chunks, NER skips sentences of more than twice the cap.
      p.setProperty("pos.maxlen", Integer.toString(maxSentenceTokens));
      p.setProperty("ner.maxlen", Integer.toString(2 * maxSentenceTokens));
    }
    this.pipeline = new StanfordCoreNLP(p);
  }

  /**
   * Annotates a text.
   *
   * @param referenceDate the day relative dates are resolved against, or null to leave them unresolved
   * @throws ExtractionException when CoreNLP fails
   */
  public Doc annotate(String text, LocalDate referenceDate) {
    Annotation ann = new Annotation(text);
    if (referenceDate != null) {
      ann.set(CoreAnnotations.DocDateAnnotation.class, referenceDate.toString());
    }
    pipeline.annotate(ann);
    return convert(text, ann);
  }

  /**
   * SUTime's value; when it has none ("this Friday, Mar. 7, 2031" is left as an intersection of a
   * weekday and a day), the one explicit day its alternative value holds, else "".
   */
  private static String value(Timex t) {
    if (t == null) {
      return "";
    }
    if (t.value() != null) {
      return t.value();
    }
    String alt = t.altVal();
    if (alt != null) {
      Matcher m = EXPLICIT_DAY.matcher(alt);
      if (m.find()) {
        String day = m.group();
        return m.find() ? "" : day;
      }
    }
    return "";
  }

  private static Doc convert(String text, Annotation ann) {
    List<Token> tokens = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    List<NamedSpan> names = new ArrayList<>();
    List<TimexSpan> timexes = new ArrayList<>();
    List<CoreMap> sents = ann.get(CoreAnnotations.SentencesAnnotation.class);
    int total = 0;
    for (CoreMap s : sents) {
      total += s.get(CoreAnnotations.TokensAnnotation.class).size();
    }
    int[] governor = new int[total];
    String[] relation = new String[total];
    Arrays.fill(governor, -1);
    Arrays.fill(relation, "dep");
    int offset = 0;
    for (int si = 0; si < sents.size(); si++) {
      CoreMap s = sents.get(si);
      List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
      for (int i = 0; i < labels.size(); i++) {
        CoreLabel l = labels.get(i);
        String lemma = l.lemma() == null ? l.word() : l.lemma();
        tokens.add(new Token(offset + i, si, l.word(), lemma.toLowerCase(java.util.Locale.ROOT), l.tag(),
            l.ner() == null ? "O" : l.ner(), l.beginPosition(), l.endPosition()));
      }
      if (!labels.isEmpty()) {
        sentences.add(new Sentence(si, offset, offset + labels.size(), labels.get(0).beginPosition(),
            labels.get(labels.size() - 1).endPosition()));
      } else {
        sentences.add(new Sentence(si, offset, offset, 0, 0));
      }
      SemanticGraph g = s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
      if (g != null) {
        for (SemanticGraphEdge e : g.edgeIterable()) {
          int dep = offset + e.getDependent().index() - 1;
          governor[dep] = offset + e.getGovernor().index() - 1;
          relation[dep] = e.getRelation().toString();
        }
        for (IndexedWord root : g.getRoots()) {
          relation[offset + root.index() - 1] = "root";
        }
      }
      List<CoreMap> mentions = s.get(CoreAnnotations.MentionsAnnotation.class);
      if (mentions != null) {
        for (CoreMap m : mentions) {
          List<CoreLabel> mt = m.get(CoreAnnotations.TokensAnnotation.class);
          if (mt == null || mt.isEmpty()) {
            continue;
          }
          int first = offset + mt.get(0).index() - 1;
          int end = offset + mt.get(mt.size() - 1).index();
          String type = m.get(CoreAnnotations.EntityTypeAnnotation.class);
          int b = mt.get(0).beginPosition();
          int e = mt.get(mt.size() - 1).endPosition();
          Timex t = m.get(TimeAnnotations.TimexAnnotation.class);
          if ("DATE".equals(type) || "TIME".equals(type) && t != null && t.value() != null
              && PART_OF_DAY.matcher(t.value()).matches()) {
            timexes.add(new TimexSpan(first, end, text.substring(b, e), value(t), b, e));
          } else if (type != null) {
            names.add(new NamedSpan(first, end, type, text.substring(b, e), b, e));
          }
        }
      }
      offset += labels.size();
    }
    Doc parsed = new Doc(text, tokens, sentences, governor, relation, names, timexes);
    return new Doc(text, tokens, sentences, governor, relation, names, timexes, ConstructionRules.match(parsed));
  }
}
