package org.dhrkb.generator;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The built site in real headless Chromium, served over HTTP from a loopback port: axe-core on
 * every page (WCAG 2.0, 2.1 and 2.2 A and AA, zero violations), and what a user notices that axe
 * cannot see: Exit this page and its Shift shortcut; no cookies and no requests to other sites; the
 * search server's strict Content-Security-Policy; the site without JavaScript; the keyboard (skip
 * link, visible focus); a 320px phone (reflow, menu, wider text spacing); and a theme on paper.
 *
 * <p>Without Chromium these tests are skipped, or fail when {@code CI} is set (see {@link
 * ChromiumBrowser}).
 */
class AccessibilityIT {
  private static final List<String> WCAG_TAGS =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
  private static final String EXIT_URL = "https://www.bbc.co.uk/weather";

  /** The search server's policy (SearchServer.CONTENT_SECURITY_POLICY), which hosts the site. */
  private static final String STRICT_CSP =
      "default-src 'self'; script-src 'self';"
          + " style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self';"
          + " frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

  /**
   * Returns what sticks out past the right edge of the window when the page scrolls sideways: the
   * innermost elements, and text that overflows its box (a long word in a heading).
   */
  private static final String WHAT_STICKS_OUT =
      "const width = document.documentElement.clientWidth;"
          + " if (document.documentElement.scrollWidth <= width) return [];"
          + " const out = [];"
          + " for (const e of document.body.querySelectorAll('*')) {"
          + " if (e.getBoundingClientRect().right > width + 1 && e.checkVisibility()"
          + " && ![...e.children].some(c => c.getBoundingClientRect().right > width + 1))"
          + " out.push(e.outerHTML.slice(0, 160)); }"
          + " const texts = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);"
          + " for (let n; (n = texts.nextNode());) {"
          + " if (n.parentElement.closest('.govuk-visually-hidden')) continue;"
          + " const range = document.createRange(); range.selectNodeContents(n);"
          + " if ([...range.getClientRects()].some(r => r.right > width + 1))"
          + " out.push('text in <' + n.parentElement.tagName.toLowerCase() + ' class=\"'"
          + " + n.parentElement.className + '\">: ' + n.textContent.trim().slice(0, 80)); }"
          + " return [...new Set(out)].slice(0, 10);";

  private static SiteServer server;
  private static ChromiumBrowser axeBrowser;

  @BeforeAll
  static void serveSite() throws IOException {
    server = SiteServer.start(BuiltSite.get().dir());
  }

  @BeforeEach
  void needsChromium() {
    // Per test, not per class, so a local run without Chromium lists each test as skipped.
    ChromiumBrowser.assumeInstalled();
  }

  @AfterAll
  static void stop() {
    if (axeBrowser != null) {
      axeBrowser.close();
    }
    if (server != null) {
      server.close();
    }
  }

  @TestFactory
  Stream<DynamicTest> everyPageHasNoAxeViolations() {
    List<String> pages = BuiltSite.get().htmlPages();
    assertFalse(pages.isEmpty(), "the built site has no HTML pages");
    return pages.stream()
        .map(
            page ->
                dynamicTest(
                    page,
                    () -> {
                      if (axeBrowser == null) {
                        axeBrowser = ChromiumBrowser.start();
                      }
                      ChromeDriver driver = axeBrowser.driver();
                      open(driver, page);
                      List<Rule> violations = axe(driver, page);
                      if (!violations.isEmpty()) {
                        fail(
                            page
                                + ": "
                                + violations.size()
                                + " accessibility violation(s):\n"
                                + violations.stream()
                                    .map(AccessibilityIT::describe)
                                    .collect(Collectors.joining("\n")));
                      }
                    }));
  }

