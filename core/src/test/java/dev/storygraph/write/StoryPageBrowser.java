package dev.storygraph.write;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storygraph.Story;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The HTML story page in a real browser, for the tests: Debian's chromium and chromedriver (paths from the system
 * properties {@code storygraph.chromium} and {@code storygraph.chromedriver}, default {@code /usr/bin}), headless,
 * offline, and what a reader sees of the page's labels, measured on screen. One per test class; not thread-safe.
 */
public final class StoryPageBrowser implements AutoCloseable {
  /** A text drawn on the page: where it is on screen (CSS pixels of the window) and its font size on screen. */
  public record Label(String kind, String id, String text, double x1, double y1, double x2, double y2, double font) {
    double area() {
      return Math.max(0, x2 - x1) * Math.max(0, y2 - y1);
    }

    /** The share of the smaller of the two labels that the other one covers. */
    public double overlap(Label o) {
      double w = Math.min(x2, o.x2) - Math.max(x1, o.x1);
      double h = Math.min(y2, o.y2) - Math.max(y1, o.y1);
      return w <= 0 || h <= 0 ? 0 : w * h / Math.min(area(), o.area());
    }
  }

  /** What a measure of the page gives: its labels and the panels they must stay in. */
  public record Page(List<Label> graphLabels, List<Label> timelineLabels, List<Label> listLabels,
      List<Label> hiddenEdgeLabels, double[] graphPanel, double[] timelinePanel, double[] drawing,
      Map<String, List<Double>> positions) {}

  private static final String MEASURE = """
      var sg = window.storygraph, cy = sg.cy, out = {graph: [], hidden: [], timeline: [], list: [], positions: {}};
      function rect(r) { return [r.left, r.top, r.right, r.bottom]; }
      var panel = document.getElementById('cy').getBoundingClientRect();
      out.graphPanel = rect(panel);
      out.timelinePanel = rect(document.getElementById('timeline').getBoundingClientRect());
      out.drawing = null;
      if (cy) {
        var z = cy.zoom(), all = cy.elements().renderedBoundingBox();
        out.drawing = [panel.left + all.x1, panel.top + all.y1, panel.left + all.x2, panel.top + all.y2];
        cy.nodes().forEach(function (n) { out.positions[n.id()] = [n.position('x'), n.position('y')]; });
        cy.elements().forEach(function (e) {
          var font = parseFloat(e.style('font-size')) * z;
          var text = e.isNode() ? e.data('label') : e.data('label');
          if (!e.style('label')) {
            out.hidden.push({kind: e.isNode() ? 'node' : 'edge', id: e.id(), text: text, box: [0, 0, 0, 0], font: font});
            return;
          }
          var b = e.renderedBoundingBox({includeNodes: false, includeEdges: false, includeLabels: true,
              includeOverlays: false});
          out.graph.push({kind: e.isNode() ? 'node' : 'edge', id: e.id(), text: e.style('label'),
              box: [panel.left + b.x1, panel.top + b.y1, panel.left + b.x2, panel.top + b.y2], font: font});
        });
      }
      document.querySelectorAll('#axis .tl-label, #axis .tick').forEach(function (l, i) {
        out.timeline.push({kind: l.className, id: String(i), text: l.textContent, box: rect(l.getBoundingClientRect()),
            font: parseFloat(getComputedStyle(l).fontSize)});
      });
      document.querySelectorAll('#loose li').forEach(function (l) {
        out.list.push({kind: 'entity', id: l.getAttribute('data-entity'), text: l.textContent,
            box: rect(l.getBoundingClientRect()), font: parseFloat(getComputedStyle(l.querySelector('button')).fontSize)});
      });
      return out;
      """;

  private final ChromeDriver driver;
  private final Path profile;

