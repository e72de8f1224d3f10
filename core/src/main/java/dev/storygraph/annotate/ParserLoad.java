package dev.storygraph.annotate;

import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.Config;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.jar.JarEntry;

/**
 * Loads CoreNLP's dependency parser with its precomputed hidden-layer activations computed on first use instead of
 * at load.
 *
 * <p>At load the parser multiplies the hidden-layer weights with the embeddings of every feature on the model's list
 * of frequent ones ({@code numPreComputed}, 20,000 by default): 200 million multiply-adds, about 2 s of a cold
 * start, of which an article uses a few hundred rows. Asking for fewer would change which features the parser sums
 * from the table and which it sums directly, and so the order of the floating-point additions: not exact. Here the
 * parser is loaded with none precomputed (so it does not multiply), then given the same table of features (the same
 * features, the same row for each) whose rows are computed, by the parser's own multiplication, the first time the
 * parser looks one up. Each row is then the same double values the load would have computed; what the parser adds
 * where is unchanged. Fails the load if CoreNLP's classifier no longer has the fields and method this relies on.
 */
final class ParserLoad {
  /** The first field of the binary form; a new layout gets a new one. */
  private static final String MAGIC = "storygraph-nndep-binary-1";
  /** Where the build writes the binary form of CoreNLP's default parser model, beside this class. */
  static final String BINARY = "english-ud-parser.bin";

  private ParserLoad() {}

  /**
   * The parser of {@code model} with the given {@code depparse.} properties, its precomputation on first use. From
   * the binary form of the model that the build wrote beside these classes ({@link #main}) when there is one for this
   * model and it was written from the same model file (its name, size and checksum in CoreNLP's models jar), else
   * from the text model.
   */
  static DependencyParser load(String model, Properties props) {
    String source = DependencyParser.DEFAULT_MODEL.equals(model) ? fingerprint(model) : null;
    if (source != null) {
      try (InputStream binary = ParserLoad.class.getResourceAsStream(BINARY)) {
        if (binary != null) {
          DataInputStream in = new DataInputStream(new BufferedInputStream(binary, 1 << 16));
          if (MAGIC.equals(in.readUTF()) && source.equals(in.readUTF())) {
            return loadBinary(in, props);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the parser's binary model " + BINARY, e);
      }
    }
    int numPreComputed = new Config(props).numPreComputed;
    DependencyParser parser = DependencyParser.loadFromModelFile(model, withoutPreComputation(props));
    return precomputeOnFirstUse(parser, numPreComputed);
  }

  /** Whether {@link #load} reads {@code model} from the binary form the build wrote. */
  static boolean hasBinary(String model) {
    String source = DependencyParser.DEFAULT_MODEL.equals(model) ? fingerprint(model) : null;
    if (source == null) {
      return false;
    }
    try (InputStream binary = ParserLoad.class.getResourceAsStream(BINARY)) {
      if (binary == null) {
        return false;
      }
      DataInputStream in = new DataInputStream(binary);
      return MAGIC.equals(in.readUTF()) && source.equals(in.readUTF());
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * The build step: writes the binary form of CoreNLP's default dependency parser model to the file {@code args[0]},
   * unless that file already holds it for the same model file.
   */
  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    String model = DependencyParser.DEFAULT_MODEL;
    String source = fingerprint(model);
    if (source == null) {
      throw new IOException("CoreNLP's parser model " + model + " is not in a jar on the class path");
    }
    if (Files.exists(out)) {
      try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(out)))) {
        if (MAGIC.equals(in.readUTF()) && source.equals(in.readUTF())) {
          return;
        }
      } catch (IOException e) {
        // not ours, or cut short: written again
      }
    }
    Files.createDirectories(out.toAbsolutePath().getParent());
    Path tmp = Files.createTempFile(out.toAbsolutePath().getParent(), "parser", ".tmp");
    try (OutputStream o = Files.newOutputStream(tmp)) {
      DataOutputStream data = new DataOutputStream(o);
      data.writeUTF(MAGIC);
      data.writeUTF(source);
      writeBinary(model, data);
    }
    Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
  }