  @Test
  void axeReportsWhatItFindsSoItCanBeFixed() {
    // An axe run that silently checks nothing would pass every page: plant two faults and
    // check they are reported with what a developer needs to find and fix them.
    try (ChromiumBrowser browser = ChromiumBrowser.start()) {
      ChromeDriver driver = browser.driver();
      String page = firstThemePage();
      open(driver, page);
      driver.executeScript(
          "const main = document.getElementById('main-content');"
              + " main.insertAdjacentHTML('afterbegin', '<img id=\"planted-img\" src=\"/favicon.svg\">"
              + "<p id=\"planted-faint\" style=\"color:#c8c8c8;background:#fff\">Faint text</p>');");
      List<Rule> violations = axe(driver, page);
      String report =
          violations.stream().map(AccessibilityIT::describe).collect(Collectors.joining("\n"));
      assertAll(
          () ->
              assertTrue(report.contains("] image-alt: Images must have alternative text"), report),
          () -> assertTrue(report.contains("#planted-img"), report),
          () -> assertTrue(report.contains("] color-contrast: "), report),
          () -> assertTrue(report.contains("#planted-faint"), report),
          () -> assertTrue(report.contains("[critical]") || report.contains("[serious]"), report));
    }
  }

  @Test
  void exitThisPageIsOnEveryPageAndClickingItLeaves() {
    try (ChromiumBrowser browser = ChromiumBrowser.start()) {
      ChromeDriver driver = browser.driver();
      List<String> problems = new ArrayList<>();
      for (String page : BuiltSite.get().htmlPages()) {
        open(driver, page);
        // One script per page: the button, where it goes, and whether GOV.UK Frontend started
        // (the body says so and the component gave the button its key-press indicator).
        @SuppressWarnings("unchecked")
        Map<String, Object> exit =
            (Map<String, Object>)
                driver.executeScript(
                    "const b = document.querySelectorAll("
                        + "'[data-module=govuk-exit-this-page] a.govuk-exit-this-page__button');"
                        + " return {count: b.length, href: b.length && b[0].href,"
                        + " visible: b.length > 0 && b[0].checkVisibility(),"
                        + " supported: document.body.classList.contains('govuk-frontend-supported'),"
                        + " initialised: b.length > 0"
                        + " && !!b[0].querySelector('.govuk-exit-this-page__indicator')};");
        if (!Long.valueOf(1).equals(exit.get("count"))) {
          problems.add(page + ": " + exit.get("count") + " Exit this page buttons");
        } else if (!EXIT_URL.equals(exit.get("href"))) {
          problems.add(page + ": Exit this page goes to " + exit.get("href"));
        } else if (!Boolean.TRUE.equals(exit.get("visible"))) {
          problems.add(page + ": Exit this page is not visible");
        } else if (!Boolean.TRUE.equals(exit.get("supported"))) {
          problems.add(page + ": body lacks govuk-frontend-supported: GOV.UK Frontend is off");
        } else if (!Boolean.TRUE.equals(exit.get("initialised"))) {
          problems.add(page + ": the Exit this page component did not initialise");
        }
      }
      assertEquals(List.of(), problems, "Exit this page on every page");

      open(driver, "index.html");
      open(driver, firstThemePage());
      exitButton(driver, "theme page").click();
      assertLeftFor(EXIT_URL, driver);
      assertBackDoesNotReturnToThePageLeft(driver);
    }
  }

  @Test
  void pressingShiftThreeTimesExitsThePage() {
    try (ChromiumBrowser browser = ChromiumBrowser.start()) {
      ChromeDriver driver = browser.driver();
      open(driver, "index.html");
      open(driver, firstThemePage());
      pressShift(driver);
      pressShift(driver);
      // Two presses light two of the three indicator lights and announce what one more does.
      assertEquals(
          2,
          driver.findElements(By.cssSelector(".govuk-exit-this-page__indicator-light--on")).size(),
          "lights on after pressing Shift twice");
      assertEquals(
          "Shift, press 1 more time to exit.",
          driver
              .findElement(By.cssSelector(".govuk-exit-this-page [role=status]"))
              .getAttribute("textContent"));
      pressShift(driver);
      assertLeftFor(EXIT_URL, driver);
      assertBackDoesNotReturnToThePageLeft(driver);
    }
  }

