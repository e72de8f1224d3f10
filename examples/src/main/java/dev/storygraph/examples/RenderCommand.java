package dev.storygraph.examples;

import dev.storygraph.Story;
import dev.storygraph.write.JsonStoryReader;
import dev.storygraph.write.RdfStoryWriter;
import dev.storygraph.write.StoryWriter;
import dev.storygraph.write.StoryWriters;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code storygraph render STORY.json --out FILE...}: writes a story saved with {@code --format json} in other
 * formats, without loading CoreNLP. Each file's format comes from its extension.
 */
@Command(name = "storygraph render", mixinStandardHelpOptions = true, version = "storygraph 0.1.0",
    customSynopsis = "storygraph render [--base IRI] [--format F] STORY.json --out FILE [--out FILE]...",
    description = {
        "Writes a story saved with `storygraph --format json` in other formats, without extracting it again "
            + "(CoreNLP is not loaded).",
        "Each --out file's format comes from its extension: .txt (table), .json, .ttl, .trig, .jsonld, .graphml, "
            + ".html."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every output was written", "1:the story could not be read",
        "2:bad command line, found before any work", "4:an output could not be written"})
public final class RenderCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "STORY.json", description = "A story saved with --format json.")
  Path story;

  @Option(names = "--out", paramLabel = "FILE",
      description = "Write the story to FILE, in the format of its extension; may be given several times.")
  List<Path> outs = new ArrayList<>();

  @Option(names = "--format", paramLabel = "F",
      description = "Also write the story to standard output in this format: table, json, ttl, trig, jsonld, "
          + "graphml or html.")
  String format;

  @Option(names = "--base", paramLabel = "IRI", defaultValue = RdfStoryWriter.DEFAULT_BASE,
      description = "Base IRI of the story's resources in RDF output, ending in / or # (default: ${DEFAULT-VALUE}).")
  String base;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** Runs {@code storygraph render} with the arguments after {@code render}; returns its exit code. */
  public static int run(String... args) {
    return StoryGraphCli.commandLine(new RenderCommand(), "storygraph render").execute(args);
  }

  @Override
  public Integer call() {
    StoryWriters.Options options = options();
    Map<Path, StoryWriter> files = writers(options);
    StoryWriter toStdout = format == null ? null : writer(() -> StoryWriters.forFormat(format, options), "--format");
    Story s;
    try {
      s = new JsonStoryReader().read(story);
    } catch (IOException e) {
      System.err.println("storygraph render: cannot read the story: " + e.getMessage());
      return 1;
    }
    int code = 0;
    Outputs outputs = new Outputs(options.base(), options.title());
    for (Map.Entry<Path, StoryWriter> f : files.entrySet()) {
      try {
        // each file whole or not at all, by the command line's own writing; one that fails spares the others
        outputs.writeAll(s, List.of(new Outputs.Target(f.getKey(), f.getValue().format())));
      } catch (IOException | RuntimeException e) {
        System.err.println("storygraph render: " + e.getMessage() + "; nothing was written there");
        code = 4;
      }
    }
    if (toStdout != null) {
      try {
        PrintStream out = System.out;
        toStdout.write(s, out);
        if (out.checkError()) {
          throw new IOException("standard output failed");
        }
      } catch (IOException e) {
        System.err.println("storygraph render: cannot write to standard output: " + e.getMessage());
        code = 4;
      }
    }
    return code;
  }

  /** Every --out file with its writer; a file without a known extension or in no folder is a bad command line. */
  private Map<Path, StoryWriter> writers(StoryWriters.Options options) {
    if (outs.isEmpty() && format == null) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "nothing to write: give --out FILE (or --format F for standard output)");
    }
    Map<Path, StoryWriter> files = new LinkedHashMap<>();
    for (Path out : outs) {
      StoryWriter w = writer(() -> StoryWriters.forFileName(out.toString(), options), "--out " + out);
      Path dir = out.toAbsolutePath().getParent();
      String problem = Files.isDirectory(out) ? "is a folder"
          : dir == null || !Files.isDirectory(dir) ? "is in a folder that does not exist: " + dir
          : files.containsKey(out.toAbsolutePath().normalize()) ? "is given twice" : null;
      if (problem != null) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--out " + out + " " + problem);
      }
      files.put(out.toAbsolutePath().normalize(), w);
    }
    return files;
  }

  /** The base IRI given and the page title "StoryGraph: NAME" from the story's file name. */
  private StoryWriters.Options options() {
    String name = story.getFileName() == null ? story.toString() : story.getFileName().toString();
    String title = "StoryGraph: " + (name.endsWith(".json") ? name.substring(0, name.length() - 5) : name);
    try {
      return StoryWriters.Options.DEFAULT.withTitle(title).withBase(base);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--base: " + e.getMessage());
    }
  }

  /** A writer, or a bad command line naming the option when the lookup rejects it. */
  private StoryWriter writer(Supplier<StoryWriter> lookup, String option) {
    try {
      return lookup.get();
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), option + ": " + e.getMessage());
    }
  }
}
