package dev.storygraph.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.storygraph.Article;
import dev.storygraph.Story;
import dev.storygraph.StoryExtractor;
import dev.storygraph.clean.Cleaner;
import dev.storygraph.lexicon.Lexicons;
import dev.storygraph.write.JsonStoryWriter;
import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.coref.data.CorefChain;
import edu.stanford.nlp.ie.util.RelationTriple;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.naturalli.NaturalLogicAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * StoryGraph's facts against plain CoreNLP OpenIE + KBP on the five seed articles, both scored by
 * {@code shared/tools/score.py} against the same gold.
 *
 * <p>The baseline is mapped as favourably as we can: CoreNLP gets the same cleaned text and reference date;
 * each argument of an OpenIE or KBP triple is resolved through CoreNLP's own coreference chains and then to
 * an entity by an oracle that matches the gold entities' names and aliases inside the argument; the
 * relation's lemmas are looked up, word by word, in StoryGraph's own predicate lexicon (verbs first, then
 * nouns); when the object argument names no entity, an entity named inside the relation phrase
 * ("met Tom Hale in | Portugal") is taken; duplicates are merged with the union of their articles. KBP's
 * per:title triples become roles. OpenIE triples carry no place or time slot, so those stay empty.
 */
public final class BaselineComparison {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private BaselineComparison() {}

  public static void main(String[] args) throws Exception {
    Path shared = Path.of(args.length > 0 ? args[0] : "../shared").toAbsolutePath().normalize();
    Path out = Files.createDirectories(Path.of("target/compare").toAbsolutePath());
    List<Article> seeds = Corpus.seeds(shared);
    JsonNode gold = JSON.readTree(shared.resolve("gold/seeds.gold.json").toFile());

    StoryExtractor x = StoryExtractor.builder().build();
    Story story = x.extractStory(seeds);
    Path ours = out.resolve("storygraph.json");
    Files.writeString(ours, new JsonStoryWriter().toJson(story), StandardCharsets.UTF_8);

    Path theirs = out.resolve("corenlp-openie-kbp.json");
    Files.writeString(theirs, JSON.writeValueAsString(baseline(seeds, gold)), StandardCharsets.UTF_8);

    System.out.println("StoryGraph:");
    System.out.print(score(shared, ours));
    System.out.println("\nCoreNLP OpenIE + KBP (mapped as favourably as we can, see BaselineComparison):");
    System.out.print(score(shared, theirs));
  }

  private static String score(Path shared, Path story) throws IOException, InterruptedException {
    Process p = new ProcessBuilder("python3", shared.resolve("tools/score.py").toString(), story.toString(),
        shared.resolve("gold/seeds.gold.json").toString()).redirectErrorStream(true).start();
    String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    StringBuilder b = new StringBuilder();
    for (String line : text.split("\n")) {
      if (line.startsWith("facts") || line.startsWith("roles") || line.startsWith("SUMMARY")) {
        b.append("  ").append(line).append('\n');
      }
    }
    return b.toString();
  }