  @Test
  void theFirstTabReachesTheSkipLinkWhichMovesFocusToTheContent() {
    try (ChromiumBrowser browser = ChromiumBrowser.start()) {
      ChromeDriver driver = browser.driver();
      open(driver, firstThemePage());
      new Actions(driver).sendKeys(Keys.TAB).perform();
      WebElement skip = driver.switchTo().activeElement();
      assertEquals("Skip to main content", skip.getText(), "the first Tab stop");
      assertTrue(skip.isDisplayed(), "the skip link shows when it has focus");
      new Actions(driver).sendKeys(Keys.ENTER).perform();
      new WebDriverWait(driver, Duration.ofSeconds(5))
          .until(d -> "main-content".equals(d.switchTo().activeElement().getAttribute("id")));
    }
  }

  @Test
  void everyFocusableElementShowsWhereFocusIs() {
    // WCAG 2.4.7: a keyboard user must see where focus is. axe cannot check this; compare each
    // focusable element's look with and without focus.
    try (ChromiumBrowser browser = ChromiumBrowser.start()) {
      ChromeDriver driver = browser.driver();
      List<String> problems = new ArrayList<>();
      for (String page : BuiltSite.get().htmlPages()) {
        open(driver, page);
        @SuppressWarnings("unchecked")
        Map<String, Object> result =
            (Map<String, Object>)
                driver.executeScript(
                    "const look = e => { const s = getComputedStyle(e);"
                        + " return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow,"
                        + " s.backgroundColor, s.color, s.textDecorationLine,"
                        + " s.textDecorationThickness].join('|'); };"
                        + " const focusable = [...document.querySelectorAll("
                        + "'a[href], button, input, select, textarea, [tabindex]:not([tabindex=\"-1\"])')]"
                        + ".filter(e => !e.disabled && e.checkVisibility());"
                        + " const unmarked = [];"
                        + " for (const e of focusable) { const before = look(e);"
                        + " e.focus({focusVisible: true}); const after = look(e); e.blur();"
                        + " if (before === after) unmarked.push(e.outerHTML.slice(0, 160)); }"
                        + " return {checked: focusable.length, unmarked: unmarked};");
        @SuppressWarnings("unchecked")
        List<String> unmarked = (List<String>) result.get("unmarked");
        if ((Long) result.get("checked") < 5) {
          problems.add(page + ": only " + result.get("checked") + " focusable elements found");
        } else if (!unmarked.isEmpty()) {
          problems.add(page + ": no visible focus on\n    " + String.join("\n    ", unmarked));
        }
      }
      assertEquals(List.of(), problems, "elements that look the same with and without focus");
    }
  }

  @Test
  void visitingEveryPageSetsNoCookieAndContactsNoOtherHost() {
    // The site's promise to a reader on a shared computer: nothing stored, nobody else told.
    try (ChromiumBrowser browser = ChromiumBrowser.start()) {
      ChromeDriver driver = browser.driver();
      Set<String> elsewhere = new TreeSet<>();
      int local = 0;
      requestedUrls(driver); // forget the browser's own start-up pages
      for (String page : BuiltSite.get().htmlPages()) {
        open(driver, page);
        assertEquals(
            "", driver.executeScript("return document.cookie"), page + ": document.cookie");
        @SuppressWarnings("unchecked")
        List<String> resources =
            (List<String>)
                ((JavascriptExecutor) driver)
                    .executeScript(
                        "return performance.getEntriesByType('resource').map(e => e.name)");
        for (String url : resources) {
          if (!isLocal(url) && isNetwork(url)) {
            elsewhere.add(page + " loads " + url);
          }
        }
        for (String url : requestedUrls(driver)) {
          if (isLocal(url)) {
            local++;
          } else if (isNetwork(url)) {
            elsewhere.add(page + " requests " + url);
          }
        }
      }
      assertTrue(
          local >= BuiltSite.get().htmlPages().size(),
          "the performance log saw only " + local + " requests: is it recording?");
      assertEquals(Set.of(), elsewhere, "requests to hosts other than " + server.origin());
      assertEquals(Set.of(), driver.manage().getCookies(), "cookies after visiting every page");

      // The log must see a request to another host if a page made one.
      driver.executeScript(
          "document.body.insertAdjacentHTML('beforeend',"
              + " '<img alt=\"\" src=\"https://tracker.example/pixel.gif\">')");
      new WebDriverWait(driver, Duration.ofSeconds(10))
          .until(
              d -> requestedUrls((ChromeDriver) d).contains("https://tracker.example/pixel.gif"));
    }
  }

