package dev.storygraph.annotate;

import dev.storygraph.ExtractionException;
import edu.stanford.nlp.international.Language;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.SemanticGraphFactory.Mode;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.GrammaticalStructure.Extras;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.PropertiesUtils;
import edu.stanford.nlp.util.RuntimeInterruptedException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.LoggerFactory;

/**
 * One CoreNLP pipeline: tokenize, ssplit, pos, lemma, ner (coarse, with SUTime only on the sentences where a
 * time can be, see {@link TimeScan}), depparse (on the sentences whose dependencies a reader of the {@link Doc} asks
 * for, when it asks). Built once; its {@link #annotate} may be called from many threads at once (CoreNLP's
 * annotators keep no per-call state).
 */
public final class CoreNlpPipeline {
  /** A day with a part of it, "late Thursday night": a date; a clock time alone is not. */
  private static final Pattern PART_OF_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T[A-Z]{2}");
  /** SUTime's unresolved "this Thursday INTERSECT 2017-12-28": the explicit date it holds. */
  private static final Pattern EXPLICIT_DAY = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");
  /** tokenize, ssplit, pos, lemma. */
  private final StanfordCoreNLP base;
  /** ner (coarse, with SUTime behind the time scan), built apart so that the scan can be put in front of SUTime. */
  private final NERCombinerAnnotator ner;
  private final ScannedTimeExtractor sutime;
  /**
   * depparse's parser, run here so that only the graph we read is built (see {@link #parse}); loaded from its binary
   * form, its precomputation done on first use (see {@link ParserLoad}).
   */
  private final DependencyParser parser;
  /** Where the parser came from, for {@link #reference}. */
  private final String parserModel;
  private final Properties parserProperties;
  /** The same parser loaded as CoreNLP loads it, for {@link #annotateExhaustively}; null until it is first asked. */
  private volatile DependencyParser reference;
  /** Between the tagger and the parser: the verb of a verbless headline. */
  private final HeadlineVerbs headlines;
  /** Sentences and tokens annotated, and of them those parsed (when a reader asked). */
  private final LongAdder sentences = new LongAdder();
  private final LongAdder parsed = new LongAdder();
  private final LongAdder tokens = new LongAdder();
  private final LongAdder tokensParsed = new LongAdder();

  /**
   * Loads the models.
   *
   * @param maxSentenceTokens the tagger handles longer sentences in chunks of this many tokens
   *                          (0: no limit), so one pathological "sentence" (a table, a list) cannot blow up
   * @param eventVerb         whether a lemma is the verb of an event (the predicate lexicon's verbs), for the
   *                          headline a tagger reads without a verb (see {@link HeadlineVerbs})
   */
  public CoreNlpPipeline(int maxSentenceTokens, java.util.function.Predicate<String> eventVerb) {
    this.headlines = new HeadlineVerbs(eventVerb);
    Properties p = properties(maxSentenceTokens);
    // The logging first, on the caller's thread: SLF4J replays, with a warning, what other threads log while it
    // initializes. Then ner (each classifier on a thread of its own, SUTime's rules on another, see NerLoad)
    // while the tagger and the parser load on the caller's: loading is most of build(). Each gets its own copy of
    // the properties, as StanfordCoreNLP builds "ner" and "depparse" from them (AnnotatorImplementations,
    // DependencyParseAnnotator).
    LoggerFactory.getILoggerFactory();
    CompletableFuture<NERCombinerAnnotator> nerLoad = new CompletableFuture<>();
    Thread loader = new Thread(() -> {
      try {
        nerLoad.complete(NerLoad.load(copy(p)));
      } catch (Throwable e) {
        nerLoad.completeExceptionally(e);
      }
    }, "storygraph-ner-load");
    loader.setDaemon(true);
    loader.start();
    this.base = new StanfordCoreNLP(copy(p));
    this.parserProperties = PropertiesUtils.extractPrefixedProperties(copy(p), "depparse.");
    this.parserModel = PropertiesUtils.getString(parserProperties, "model", DependencyParser.DEFAULT_MODEL);
    this.parser = ParserLoad.load(parserModel, parserProperties);
    this.ner = join(nerLoad, "CoreNLP's ner");
    this.sutime = ScannedTimeExtractor.install(ner, TimeScan.load());
  }

  /**
   * The properties the pipeline builds its annotators from.
   *
   * @param maxSentenceTokens as for the constructor
   */
  static Properties properties(int maxSentenceTokens) {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma");
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
    return p;
  }

  /**
   * Annotates a text. The dependency parser runs later, on each sentence whose dependencies a reader of the document
   * asks for (see {@link Doc}); a failure of it then comes as a {@link Doc.ParseFailure}.
   *
   * @param referenceDate the day relative dates are resolved against, or null to leave them unresolved
   * @throws ExtractionException when CoreNLP fails
   */
  public Doc annotate(String text, LocalDate referenceDate) {
    return annotate(text, referenceDate, false);
  }

  private Doc annotate(String text, LocalDate referenceDate, boolean exhaustively) {
    Annotation ann = new Annotation(text);
    if (referenceDate != null) {
      ann.set(CoreAnnotations.DocDateAnnotation.class, referenceDate.toString());
    }
    run(base, ann);
    headlines.retag(ann);
    run(ner, ann);
    List<CoreMap> sents = ann.get(CoreAnnotations.SentencesAnnotation.class);
    if (exhaustively) {
      for (CoreMap s : sents) {
        parse(s, true);
      }
    } else {
      sentences.add(sents.size());
      for (CoreMap s : sents) {
        tokens.add(s.get(CoreAnnotations.TokensAnnotation.class).size());
      }
    }
    Doc doc = convert(text, sents, (sentence, governor, relation) -> {
      CoreMap s = sents.get(sentence.index());
      if (!s.containsKey(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class)) {
        parse(s, false);
        parsed.increment();
        tokensParsed.add(sentence.size());
      }
      read(s, sentence.firstToken(), governor, relation);
    });
    if (exhaustively) {
      doc.parseAll();
    }
    return doc;
  }

