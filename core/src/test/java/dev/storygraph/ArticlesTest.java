package dev.storygraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ArticlesTest {
  @TempDir
  Path dir;

  private static final String PROSE = "Harbour master Jean Dupr\u00e9 of the port of Vellmar said on Tuesday that "
      + "the new pier would open in the spring, after the council approved the budget.\n";

  @Test
  void fromBytes_randomBytesWithoutNul_isNotText() {
    byte[] bytes = new byte[20_000];
    Random random = new Random(7);
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (1 + random.nextInt(255));
    }
    ArticleInput in = Articles.fromBytes("noise", "noise.txt", bytes, null);
    assertThat(in.article()).isEmpty();
    assertThat(in.error()).hasValueSatisfying(e -> assertThat(e).startsWith("not text: ").contains("noise.txt"));
  }

  @Test
  void fromBytes_latin1_isDecodedWithAWarningNamingTheEncoding() {
    ArticleInput in = Articles.fromBytes("l1", "l1.txt", PROSE.getBytes(StandardCharsets.ISO_8859_1), null);
    assertThat(in.article()).hasValueSatisfying(a -> assertThat(a.text()).contains("Jean Dupr\u00e9 of"));
    assertThat(in.warning()).hasValueSatisfying(w -> assertThat(w).containsIgnoringCase("decoded as")
        .containsAnyOf("ISO-8859-1", "windows-1252"));
  }

  @Test
  void fromBytes_windows1252QuotesAndDashes_areDecoded() {
    String text = "The mayor said \u201cthe pier will open\u201d \u2013 in the spring \u2013 as Jean Dupr\u00e9 "
        + "had promised the harbour workers at the meeting on Tuesday.\n";
    ArticleInput in = Articles.fromBytes("w", "w.txt", text.getBytes(Charset.forName("windows-1252")), null);
    assertThat(in.article()).hasValueSatisfying(a -> assertThat(a.text()).isEqualTo(text));
    assertThat(in.warning()).hasValueSatisfying(w -> assertThat(w).contains("windows-1252"));
  }

  @Test
  void fromBytes_utf16WithByteOrderMark_isDecoded() {
    for (Charset cs : List.of(StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE)) {
      byte[] body = PROSE.getBytes(cs);
      byte[] bom = cs == StandardCharsets.UTF_16BE ? new byte[] {(byte) 0xFE, (byte) 0xFF}
          : new byte[] {(byte) 0xFF, (byte) 0xFE};
      byte[] bytes = new byte[bom.length + body.length];
      System.arraycopy(bom, 0, bytes, 0, bom.length);
      System.arraycopy(body, 0, bytes, bom.length, body.length);
      ArticleInput in = Articles.fromBytes("u16", "u16.txt", bytes, null);
      assertThat(in.article()).as(cs.name()).hasValueSatisfying(a -> assertThat(a.text()).isEqualTo(PROSE));
      assertThat(in.warning()).hasValueSatisfying(w -> assertThat(w).contains("UTF-16"));
    }
  }

  @Test
  void fromBytes_utf8WithAFewDamagedBytes_isUtf8WithOffsets() {
    byte[] bytes = PROSE.getBytes(StandardCharsets.UTF_8);
    int at = PROSE.indexOf("pier");
    bytes[at] = (byte) 0xFF;
    ArticleInput in = Articles.fromBytes("d", "d.txt", bytes, null);
    assertThat(in.article()).hasValueSatisfying(a -> assertThat(a.text()).contains("Jean Dupr\u00e9 of"));
    assertThat(in.warning()).hasValueSatisfying(w -> assertThat(w).contains("not UTF-8").contains("offset " + at));
  }

  @Test
  void fromBytes_utf8_hasNoWarning_andNulIsBinary() {
    ArticleInput in = Articles.fromBytes("u", "u.txt", PROSE.getBytes(StandardCharsets.UTF_8), LocalDate.of(2024,
        5, 6));
    assertThat(in.warning()).isEmpty();
    assertThat(in.article().orElseThrow().referenceDate()).contains(LocalDate.of(2024, 5, 6));
    assertThat(Articles.fromBytes("b", "b.txt", new byte[] {'P', 'K', 3, 4, 0, 0}, null).error())
        .hasValueSatisfying(e -> assertThat(e).contains("not text").contains("NUL byte at offset 4"));
    assertThat(Articles.fromBytes("e", "e.txt", new byte[0], null).error())
        .hasValueSatisfying(e -> assertThat(e).contains("empty"));
  }

  @Test
  void read_stream_isStdin() throws IOException {
    ArticleInput in = Articles.read(new ByteArrayInputStream(PROSE.getBytes(StandardCharsets.UTF_8)), null);
    assertThat(in.id()).isEqualTo("stdin");
    assertThat(in.article()).isPresent();
  }

  @Test
  void read_sameNameInTwoFolders_idsAreShortestTails_whateverTheOrder() throws IOException {
    Path a = write("one/a/x.txt");
    Path b = write("two/b/x.txt");
    Path c = write("one/deep/b/y.txt");
    Path d = write("two/deep/b/y.txt");
    Path e = write("solo.txt");
    List<String> forward = ids(Articles.read(List.of(a, b, c, d, e), null));
    List<String> backward = ids(Articles.read(List.of(e, d, c, b, a), null));
    assertThat(forward).containsExactly("a/x", "b/x", "one/deep/b/y", "two/deep/b/y", "solo");
    assertThat(backward).containsExactlyInAnyOrderElementsOf(forward);
    assertThat(forward).noneMatch(id -> id.startsWith("/"));
  }

  @Test
  void read_foldersGivenTwice_readEachFileOnce() throws IOException {
    write("f/a.txt");
    write("f/sub/a.txt");
    write("f/notes.md");
    List<ArticleInput> in = Articles.read(List.of(dir.resolve("f"), dir.resolve("f/sub")), null);
    assertThat(ids(in)).containsExactly("f/a", "sub/a");
  }

  @Test
  void ids_dotOnlyNames_becomeUnderscores_andExtensionsTellApart() {
    Map<Path, String> ids = Articles.ids(List.of(Path.of("/x/...txt"), Path.of("/x/a.txt"), Path.of("/x/a.text")));
    assertThat(ids).containsEntry(Path.of("/x/...txt"), "__").containsEntry(Path.of("/x/a.txt"), "a.txt")
        .containsEntry(Path.of("/x/a.text"), "a.text");
    assertThat(Articles.idOf(Path.of("..txt"))).isEqualTo("_");
  }

  @Test
  void article_referenceDateOutsideFourDigitYears_isRefused() {
    assertThatThrownBy(() -> Article.of("a", "text").withReferenceDate(LocalDate.of(10_000, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1000-9999").hasMessageContaining("a");
    assertThatThrownBy(() -> Article.of("a", "text").withReferenceDate(LocalDate.MIN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Article.of("a", "text").withReferenceDate(LocalDate.of(9999, 12, 31)).referenceDate()).isPresent();
  }

  private Path write(String relative) throws IOException {
    Path f = dir.resolve(relative);
    Files.createDirectories(f.getParent());
    return Files.writeString(f, PROSE);
  }

  private static List<String> ids(List<ArticleInput> inputs) {
    List<String> out = new ArrayList<>();
    inputs.forEach(i -> out.add(i.id()));
    return out;
  }
}