  @Test
  void underAStrictContentSecurityPolicyNothingIsRefused() throws IOException {
    try (SiteServer strict = SiteServer.start(BuiltSite.get().dir(), STRICT_CSP);
        ChromiumBrowser browser = ChromiumBrowser.start()) {
      ChromeDriver driver = browser.driver();
      // Listen before any of the page's own code runs, so no refusal goes unseen.
      driver.executeCdpCommand(
          "Page.addScriptToEvaluateOnNewDocument",
          Map.of(
              "source",
              "window.kbRefused = []; document.addEventListener('securitypolicyviolation', e =>"
                  + " window.kbRefused.push(e.effectiveDirective + ' refused '"
                  + " + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber));"));
      List<String> problems = new ArrayList<>();
      for (String page : BuiltSite.get().htmlPages()) {
        driver.get(strict.origin() + "/" + page);
        @SuppressWarnings("unchecked")
        List<String> refused = (List<String>) driver.executeScript("return window.kbRefused");
        for (String refusal : refused) {
          problems.add(page + ": " + refusal);
        }
        if (!driver
            .findElement(By.tagName("body"))
            .getAttribute("class")
            .contains("govuk-frontend-supported")) {
          problems.add(page + ": the site's JavaScript did not run under the policy");
        }
      }
      assertEquals(List.of(), problems, "refused under " + STRICT_CSP);

      // The listener must hear a refusal when there is one.
      driver.executeScript(
          "const s = document.createElement('script');"
              + " s.textContent = 'window.kbInline = true'; document.body.appendChild(s);");
      new WebDriverWait(driver, Duration.ofSeconds(5))
          .until(
              d ->
                  !((List<?>) ((JavascriptExecutor) d).executeScript("return window.kbRefused"))
                      .isEmpty());
    }
  }

  @Test
  void withoutJavaScriptAThemeReadsAndTheSiteNavigates() {
    String theme = firstThemePage();
    Document expected = BuiltSite.get().page(theme);
    int items = expected.select("[data-kb-kind]").size();
    assertTrue(items > 0, theme + " has no items");
    try (ChromiumBrowser browser = ChromiumBrowser.start(false)) {
      ChromeDriver driver = browser.driver();
      open(driver, theme);
      String bodyClass = driver.findElement(By.tagName("body")).getAttribute("class");
      assertFalse(
          bodyClass.contains("js-enabled"),
          "JavaScript ran in the no-JavaScript browser: body class is " + bodyClass);

      List<WebElement> shown = driver.findElements(By.cssSelector("[data-kb-kind]"));
      assertEquals(items, shown.size(), "items on " + theme);
      List<String> hidden =
          shown.stream()
              .filter(e -> !e.isDisplayed())
              .map(e -> e.getAttribute("id"))
              .collect(Collectors.toList());
      assertEquals(List.of(), hidden, "items not shown without JavaScript");

      WebElement query = driver.findElement(By.cssSelector("form[role=search] input[name=q]"));
      assertTrue(query.isDisplayed(), "the search box is shown without JavaScript");
      assertTrue(
          driver.findElement(By.cssSelector("form[role=search] button[type=submit]")).isDisplayed(),
          "the search button is shown without JavaScript");
      WebElement exit = exitButton(driver, theme);
      assertTrue(exit.isDisplayed(), "Exit this page is shown without JavaScript");
      assertEquals(EXIT_URL, exit.getAttribute("href"));

      // The menu is a plain list of links: follow one.
      WebElement glossary =
          driver.findElement(
              By.cssSelector(".govuk-service-navigation__link[href='/glossary.html']"));
      assertTrue(glossary.isDisplayed(), "the menu is shown without JavaScript");
      glossary.click();
      new WebDriverWait(driver, Duration.ofSeconds(10))
          .until(d -> d.getCurrentUrl().endsWith("/glossary.html"));
      assertEquals(
          "glossary", driver.findElement(By.id("main-content")).getAttribute("data-kb-page"));
    }
  }