  /**
   * The model file as the class path holds it: its name, size and CRC-32 in its jar; null when it is not in a jar
   * (or a file of that name is in the working directory, which CoreNLP would read first).
   */
  private static String fingerprint(String model) {
    if (new File(model).exists()) {
      return null;
    }
    URL url = DependencyParser.class.getClassLoader().getResource(model);
    if (url == null || !"jar".equals(url.getProtocol())) {
      return null;
    }
    try {
      JarEntry entry = ((JarURLConnection) url.openConnection()).getJarEntry();
      return entry.getName() + " " + entry.getSize() + " " + Long.toHexString(entry.getCrc());
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * The parser of a model in the binary form {@link #writeBinary} writes, with the given {@code depparse.}
   * properties, its precomputation on first use: the same parser as the text model it was written from gives.
   */
  static DependencyParser loadBinary(DataInputStream in, Properties props) throws IOException {
    int numPreComputed = new Config(props).numPreComputed;
    try {
      DependencyParser parser = new DependencyParser(withoutPreComputation(props));
      Config config = (Config) field(DependencyParser.class, "config").get(parser);
      field(DependencyParser.class, "knownWords").set(parser, readStrings(in));
      field(DependencyParser.class, "knownPos").set(parser, readStrings(in));
      field(DependencyParser.class, "knownLabels").set(parser, readStrings(in));
      method(DependencyParser.class, "generateIDs").invoke(parser);
      float[][] e = readMatrix(in);
      float[][] w1 = readMatrix(in);
      float[] b1 = readVector(in);
      float[][] w2 = readMatrix(in);
      int[] ids = readInts(in);
      List<Integer> preComputed = new ArrayList<>(ids.length);
      for (int id : ids) {
        preComputed.add(id);
      }
      field(DependencyParser.class, "preComputed").set(parser, preComputed);
      config.hiddenSize = w1.length;
      config.embeddingSize = e[0].length;
      field(DependencyParser.class, "classifier").set(parser, new Classifier(config, e, w1, b1, w2, preComputed));
      method(DependencyParser.class, "initialize", boolean.class).invoke(parser, false);
      return precomputeOnFirstUse(parser, numPreComputed);
    } catch (ReflectiveOperationException | ClassCastException e) {
      throw new IllegalStateException("CoreNLP's dependency parser changed: cannot load its binary form", e);
    }
  }

  /**
   * Writes the parser of the text {@code model} in a binary form that {@link #loadBinary} reads: the vocabularies,
   * the weights and the list of features to precompute, as CoreNLP's loader read them from the text, float for
   * float.
   */
  static void writeBinary(String model, OutputStream binary) throws IOException {
    Properties none = new Properties();
    none.setProperty("numPreComputed", "0");
    DependencyParser parser = DependencyParser.loadFromModelFile(model, none);
    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(binary, 1 << 16));
    try {
      for (String list : List.of("knownWords", "knownPos", "knownLabels")) {
        @SuppressWarnings("unchecked")
        List<String> strings = (List<String>) field(DependencyParser.class, list).get(parser);
        out.writeInt(strings.size());
        for (String s : strings) {
          out.writeUTF(s);
        }
      }
      Classifier classifier = (Classifier) field(DependencyParser.class, "classifier").get(parser);
      writeMatrix(out, classifier.getE());
      writeMatrix(out, classifier.getW1());
      writeVector(out, classifier.getb1());
      writeMatrix(out, classifier.getW2());
      @SuppressWarnings("unchecked")
      List<Integer> preComputed = (List<Integer>) field(DependencyParser.class, "preComputed").get(parser);
      out.writeInt(preComputed.size());
      for (int id : preComputed) {
        out.writeInt(id);
      }
    } catch (ReflectiveOperationException | ClassCastException e) {
      throw new IllegalStateException("CoreNLP's dependency parser changed: cannot write its binary form", e);
    }
    out.flush();
  }

  private static Properties withoutPreComputation(Properties props) {
    Properties none = new Properties();
    none.putAll(props);
    none.setProperty("numPreComputed", "0");
    return none;
  }

  /** The parser, loaded with nothing precomputed, given the table of {@code numPreComputed} rows on first use. */
  private static DependencyParser precomputeOnFirstUse(DependencyParser parser, int numPreComputed) {
    if (numPreComputed <= 0) {
      return parser;
    }
    try {
      Config config = (Config) field(DependencyParser.class, "config").get(parser);
      Classifier classifier = (Classifier) field(DependencyParser.class, "classifier").get(parser);
      @SuppressWarnings("unchecked")
      List<Integer> preComputed = (List<Integer>) field(DependencyParser.class, "preComputed").get(parser);
      config.numPreComputed = numPreComputed;
      // As Classifier's constructor builds its map from the model's list.
      Map<Integer, Integer> rows = new HashMap<>();
      for (int i = 0; i < preComputed.size() && i < numPreComputed; ++i) {
        rows.put(preComputed.get(i), i);
      }
      double[][] saved = new double[rows.size()][];
      MethodHandle multiply = MethodHandles.privateLookupIn(Classifier.class, MethodHandles.lookup()).findStatic(
          Classifier.class, "matrixMultiplySliceSum",
          MethodType.methodType(void.class, double[].class, float[][].class, float[].class, int.class));
      OnFirstUse map = new OnFirstUse(rows, saved, classifier.getW1(), classifier.getE(), config.numTokens,
          config.embeddingSize, config.hiddenSize, multiply);
      field(Classifier.class, "saved").set(classifier, saved);
      field(Classifier.class, "preMap").set(classifier, map);
    } catch (ReflectiveOperationException | ClassCastException e) {
      throw new IllegalStateException("CoreNLP's dependency parser changed: cannot precompute on first use", e);
    }
    return parser;
  }

  private static List<String> readStrings(DataInputStream in) throws IOException {
    int n = in.readInt();
    List<String> strings = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      strings.add(in.readUTF());
    }
    return strings;
  }

  private static void writeMatrix(DataOutputStream out, float[][] m) throws IOException {
    out.writeInt(m.length);
    out.writeInt(m.length == 0 ? 0 : m[0].length);
    ByteBuffer b = ByteBuffer.allocate(m.length == 0 ? 0 : 4 * m[0].length);
    for (float[] row : m) {
      b.clear();
      b.asFloatBuffer().put(row);
      out.write(b.array());
    }
  }

  private static void writeVector(DataOutputStream out, float[] v) throws IOException {
    writeMatrix(out, new float[][] {v});
  }

  private static float[][] readMatrix(DataInputStream in) throws IOException {
    int rows = in.readInt();
    int cols = in.readInt();
    float[][] m = new float[rows][cols];
    byte[] bytes = new byte[4 * cols];
    FloatBuffer floats = ByteBuffer.wrap(bytes).asFloatBuffer();
    for (float[] row : m) {
      in.readFully(bytes);
      floats.clear();
      floats.get(row);
    }
    return m;
  }

  private static float[] readVector(DataInputStream in) throws IOException {
    float[][] m = readMatrix(in);
    if (m.length != 1) {
      throw new IOException("a vector in a binary parser model has " + m.length + " rows");
    }
    return m[0];
  }

  private static int[] readInts(DataInputStream in) throws IOException {
    int n = in.readInt();
    byte[] bytes = new byte[4 * n];
    in.readFully(bytes);
    int[] ints = new int[n];
    ByteBuffer.wrap(bytes).asIntBuffer().get(ints);
    return ints;
  }

  private static Field field(Class<?> owner, String name) throws NoSuchFieldException {
    Field f = owner.getDeclaredField(name);
    f.setAccessible(true);
    return f;
  }

  private static Method method(Class<?> owner, String name, Class<?>... parameters) throws NoSuchMethodException {
    Method m = owner.getDeclaredMethod(name, parameters);
    m.setAccessible(true);
    return m;
  }

  /**
   * The classifier's map from a feature to its row of precomputed activations: the same entries as the one the
   * classifier builds, and a row is computed (as {@code Classifier.preCompute} computes it) before its index is
   * first returned. Thread-safe: a row is written before its flag is set, and its flag read before its index is
   * returned, so a thread that gets the index sees the row; two threads may compute the same row, with the same
   * values.
   */
  private static final class OnFirstUse extends AbstractMap<Integer, Integer> {
    private final Map<Integer, Integer> rows;
    private final double[][] saved;
    private final AtomicIntegerArray done;
    private final float[][] w1;
    private final float[][] embeddings;
    private final int numTokens;
    private final int embeddingSize;
    private final int hiddenSize;
    private final MethodHandle multiply;

    OnFirstUse(Map<Integer, Integer> rows, double[][] saved, float[][] w1, float[][] embeddings, int numTokens,
        int embeddingSize, int hiddenSize, MethodHandle multiply) {
      this.rows = rows;
      this.saved = saved;
      this.done = new AtomicIntegerArray(saved.length);
      this.w1 = w1;
      this.embeddings = embeddings;
      this.numTokens = numTokens;
      this.embeddingSize = embeddingSize;
      this.hiddenSize = hiddenSize;
      this.multiply = multiply;
    }

    @Override
    public Integer get(Object feature) {
      Integer row = rows.get(feature);
      if (row != null && done.get(row) == 0) {
        int x = (Integer) feature;
        double[] activations = new double[hiddenSize];
        try {
          multiply.invokeExact(activations, w1, embeddings[x / numTokens], (x % numTokens) * embeddingSize);
        } catch (Throwable e) {
          throw new IllegalStateException("cannot precompute the parser's feature " + x, e);
        }
        saved[row] = activations;
        done.set(row, 1);
      }
      return row;
    }

    @Override
    public boolean containsKey(Object feature) {
      return rows.containsKey(feature);
    }

    @Override
    public int size() {
      return rows.size();
    }

    @Override
    public Set<Entry<Integer, Integer>> entrySet() {
      return rows.entrySet();
    }
  }
}
