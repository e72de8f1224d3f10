package dev.storygraph.write;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storygraph.Fact;
import dev.storygraph.Story;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The HTML story page in a real browser (see {@link StoryPageBrowser}). The page is built from a story made in code,
 * so no CoreNLP is loaded. Leaves {@code target/story-page.html} and {@code target/story-page.png} for a person to
 * look at.
 */
final class HtmlStoryPageTest {
  private static StoryPageBrowser browser;
  private final Story story = SampleStory.story();

  @BeforeAll
  static void startBrowser() throws Exception {
    browser = new StoryPageBrowser(1400, 900);
  }

  @AfterAll
  static void stopBrowser() throws Exception {
    if (browser != null) {
      browser.close();
    }
  }

  private void clickAt(String positionScript) {
    WebElement cy = browser.driver().findElement(By.id("cy"));
    @SuppressWarnings("unchecked")
    List<Number> p = (List<Number>) browser.js(positionScript);
    int dx = (int) Math.round(p.get(0).doubleValue() - cy.getRect().getWidth() / 2.0);
    int dy = (int) Math.round(p.get(1).doubleValue() - cy.getRect().getHeight() / 2.0);
    new Actions(browser.driver()).moveToElement(cy, dx, dy).click().perform();
  }

  private void waitShowing(String what) {
    new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
        .until(d -> what.equals(d.findElement(By.id("details")).getAttribute("data-showing")));
  }

  private String details() {
    return browser.driver().findElement(By.id("details")).getText();
  }

  @Test
  void page_inChromium_drawsTheGraph_andAClickShowsEvidenceAndConflicts() throws Exception {
    browser.open(story, "Harbour talks", "story-page");

    assertThat(browser.js("return document.querySelectorAll('script[src], link[href], img[src]').length"))
        .as("self-contained: nothing to fetch").isEqualTo(0L);
    long withObject = story.facts().stream().filter(f -> f.object().isPresent()).count();
    assertThat(((Number) browser.js("return window.storygraph.cy.edges().length")).longValue()).isEqualTo(withObject);
    assertThat(browser.driver().findElements(By.cssSelector("#axis .tl-item")))
        .hasSize((int) story.facts().stream().filter(f -> f.time().isPresent()).count());
    StoryPageBrowser.assertReadable(story, browser.measure());

    // a real click on the edge of the first fact (meet, with a time conflict)
    clickAt("var cy = window.storygraph.cy, p = cy.$('#f0').renderedMidpoint(); return [p.x, p.y];");
    waitShowing("fact-0");
    String panel = details();
    Fact meet = story.facts().get(0);
    for (var ev : meet.evidence()) {
      assertThat(panel).contains(ev.text()).contains(ev.article());
    }
    assertThat(panel).contains("time: 2025-03-05 [harbour-talks-1] vs 2025-03-01/2025-03-02 [harbour-talks-2]");
    assertThat(panel).as("confidence as a share").containsPattern("confidence\\s+92%");
    browser.screenshot("story-page");

    // a fact without an object is listed on its subject's node
    clickAt("var p = window.storygraph.cy.$('#E2').renderedPosition(); return [p.x, p.y];");
    waitShowing("entity-E2");
    assertThat(details()).containsIgnoringCase("Facts without an object").contains("Tomas Brenner resign");

    // the timeline bar of that fact shows its evidence
    browser.driver().findElement(By.cssSelector("#axis .tl-item[data-fact='2']")).click();
    waitShowing("fact-2");
    assertThat(details()).contains(story.facts().get(2).evidence().get(0).text());

    // an entity without an edge is a line of the list beside the graph, and a click on it shows the entity
    browser.driver().findElement(By.cssSelector("#loose li[data-entity='E4'] button")).click();
    waitShowing("entity-E4");
    assertThat(details()).contains("Northern Shipping & Co").contains("buy");
  }

  @Test
  void page_edgeWithoutRoomForItsLabel_showsItOnHover() throws Exception {
    browser.open(story, "Harbour talks", "story-page-hover");
    String label = "var e = window.storygraph.cy.$('#f1'); return e.style('label');";
    browser.js("window.storygraph.cy.$('#f1').removeClass('labelled');");
    assertThat(browser.js(label)).isEqualTo("");
    browser.js("window.storygraph.cy.$('#f1').emit('mouseover');");
    assertThat(browser.js(label)).isEqualTo("travel");
    browser.js("window.storygraph.cy.$('#f1').emit('mouseout');");
    assertThat(browser.js(label)).isEqualTo("");
  }

  @Test
  void page_sameStory_samePositionsOnEveryLoad() throws Exception {
    Path html = browser.open(story, "Harbour talks", "story-page-again");
    var first = browser.measure().positions();
    browser.reload(html);
    assertThat(browser.measure().positions()).isEqualTo(first).isNotEmpty();
  }
}