  @Test
  void atPhoneWidthEveryPageReflowsWithoutSidewaysScrolling() {
    // WCAG 1.4.10 Reflow: readable at 320 CSS pixels wide without scrolling in two directions.
    try (ChromiumBrowser browser = ChromiumBrowser.start()) {
      ChromeDriver driver = browser.driver();
      phoneWidth(driver);
      List<String> problems = new ArrayList<>();
      for (String page : BuiltSite.get().htmlPages()) {
        open(driver, page);
        assertEquals(
            320L,
            driver.executeScript("return document.documentElement.clientWidth"),
            page + ": the emulated screen is 320px wide");
        @SuppressWarnings("unchecked")
        List<String> overflowing = (List<String>) driver.executeScript(WHAT_STICKS_OUT);
        if (!overflowing.isEmpty()) {
          problems.add(
              page + " is wider than 320px because of:\n    " + String.join("\n    ", overflowing));
        }
      }
      assertEquals(List.of(), problems, "pages that scroll sideways at 320px");
    }
  }

  @Test
  void withWiderTextSpacingNoTextIsCutOff() {
    // WCAG 1.4.12 Text spacing: a reader may widen line, paragraph, letter and word spacing
    // (the criterion's own values, as a user style sheet would) and lose nothing.
    String spacing =
        "const css = document.createElement('style'); css.textContent ="
            + " '* { line-height: 1.5 !important; letter-spacing: 0.12em !important;"
            + " word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';"
            + " document.head.appendChild(css);";
    try (ChromiumBrowser browser = ChromiumBrowser.start()) {
      ChromeDriver driver = browser.driver();
      phoneWidth(driver);
      List<String> problems = new ArrayList<>();
      for (String page : BuiltSite.get().htmlPages()) {
        open(driver, page);
        driver.executeScript(spacing);
        @SuppressWarnings("unchecked")
        List<String> cut =
            (List<String>)
                driver.executeScript(
                    "const out = (() => { "
                        + WHAT_STICKS_OUT
                        + " })();"
                        + " for (const e of document.body.querySelectorAll('*')) {"
                        + " const s = getComputedStyle(e);"
                        + " if (!e.checkVisibility() || e.clientWidth <= 1 || e.clientHeight <= 1)"
                        + " continue;"
                        + " const clips = v => v === 'hidden' || v === 'clip';"
                        + " if ((clips(s.overflowX) && e.scrollWidth > e.clientWidth + 1)"
                        + " || (clips(s.overflowY) && e.scrollHeight > e.clientHeight + 1))"
                        + " out.push(e.outerHTML.slice(0, 160)); }"
                        + " return out;");
        if (!cut.isEmpty()) {
          problems.add(page + ":\n    " + String.join("\n    ", cut));
        }
      }
      assertEquals(
          List.of(), problems, "text cut off or pushed off screen by wider text spacing at 320px");
    }
  }

