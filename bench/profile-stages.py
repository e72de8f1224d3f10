#!/usr/bin/env python3
"""Stage costs from a Java Flight Recorder recording of bin/bench profile.

usage: profile-stages.py [--after HH:MM:SS] [--before HH:MM:SS] RECORDING.jfr [JFR_TOOL]
--after keeps the samples taken from that time of day on (the recording's clock), --before those taken before it:
the warm passes only, or the cold part only.
Reads the execution samples (jfr print), names each sample by the stages on its stack (outermost first, e.g.
"build > warm-up > ner > sutime"), and prints the share of samples per stage, nested. CPU time outside Java
code (the collector, the JIT) is not sampled: the GC pauses and compilations are summed apart.
"""
import collections
import re
import subprocess
import sys

# (frame prefix, stage): a frame "starts with" the prefix (class.method); the first prefix that matches names it.
MARKERS = [
    ("dev.storygraph.StoryExtractor.<init>", "build"),
    ("dev.storygraph.lexicon.Lexicons.load", "lexicons"),
    ("dev.storygraph.annotate.CoreNlpPipeline.<init>", "pipeline-load"),
    ("dev.storygraph.annotate.CoreNlpPipeline$Rules", "rules-load"),
    ("dev.storygraph.StoryExtractor.extractOrThrow", "article"),
    ("dev.storygraph.clean.TextKind", "language"),
    ("dev.storygraph.clean.", "clean"),
    ("dev.storygraph.annotate.CoreNlpPipeline.convert", "convert"),
    # since issue 23 a sentence is parsed, and its construction rules matched, when a stage first reads it
    ("dev.storygraph.annotate.ConstructionRules", "semgrex"),
    ("dev.storygraph.annotate.CoreNlpPipeline.parse", "depparse"),
    ("edu.stanford.nlp.parser.nndep.DependencyParser.loadFromModelFile", "depparse-load"),
    ("edu.stanford.nlp.parser.nndep.DependencyParser.predict", "parser-predict"),
    ("edu.stanford.nlp.semgraph.SemanticGraphFactory", "graphs"),
    ("edu.stanford.nlp.pipeline.TokenizerAnnotator.<init>", "tokenize-load"),
    ("edu.stanford.nlp.pipeline.TokenizerAnnotator", "tokenize"),
    ("edu.stanford.nlp.pipeline.WordsToSentencesAnnotator", "ssplit"),
    ("edu.stanford.nlp.pipeline.POSTaggerAnnotator.<init>", "pos-load"),
    ("edu.stanford.nlp.pipeline.POSTaggerAnnotator", "pos"),
    ("edu.stanford.nlp.pipeline.MorphaAnnotator", "lemma"),
    ("edu.stanford.nlp.pipeline.AnnotatorImplementations.ner", "ner-load"),
    ("edu.stanford.nlp.pipeline.NERCombinerAnnotator.<init>", "ner-load"),
    ("edu.stanford.nlp.time.TimeExpressionExtractorImpl.init", "sutime-rules-load"),
    ("edu.stanford.nlp.pipeline.NERCombinerAnnotator", "ner"),
    ("edu.stanford.nlp.pipeline.EntityMentionsAnnotator", "mentions"),
    ("edu.stanford.nlp.ie.regexp.NumberSequenceClassifier", "numeric"),
    ("edu.stanford.nlp.time.TimeExpressionExtractorImpl", "sutime"),
    ("edu.stanford.nlp.ie.NumberNormalizer", "numbers"),
    ("edu.stanford.nlp.ie.QuantifiableEntityNormalizer", "quantities"),
    ("edu.stanford.nlp.ie.crf.CRFClassifier", "crf"),
    ("edu.stanford.nlp.pipeline.AnnotatorImplementations.dependencies", "depparse-load"),
    ("edu.stanford.nlp.pipeline.DependencyParseAnnotator.<init>", "depparse-load"),
    ("edu.stanford.nlp.pipeline.DependencyParseAnnotator", "depparse"),
    ("edu.stanford.nlp.pipeline.StanfordCoreNLP.<init>", "corenlp-base-load"),
    ("dev.storygraph.extract.EntityExtractor", "entities"),
    ("dev.storygraph.extract.RoleExtractor", "roles"),
    ("dev.storygraph.extract.DateNormalizer", "dates"),
    ("dev.storygraph.extract.FactExtractor", "facts"),
    ("dev.storygraph.merge.StoryMerger", "merge"),
]
FRAME = re.compile(r"^\s+([\w.$<>]+)\(")


def stage_path(frames):
    path = []
    for f in reversed(frames):  # outermost first
        for prefix, stage in MARKERS:
            if f.startswith(prefix):
                if not path or path[-1] != stage:
                    path.append(stage)
                break
    return " > ".join(path) if path else "(other)"


def main():
    args = sys.argv[1:]
    after = before = None
    while args and args[0] in ("--after", "--before"):
        if args[0] == "--after":
            after = args[1]
        else:
            before = args[1]
        args = args[2:]
    rec = args[0]
    jfr = args[1] if len(args) > 1 else "jfr"
    out = subprocess.run([jfr, "print", "--events", "jdk.ExecutionSample", "--stack-depth", "400", rec],
                         capture_output=True, text=True, check=True).stdout
    counts = collections.Counter()
    frames = None
    keep = after is None and before is None
    for line in out.splitlines():
        t = re.match(r"\s+startTime = (\d\d:\d\d:\d\d)", line)
        if t:
            keep = (after is None or t.group(1) >= after) and (before is None or t.group(1) < before)
        if line.strip().startswith("stackTrace = [") and keep:
            frames = []
        elif frames is not None:
            if line.strip() == "]":
                counts[stage_path(frames)] += 1
                frames = None
            else:
                m = FRAME.match(line)
                if m:
                    frames.append(m.group(1))
    total = sum(counts.values())
    # nested totals: every prefix of a path
    nested = collections.Counter()
    for path, n in counts.items():
        parts = path.split(" > ")
        for i in range(1, len(parts) + 1):
            nested[" > ".join(parts[:i])] += n
    print(f"samples {total}")
    def show(prefix, depth):
        kids = [p for p in nested if p.startswith(prefix + " > ") and p.count(" > ") == depth] if prefix else \
               [p for p in nested if " > " not in p]
        for k in sorted(kids, key=lambda p: -nested[p]):
            print(f"{'  ' * depth}{k.split(' > ')[-1]:<24} {100.0 * nested[k] / total:6.1f}%  ({nested[k]})")
            show(k, depth + 1)
    show("", 0)
    # the same stage wherever it ran (the parser runs inside the stages that read the parse)
    flat = collections.Counter()
    for path, n in counts.items():
        for stage in set(path.split(" > ")):
            flat[stage] += n
    print("each stage wherever it ran: " + ", ".join(
        f"{s} {100.0 * flat[s] / total:.1f}%" for s in ("depparse", "parser-predict", "graphs", "semgrex", "sutime",
                                                       "crf", "pos", "clean", "language", "entities", "roles",
                                                       "dates", "facts", "merge") if flat[s]))
    for event, field in (("jdk.GCPhasePause", "duration"), ("jdk.Compilation", "duration")):
        txt = subprocess.run([jfr, "print", "--events", event, rec], capture_output=True, text=True).stdout
        ms = 0.0
        for m in re.finditer(r"\b" + field + r" = ([\d.]+) (ms|s|us)", txt):
            v = float(m.group(1))
            ms += v * (1000 if m.group(2) == "s" else 0.001 if m.group(2) == "us" else 1)
        print(f"{event}: {ms / 1000:.1f} s in all")


if __name__ == "__main__":
    main()