  private static ObjectNode baseline(List<Article> seeds, JsonNode gold) {
    Lexicons lex = Lexicons.load(List.of());
    Oracle oracle = new Oracle(gold);
    StanfordCoreNLP nlp = SpeedBenchmark.pipeline(SpeedBenchmark.FULL);
    Cleaner cleaner = new Cleaner();
    Map<String, TreeSet<String>> facts = new LinkedHashMap<>();
    Map<String, TreeSet<String>> roles = new LinkedHashMap<>();
    ObjectNode root = JSON.createObjectNode();
    ArrayNode arts = root.putArray("articles");
    for (Article a : seeds) {
      Annotation ann = new Annotation(cleaner.cleanText(a.text()).broken());
      ann.set(CoreAnnotations.DocDateAnnotation.class, a.referenceDate().orElseThrow().toString());
      nlp.annotate(ann);
      ObjectNode an = arts.addObject();
      an.put("id", a.id());
      an.put("referenceDate", a.referenceDate().orElseThrow().toString());
      an.put("status", "ok");
      Map<Integer, CorefChain> chains = ann.get(CorefCoreAnnotations.CorefChainAnnotation.class);
      for (CoreMap s : ann.get(CoreAnnotations.SentencesAnnotation.class)) {
        List<RelationTriple> triples = new ArrayList<>();
        java.util.Collection<RelationTriple> oie = s.get(NaturalLogicAnnotations.RelationTriplesAnnotation.class);
        List<RelationTriple> kbp = s.get(CoreAnnotations.KBPTriplesAnnotation.class);
        if (oie != null) {
          triples.addAll(oie);
        }
        if (kbp != null) {
          triples.addAll(kbp);
        }
        for (RelationTriple t : triples) {
          String subj = oracle.entity(resolve(t.subject, t.subjectGloss(), chains));
          if (subj == null) {
            continue;
          }
          String rel = t.relationGloss();
          if (rel.equals("per:title")) {
            roles.computeIfAbsent(subj + "|" + t.objectGloss().toLowerCase(Locale.ROOT), k -> new TreeSet<>())
                .add(a.id());
            continue;
          }
          String predicate = predicate(lex, t.relationLemmaGloss());
          if (predicate == null) {
            continue;
          }
          String obj = oracle.entity(resolve(t.object, t.objectGloss(), chains));
          if (obj == null || obj.equals(subj)) {
            obj = oracle.entity(rel);
          }
          if (subj.equals(obj)) {
            obj = null;
          }
          facts.computeIfAbsent(predicate + "|" + subj + "|" + (obj == null ? "" : obj), k -> new TreeSet<>())
              .add(a.id());
        }
      }
    }
    ArrayNode ents = root.putArray("entities");
    oracle.ids.forEach((name, id) -> {
      ObjectNode n = ents.addObject();
      n.put("id", id);
      n.put("name", name);
      n.put("type", oracle.types.get(name));
      n.putArray("aliases");
    });
    ArrayNode rs = root.putArray("roles");
    roles.forEach((k, articles) -> {
      String[] p = k.split("\\|", 2);
      ObjectNode n = rs.addObject();
      n.put("person", p[0]);
      n.put("role", p[1]);
      n.putNull("of");
      ArrayNode arr = n.putArray("articles");
      articles.forEach(arr::add);
    });
    ArrayNode fs = root.putArray("facts");
    facts.forEach((k, articles) -> {
      String[] p = k.split("\\|", -1);
      ObjectNode n = fs.addObject();
      n.put("subject", p[1]);
      n.put("predicate", p[0]);
      if (p[2].isEmpty()) {
        n.putNull("object");
      } else {
        n.put("object", p[2]);
      }
      n.putNull("place");
      n.putNull("time");
      n.put("support", articles.size());
      ArrayNode arr = n.putArray("articles");
      articles.forEach(arr::add);
    });
    root.putArray("dates");
    return root;
  }

  /** An argument's text, replaced by its coreference chain's representative mention when it has one. */
  private static String resolve(List<CoreLabel> tokens, String gloss, Map<Integer, CorefChain> chains) {
    if (chains == null) {
      return gloss;
    }
    for (CoreLabel t : tokens) {
      Integer id = t.get(CorefCoreAnnotations.CorefClusterIdAnnotation.class);
      if (id != null && chains.containsKey(id)) {
        return gloss + " " + chains.get(id).getRepresentativeMention().mentionSpan;
      }
    }
    return gloss;
  }

  /** The first word of the relation that StoryGraph's lexicon knows, verbs before nouns. */
  private static String predicate(Lexicons lex, String relationLemmas) {
    String[] words = relationLemmas.toLowerCase(Locale.ROOT).split("\\s+");
    for (boolean noun : new boolean[] {false, true}) {
      for (String w : words) {
        for (Lexicons.PredicateEntry e : lex.predicates(w, noun)) {
          return e.predicate();
        }
      }
    }
    return null;
  }

  /** Resolves argument text to gold entities by their names and aliases: an oracle, favourable to the baseline. */
  private static final class Oracle {
    final Map<String, String> ids = new LinkedHashMap<>();
    final Map<String, String> types = new LinkedHashMap<>();
    final List<Map.Entry<Pattern, String>> forms = new ArrayList<>();

    Oracle(JsonNode gold) {
      for (JsonNode e : gold.get("entities")) {
        String name = e.get("name").asText();
        ids.put(name, "G" + (ids.size() + 1));
        types.put(name, e.get("type").asText());
        List<String> all = new ArrayList<>();
        all.add(name);
        e.get("aliases").forEach(x -> all.add(x.asText()));
        for (String f : all) {
          forms.add(Map.entry(Pattern.compile("(?i)(?<![\\p{L}])" + Pattern.quote(f.replace('’', '\''))
              + "(?![\\p{L}])"), name));
        }
      }
      forms.sort((a, b) -> b.getKey().pattern().length() - a.getKey().pattern().length());
    }

    String entity(String text) {
      String t = text.replace('’', '\'');
      for (Map.Entry<Pattern, String> f : forms) {
        if (f.getKey().matcher(t).find()) {
          return ids.get(f.getValue());
        }
      }
      return null;
    }
  }
}