  @Test
  void atPhoneWidthTheMenuOpensAndPassesAxe() {
    try (ChromiumBrowser browser = ChromiumBrowser.start()) {
      ChromeDriver driver = browser.driver();
      phoneWidth(driver);
      String page = firstThemePage();
      open(driver, page);
      WebElement toggle = driver.findElement(By.cssSelector(".govuk-service-navigation__toggle"));
      WebElement menu = driver.findElement(By.id("navigation"));
      assertTrue(toggle.isDisplayed(), "the Menu button is shown on a phone");
      assertFalse(menu.isDisplayed(), "the menu starts closed on a phone");
      toggle.click();
      assertTrue(menu.isDisplayed(), "the menu opens");
      assertEquals("true", toggle.getAttribute("aria-expanded"));
      List<Rule> violations = axe(driver, page);
      assertEquals(
          "",
          violations.stream().map(AccessibilityIT::describe).collect(Collectors.joining("\n")),
          page + " at phone width, menu open");
    }
  }

  @Test
  void withoutJavaScriptPagesStillPassAxe() {
    // Without JavaScript a page takes its other shape (the menu is a plain list, Exit this page
    // a plain link). axe needs JavaScript itself, so instead of switching it off, the browser is
    // refused the site's scripts: the page then renders exactly as it does without JavaScript.
    try (ChromiumBrowser browser = ChromiumBrowser.start()) {
      ChromeDriver driver = browser.driver();
      driver.executeCdpCommand("Network.enable", Map.of());
      driver.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("*.js")));
      List<String> problems = new ArrayList<>();
      for (String page : List.of("index.html", firstThemePage(), "glossary.html")) {
        open(driver, page);
        assertFalse(
            driver.findElement(By.tagName("body")).getAttribute("class").contains("js-enabled"),
            page + ": the site's scripts ran");
        List<Rule> violations = axe(driver, page);
        if (!violations.isEmpty()) {
          problems.add(
              page
                  + " without JavaScript:\n"
                  + violations.stream()
                      .map(AccessibilityIT::describe)
                      .collect(Collectors.joining("\n")));
        }
      }
      assertEquals(List.of(), problems, "accessibility violations without JavaScript");
    }
  }

  @Test
  void aPrintedThemeHidesNavigationAndShowsLinkAddresses() {
    List<String> themes = themePages();
    try (ChromiumBrowser browser = ChromiumBrowser.start()) {
      ChromeDriver driver = browser.driver();
      driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
      List<String> problems = new ArrayList<>();
      boolean linksInText = false;
      for (String theme : themes) {
        open(driver, theme);
        assertEquals(
            true,
            driver.executeScript("return matchMedia('print').matches"),
            theme + ": print media is emulated");
        for (String selector :
            List.of(
                ".govuk-service-navigation",
                ".kb-search-bar",
                ".govuk-exit-this-page",
                ".govuk-breadcrumbs",
                ".kb-contents",
                ".govuk-skip-link")) {
          Object display =
              driver.executeScript(
                  "const e = document.querySelector(arguments[0]);"
                      + " return e && getComputedStyle(e).display;",
                  selector);
          if (display != null && !"none".equals(display)) {
            problems.add(theme + ": " + selector + " prints (display: " + display + ")");
          }
        }
        // Every outside link on paper shows its address: after the link (::after), as the
        // link's own text, or in its item's printed address line (a resource's .kb-url).
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> links =
            (List<Map<String, Object>>)
                driver.executeScript(
                    "return [...document.querySelectorAll("
                        + "'main a[href^=\"http\"], main a[href^=\"mailto:\"]')]"
                        + ".filter(a => a.checkVisibility())"
                        + ".map(a => { const item = a.closest('.kb-item');"
                        + " const line = item && item.querySelector('.kb-url');"
                        + " return {href: a.getAttribute('href'),"
                        + " inText: a.closest('.kb-item__text') !== null,"
                        + " shown: getComputedStyle(a, '::after').content + ' ' + a.textContent"
                        + " + ' ' + (line ? line.textContent : '')}; })");
        for (Map<String, Object> link : links) {
          String address = ((String) link.get("href")).replaceFirst("^mailto:", "");
          linksInText |= Boolean.TRUE.equals(link.get("inText"));
          if (!((String) link.get("shown")).contains(address)) {
            problems.add(theme + ": " + link.get("href") + " prints only as: " + link.get("shown"));
          }
        }
      }
      assertTrue(linksInText, "no theme links out from an item's text: nothing was checked");
      assertEquals(List.of(), problems, "printed themes");
    }
  }

  private static List<Rule> axe(WebDriver driver, String page) {
    Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(driver);
    if (results.isErrored()) {
      fail(page + ": axe-core did not run: " + results.getErrorMessage());
    }
    return results.getViolations();
  }

  private static void open(WebDriver driver, String page) {
    driver.get(server.origin() + "/" + page);
  }

  private static WebElement exitButton(WebDriver driver, String page) {
    List<WebElement> buttons =
        driver.findElements(
            By.cssSelector("[data-module=govuk-exit-this-page] a.govuk-exit-this-page__button"));
    assertEquals(1, buttons.size(), page + ": Exit this page buttons");
    return buttons.get(0);
  }

  /** Emulates a 320 CSS pixel wide phone screen, the width WCAG's reflow criterion names. */
  private static void phoneWidth(ChromeDriver driver) {
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", 320, "height", 640, "deviceScaleFactor", 2, "mobile", true));
  }

  private static void pressShift(WebDriver driver) {
    new Actions(driver).keyDown(Keys.SHIFT).keyUp(Keys.SHIFT).perform();
  }

  /**
   * Waits for the browser to head for {@code url}. No other host resolves in the test browser, so
   * the request fails before it leaves the machine; the address bar still shows where the user was
   * sent.
   */
  private static void assertLeftFor(String url, WebDriver driver) {
    try {
      new WebDriverWait(driver, Duration.ofSeconds(10))
          .until(d -> d.getCurrentUrl().startsWith(url));
    } catch (org.openqa.selenium.TimeoutException e) {
      fail("expected the browser to go to " + url + ", it is at " + driver.getCurrentUrl());
    }
  }

  /**
   * On a shared computer, Back after Exit this page must not show the page that was left: the exit
   * replaces its history entry, so Back goes to the page before it.
   */
  private static void assertBackDoesNotReturnToThePageLeft(WebDriver driver) {
    driver.navigate().back();
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(d -> !d.getCurrentUrl().startsWith(EXIT_URL));
    assertEquals(
        server.origin() + "/index.html", driver.getCurrentUrl(), "Back after Exit this page");
  }

  private static boolean isLocal(String url) {
    return url.startsWith(server.origin() + "/");
  }

  /** Whether fetching {@code url} would go over the network (data:, blob:, chrome: do not). */
  private static boolean isNetwork(String url) {
    String scheme = url.substring(0, Math.max(0, url.indexOf(':'))).toLowerCase(Locale.ROOT);
    return Set.of("http", "https", "ws", "wss", "ftp").contains(scheme) || url.startsWith("//");
  }

  /** The URLs of every request the browser attempted since the log was last read. */
  @SuppressWarnings("unchecked")
  private static List<String> requestedUrls(ChromeDriver driver) {
    List<String> urls = new ArrayList<>();
    Json json = new Json();
    for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
      Map<String, Object> parsed = json.toType(entry.getMessage(), Json.MAP_TYPE);
      Map<String, Object> message = (Map<String, Object>) parsed.get("message");
      if ("Network.requestWillBeSent".equals(message.get("method"))) {
        Map<String, Object> params = (Map<String, Object>) message.get("params");
        urls.add((String) ((Map<String, Object>) params.get("request")).get("url"));
      }
    }
    return urls;
  }

  /** A numbered theme (under themes/), the kind of page practitioners read most. */
  private static String firstThemePage() {
    List<String> themes = themePages();
    return themes.stream().filter(p -> p.startsWith("themes/")).findFirst().orElse(themes.get(0));
  }

  /** Every theme page, found by its {@code data-kb-page}, not by a list kept here. */
  private static List<String> themePages() {
    List<String> themes =
        BuiltSite.get().htmlPages().stream()
            .filter(p -> BuiltSite.get().page(p).selectFirst("main[data-kb-page=theme]") != null)
            .collect(Collectors.toList());
    assertFalse(themes.isEmpty(), "no theme pages in the built site");
    return themes;
  }

  private static String describe(Rule rule) {
    StringBuilder out = new StringBuilder();
    out.append("  [")
        .append(rule.getImpact())
        .append("] ")
        .append(rule.getId())
        .append(": ")
        .append(rule.getHelp())
        .append(" (")
        .append(rule.getHelpUrl())
        .append(")");
    for (CheckedNode node : rule.getNodes()) {
      out.append("\n    at ").append(node.getTarget()).append(": ").append(node.getHtml());
      if (node.getFailureSummary() != null) {
        out.append("\n      ").append(node.getFailureSummary().replace("\n", "\n      "));
      }
    }
    return out.toString();
  }

  /**
   * The built site over HTTP on a random loopback port, as a static host would serve it: folders
   * serve their index.html, unknown paths get 404.html with status 404.
   */
  static final class SiteServer implements AutoCloseable {
    private static final Map<String, String> TYPES =
        Map.of(
            "html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "mjs", "text/javascript; charset=utf-8",
            "svg", "image/svg+xml",
            "xml", "application/xml; charset=utf-8",
            "txt", "text/plain; charset=utf-8",
            "json", "application/json",
            "png", "image/png",
            "ico", "image/x-icon");

    private final HttpServer http;
    private final ExecutorService threads;
    private final Path root;
    private final String contentSecurityPolicy;

    private SiteServer(
        HttpServer http, ExecutorService threads, Path root, String contentSecurityPolicy) {
      this.http = http;
      this.threads = threads;
      this.root = root;
      this.contentSecurityPolicy = contentSecurityPolicy;
    }

    static SiteServer start(Path root) throws IOException {
      return start(root, null);
    }

    /** Serves {@code root}, sending {@code contentSecurityPolicy} with every response if given. */
    static SiteServer start(Path root, String contentSecurityPolicy) throws IOException {
      HttpServer http =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      // A browser fetches a page's assets in parallel: serve them in parallel too.
      ExecutorService threads = Executors.newCachedThreadPool();
      SiteServer server =
          new SiteServer(http, threads, root.toAbsolutePath().normalize(), contentSecurityPolicy);
      http.createContext("/", server::serve);
      http.setExecutor(threads);
      http.start();
      return server;
    }

    /** {@code http://127.0.0.1:port}, without a trailing slash. */
    String origin() {
      return "http://"
          + http.getAddress().getAddress().getHostAddress()
          + ":"
          + http.getAddress().getPort();
    }

    private void serve(HttpExchange exchange) throws IOException {
      try (exchange) {
        String path = URI.create(exchange.getRequestURI().getRawPath()).getPath();
        Path file = root.resolve(path.substring(1)).normalize();
        if (Files.isDirectory(file)) {
          file = file.resolve("index.html");
        }
        int status = 200;
        if (!file.startsWith(root) || !Files.isRegularFile(file)) {
          status = 404;
          file = root.resolve("404.html");
        }
        byte[] body = Files.isRegularFile(file) ? Files.readAllBytes(file) : new byte[0];
        String name = file.getFileName().toString();
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        exchange
            .getResponseHeaders()
            .set("Content-Type", TYPES.getOrDefault(extension, "application/octet-stream"));
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        if (contentSecurityPolicy != null) {
          exchange.getResponseHeaders().set("Content-Security-Policy", contentSecurityPolicy);
        }
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        }
      }
    }

    @Override
    public void close() {
      http.stop(0);
      threads.shutdownNow();
    }
  }
}
