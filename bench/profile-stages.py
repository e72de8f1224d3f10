#!/usr/bin/env python3
"""Stage costs from a Java Flight Recorder recording of bin/bench profile.

usage: profile-stages.py RECORDING.jfr [JFR_TOOL]
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
    ("dev.storygraph.extract.Lexicons.load", "lexicons"),
    ("dev.storygraph.annotate.CoreNlpPipeline.<init>", "pipeline-load"),
    ("dev.storygraph.annotate.CoreNlpPipeline$Rules", "rules-load"),
    ("dev.storygraph.StoryExtractor.extractOrThrow", "article"),
    ("dev.storygraph.clean.TextKind", "language"),
    ("dev.storygraph.clean.", "clean"),
    ("dev.storygraph.annotate.CoreNlpPipeline.convert", "convert+semgrex"),
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
    rec = sys.argv[1]
    jfr = sys.argv[2] if len(sys.argv) > 2 else "jfr"
    out = subprocess.run([jfr, "print", "--events", "jdk.ExecutionSample", "--stack-depth", "400", rec],
                         capture_output=True, text=True, check=True).stdout
    counts = collections.Counter()
    frames = None
    for line in out.splitlines():
        if line.strip().startswith("stackTrace = ["):
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
    for event, field in (("jdk.GCPhasePause", "duration"), ("jdk.Compilation", "duration")):
        txt = subprocess.run([jfr, "print", "--events", event, rec], capture_output=True, text=True).stdout
        ms = 0.0
        for m in re.finditer(r"\b" + field + r" = ([\d.]+) (ms|s|us)", txt):
            v = float(m.group(1))
            ms += v * (1000 if m.group(2) == "s" else 0.001 if m.group(2) == "us" else 1)
        print(f"{event}: {ms / 1000:.1f} s in all")


if __name__ == "__main__":
    main()