  /**
   * What {@link #annotate} has seen so far, for tests and benches: sentences, of them those parsed (on demand),
   * tokens, of them those in parsed sentences.
   */
  public long[] sentencesParsed() {
    return new long[] {sentences.sum(), parsed.sum(), tokens.sum(), tokensParsed.sum()};
  }

  /**
   * CoreNLP's depparse annotator on one sentence: the parser's prediction, then the graph. The annotator builds five
   * graphs from each parse (basic, collapsed, cc-processed, enhanced, enhanced++), a quarter of its time; the
   * document reads the basic one only, so only that one is built, by the same call, unless {@code allGraphs} (the
   * tests' reference, which must give the same document: then by the parser as CoreNLP loads it).
   */
  private void parse(CoreMap s, boolean allGraphs) {
    if (Thread.interrupted()) {
      throw new RuntimeInterruptedException();
    }
    GrammaticalStructure gs = (allGraphs ? reference() : parser).predict(s);
    if (allGraphs) {
      Extras none = Extras.NONE;
      s.set(SemanticGraphCoreAnnotations.CollapsedDependenciesAnnotation.class,
          SemanticGraphFactory.makeFromTree(gs, Mode.COLLAPSED, none, null));
      s.set(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class,
          SemanticGraphFactory.makeFromTree(gs, Mode.BASIC, none, null));
      s.set(SemanticGraphCoreAnnotations.CollapsedCCProcessedDependenciesAnnotation.class,
          SemanticGraphFactory.makeFromTree(gs, Mode.CCPROCESSED, none, null));
      s.set(SemanticGraphCoreAnnotations.EnhancedDependenciesAnnotation.class,
          SemanticGraphFactory.makeFromTree(gs, Mode.ENHANCED, none, null));
      s.set(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class,
          SemanticGraphFactory.makeFromTree(gs, Mode.ENHANCED_PLUS_PLUS, none, null));
    } else {
      s.set(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class,
          SemanticGraphFactory.makeFromTree(gs, Mode.BASIC, Extras.NONE, null));
    }
  }

  /** The parser as CoreNLP's depparse annotator loads it: from the text model, everything precomputed at load. */
  private DependencyParser reference() {
    DependencyParser r = reference;
    if (r == null) {
      synchronized (this) {
        r = reference;
        if (r == null) {
          r = DependencyParser.loadFromModelFile(parserModel, copy(parserProperties));
          reference = r;
        }
      }
    }
    return r;
  }

  /**
   * The basic graph of a parsed sentence as governors (document indexes, from {@code offset} for its first token)
   * and relations, one element per token of the sentence.
   */
  private static void read(CoreMap s, int offset, int[] governor, String[] relation) {
    Arrays.fill(governor, -1);
    Arrays.fill(relation, "dep");
    SemanticGraph g = s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
    if (g != null) {
      for (SemanticGraphEdge e : g.edgeIterable()) {
        int dep = e.getDependent().index() - 1;
        governor[dep] = offset + e.getGovernor().index() - 1;
        relation[dep] = e.getRelation().toString();
      }
      for (IndexedWord root : g.getRoots()) {
        relation[root.index() - 1] = "root";
      }
    }
  }

  /**
   * {@link #annotate} as CoreNLP's own annotators do it: SUTime on every sentence, not only where the time scan
   * finds a digit or a time word, every sentence parsed before any reader asks, by the parser as CoreNLP loads it
   * (from the text model, with its precomputation done at load), and every dependency graph of depparse built. The
   * same document when the scan misses nothing and the parser's load on first use changes nothing; slower (the first
   * call loads that parser too); for the tests that show that.
   *
   * @param missed gets the text of every sentence in which SUTime found a time that the scan passed over
   */
  public Doc annotateExhaustively(String text, LocalDate referenceDate, Consumer<String> missed) {
    Doc[] doc = new Doc[1];
    sutime.exhaustively(missed, () -> doc[0] = annotate(text, referenceDate, true));
    return doc[0];
  }

  /** What a loading thread gave, or what it threw, as it threw it. */
  static <T> T join(CompletableFuture<T> load, String what) {
    try {
      return load.join();
    } catch (CompletionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException("cannot load " + what + ": " + cause, cause);
    }
  }

  private static Properties copy(Properties p) {
    Properties c = new Properties();
    c.putAll(p);
    return c;
  }

  /** One annotator; an interrupted thread stops between annotators, as StanfordCoreNLP's pipeline does. */
  private static void run(Annotator annotator, Annotation ann) {
    if (Thread.interrupted()) {
      throw new RuntimeInterruptedException();
    }
    annotator.annotate(ann);
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

  private static Doc convert(String text, List<CoreMap> sents, Doc.Parser parser) {
    List<Token> tokens = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    List<NamedSpan> names = new ArrayList<>();
    List<TimexSpan> timexes = new ArrayList<>();
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
    return new Doc(text, tokens, sentences, names, timexes, parser);
  }
}