  /** Starts a headless chromium with a window of this size. */
  public StoryPageBrowser(int width, int height) throws IOException {
    String chromium = System.getProperty("storygraph.chromium", "/usr/bin/chromium");
    String chromedriver = System.getProperty("storygraph.chromedriver", "/usr/bin/chromedriver");
    assertThat(Path.of(chromium)).as("chromium (apt-get install chromium chromium-driver)").isExecutable();
    assertThat(Path.of(chromedriver)).as("chromedriver (apt-get install chromium-driver)").isExecutable();
    profile = Files.createTempDirectory("storygraph-chromium");
    ChromeOptions options = new ChromeOptions().setBinary(chromium).addArguments("--headless", "--no-sandbox",
        "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--window-size=" + width + "," + height, "--user-data-dir=" + profile);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(chromedriver)).usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
  }

  /** The browser, for clicks and waits. */
  public ChromeDriver driver() {
    return driver;
  }

  /** Runs a script in the page. */
  public Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /** Writes the story's page to {@code target/NAME.html} and opens it; returns the file. */
  public Path open(Story story, String title, String name) throws IOException {
    Path html = Path.of("target", name + ".html").toAbsolutePath();
    Files.createDirectories(html.getParent());
    Files.writeString(html, new HtmlStoryWriter(title).toHtml(story));
    reload(html);
    return html;
  }

  /** Opens (again) a page written before: a fresh load lays the page out anew. */
  public void reload(Path html) {
    driver.get(html.toUri().toString());
    new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(js(
        "return !!(window.storygraph && document.getElementById('details').getAttribute('data-showing'))")));
  }

  /** Resizes the window (the outer size; the page inside is a little smaller). */
  public void resize(int width, int height) {
    driver.manage().window().setSize(new Dimension(width, height));
  }

  /** Saves what the window shows. */
  public void screenshot(String name) throws IOException {
    Files.write(Path.of("target", name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
  }

  /** Measures every label of the page as it is drawn. */
  @SuppressWarnings("unchecked")
  public Page measure() {
    Map<String, Object> m = (Map<String, Object>) js(MEASURE);
    Map<String, List<Double>> positions = new java.util.TreeMap<>();
    ((Map<String, List<Number>>) m.get("positions")).forEach((k, v) ->
        positions.put(k, v.stream().map(Number::doubleValue).toList()));
    return new Page(labels(m.get("graph")), labels(m.get("timeline")), labels(m.get("list")), labels(m.get("hidden")),
        box(m.get("graphPanel")), box(m.get("timelinePanel")), m.get("drawing") == null ? null : box(m.get("drawing")),
        positions);
  }

  @SuppressWarnings("unchecked")
  private static List<Label> labels(Object list) {
    List<Label> out = new ArrayList<>();
    for (Map<String, Object> l : (List<Map<String, Object>>) list) {
      double[] b = box(l.get("box"));
      out.add(new Label((String) l.get("kind"), (String) l.get("id"), String.valueOf(l.get("text")), b[0], b[1], b[2],
          b[3], ((Number) l.get("font")).doubleValue()));
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static double[] box(Object list) {
    return ((List<Number>) list).stream().mapToDouble(Number::doubleValue).toArray();
  }

  /**
   * What a reader needs of the page of {@code story}: the entities that a fact links to another drawn as a graph that
   * fills its panel, the others listed beside it; a label on every node of two mentions or more; no label covering
   * more than 2% of another; no text under 10 px on screen; the timeline's labels inside their panel.
   */
  public static void assertReadable(Story story, Page page) {
    java.util.Set<String> linked = new java.util.TreeSet<>();
    story.facts().stream().filter(f -> f.object().isPresent()).forEach(f -> {
      linked.add(f.subject());
      linked.add(f.object().get());
    });
    assertThat(page.positions().keySet()).as("the graph's nodes").containsExactlyInAnyOrderElementsOf(linked);
    assertThat(page.listLabels()).extracting(Label::id).as("the list of entities without an edge")
        .containsExactlyInAnyOrderElementsOf(story.entities().stream().map(e -> e.id())
            .filter(id -> !linked.contains(id)).toList());
    for (var e : story.entities()) {
      if (linked.contains(e.id()) && e.mentions().size() >= 2) {
        assertThat(page.graphLabels()).as("label of %s (%d mentions)", e.name(), e.mentions().size())
            .anySatisfy(l -> assertThat(l.id()).isEqualTo(e.id()));
      }
    }
    assertThat(overlapping(page.graphLabels(), 0.02)).as("graph labels over each other").isEmpty();
    assertThat(overlapping(page.timelineLabels(), 0.02)).as("timeline labels over each other").isEmpty();
    List<Label> all = new ArrayList<>(page.graphLabels());
    all.addAll(page.hiddenEdgeLabels());
    all.addAll(page.timelineLabels());
    all.addAll(page.listLabels());
    assertThat(all).as("labels smaller than 10 px on screen").filteredOn(l -> l.font() < 10).isEmpty();
    double[] g = page.graphPanel();
    assertThat(page.graphLabels()).as("graph labels outside the graph's panel")
        .filteredOn(l -> l.x1() < g[0] - 0.5 || l.x2() > g[2] + 0.5 || l.y1() < g[1] - 0.5 || l.y2() > g[3] + 0.5)
        .isEmpty();
    double[] t = page.timelinePanel();
    assertThat(page.timelineLabels()).as("timeline labels outside the timeline's panel")
        .filteredOn(l -> l.x1() < t[0] - 0.5 || l.x2() > t[2] + 0.5).isEmpty();
    if (page.positions().size() >= 2) {
      double[] d = page.drawing();
      assertThat((d[2] - d[0]) / (g[2] - g[0])).as("share of the panel's width the graph takes").isGreaterThan(0.85);
      assertThat((d[3] - d[1]) / (g[3] - g[1])).as("share of the panel's height the graph takes").isGreaterThan(0.85);
    }
  }

  /** Pairs of labels of which one covers more than {@code share} of the other, as readable lines. */
  public static List<String> overlapping(List<Label> labels, double share) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < labels.size(); i++) {
      for (int j = i + 1; j < labels.size(); j++) {
        double o = labels.get(i).overlap(labels.get(j));
        if (o > share) {
          out.add(String.format("%s '%s' / %s '%s': %.0f%%", labels.get(i).kind(), labels.get(i).text(),
              labels.get(j).kind(), labels.get(j).text(), 100 * o));
        }
      }
    }
    return out;
  }

  @Override
  public void close() throws IOException {
    driver.quit();
    try (var files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
