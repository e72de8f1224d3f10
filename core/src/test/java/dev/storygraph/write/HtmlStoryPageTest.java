package dev.storygraph.write;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storygraph.Fact;
import dev.storygraph.Story;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The HTML story page in a real browser: Debian's chromium and chromedriver (paths from the system properties
 * {@code storygraph.chromium} and {@code storygraph.chromedriver}, default {@code /usr/bin}), headless, offline.
 * The page is built from a story made in code, so no CoreNLP is loaded. Leaves {@code target/story-page.html}
 * and {@code target/story-page.png} for a person to look at.
 */
final class HtmlStoryPageTest {
  private static ChromeDriver driver;
  private static Path profile;
  private final Story story = SampleStory.story();

  @BeforeAll
  static void startBrowser() throws Exception {
    String chromium = System.getProperty("storygraph.chromium", "/usr/bin/chromium");
    String chromedriver = System.getProperty("storygraph.chromedriver", "/usr/bin/chromedriver");
    assertThat(Path.of(chromium)).as("chromium (apt-get install chromium chromium-driver)").isExecutable();
    assertThat(Path.of(chromedriver)).as("chromedriver (apt-get install chromium-driver)").isExecutable();
    profile = Files.createTempDirectory("storygraph-chromium");
    ChromeOptions options = new ChromeOptions().setBinary(chromium).addArguments("--headless", "--no-sandbox",
        "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--window-size=1400,900", "--user-data-dir=" + profile);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(chromedriver)).usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
  }

  @AfterAll
  static void stopBrowser() throws Exception {
    if (driver != null) {
      driver.quit();
    }
    if (profile != null) {
      try (var files = Files.walk(profile)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  private void clickAt(String elementSelector, String positionScript) {
    WebElement cy = driver.findElement(By.id("cy"));
    @SuppressWarnings("unchecked")
    List<Number> p = (List<Number>) js(positionScript);
    int dx = (int) Math.round(p.get(0).doubleValue() - cy.getRect().getWidth() / 2.0);
    int dy = (int) Math.round(p.get(1).doubleValue() - cy.getRect().getHeight() / 2.0);
    new Actions(driver).moveToElement(cy, dx, dy).click().perform();
  }

  private void waitShowing(String what) {
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(d -> what.equals(d.findElement(By.id("details")).getAttribute("data-showing")));
  }

  @Test
  void page_inChromium_drawsTheGraph_andAClickShowsEvidenceAndConflicts() throws Exception {
    Path html = Path.of("target", "story-page.html").toAbsolutePath();
    Files.createDirectories(html.getParent());
    Files.writeString(html, new HtmlStoryWriter("Harbour talks").toHtml(story));
    driver.get(html.toUri().toString());
    new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> js("return !!(window.storygraph && "
        + "window.storygraph.cy)").equals(Boolean.TRUE));

    assertThat(js("return document.querySelectorAll('script[src], link[href], img[src]').length"))
        .as("self-contained: nothing to fetch").isEqualTo(0L);
    assertThat(((Number) js("return window.storygraph.cy.nodes().length")).intValue())
        .isEqualTo(story.entities().size());
    long withObject = story.facts().stream().filter(f -> f.object().isPresent()).count();
    assertThat(((Number) js("return window.storygraph.cy.edges().length")).longValue()).isEqualTo(withObject);
    assertThat(driver.findElements(By.cssSelector("#axis .tl-item")))
        .hasSize((int) story.facts().stream().filter(f -> f.time().isPresent()).count());

    // a real click on the edge of the first fact (meet, with a time conflict)
    clickAt("#cy", "var cy = window.storygraph.cy, p = cy.$('#f0').renderedMidpoint(); return [p.x, p.y];");
    waitShowing("fact-0");
    String panel = driver.findElement(By.id("details")).getText();
    Fact meet = story.facts().get(0);
    for (var ev : meet.evidence()) {
      assertThat(panel).contains(ev.text()).contains(ev.article());
    }
    assertThat(panel).contains("time: 2025-03-05 [harbour-talks-1] vs 2025-03-01/2025-03-02 [harbour-talks-2]");
    Files.write(Path.of("target", "story-page.png"), driver.getScreenshotAs(OutputType.BYTES));

    // a fact without an object is listed on its subject's node
    clickAt("#cy", "var p = window.storygraph.cy.$('#E2').renderedPosition(); return [p.x, p.y];");
    waitShowing("entity-E2");
    assertThat(driver.findElement(By.id("details")).getText()).containsIgnoringCase("Facts without an object")
        .contains("Tomas Brenner resign");

    // the timeline bar of that fact shows its evidence
    driver.findElement(By.cssSelector("#axis .tl-item[data-fact='2']")).click();
    waitShowing("fact-2");
    assertThat(driver.findElement(By.id("details")).getText()).contains(story.facts().get(2).evidence().get(0).text());
  }
}
