package org.dhrkb.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The built site from the real content: pages, items, permalinks and links a reader relies on. */
class SitePagesIT {
  private static final List<String> KINDS =
      List.of(
          "introduction",
          "lesson",
          "national-action",
          "local-suggestion",
          "resource",
          "reference",
          "glossary-entry");
  private static final List<String> THEMES =
      List.of(
          "awareness-raising",
          "healthcare-professionals",
          "risk-assessment",
          "information-sharing",
          "complex-needs",
          "perpetrators-and-bail",
          "safeguarding-children");

  private static BuiltSite site;

  /** Every item element in the site, by id. */
  private static Map<String, Element> items;

  /** Every id in the site, by page. */
  private static Map<String, Set<String>> idsByPage;

  @BeforeAll
  static void build() {
    site = BuiltSite.get();
    items = new HashMap<>();
    idsByPage = new HashMap<>();
    for (String page : site.htmlPages()) {
      Document doc = site.page(page);
      idsByPage.put(page, doc.select("[id]").stream().map(Element::id).collect(Collectors.toSet()));
      for (Element item : doc.select("[data-kb-kind]")) {
        Element previous = items.put(item.id(), item);
        assertTrue(previous == null, "item id '" + item.id() + "' appears twice (" + page + ")");
      }
    }
  }

  @Test
  void publishesEveryKindOfItemWithIdTitleAndKind() {
    Set<String> kinds = new HashSet<>();
    for (Element item : items.values()) {
      assertTrue(item.id().matches("[a-z0-9]+(-[a-z0-9]+)*"), "bad id: " + item.id());
      assertTrue(KINDS.contains(item.attr("data-kb-kind")), "bad kind on " + item.id());
      assertFalse(item.attr("data-kb-title").isBlank(), "no title on " + item.id());
      assertTrue(item.hasAttr("data-kb-audiences"), "no audiences on " + item.id());
      if (!List.of("glossary-entry", "introduction").contains(item.attr("data-kb-kind"))) {
        assertTrue(
            THEMES.contains(item.attr("data-kb-theme"))
                || item.attr("data-kb-theme").equals("further-advice"),
            "theme of " + item.id());
        assertFalse(item.attr("data-kb-theme-title").isBlank(), "theme title of " + item.id());
      }
      assertNotNull(item.selectFirst(".kb-item__text"), "no text element in " + item.id());
      kinds.add(item.attr("data-kb-kind"));
    }
    assertEquals(Set.copyOf(KINDS), kinds);
  }

  @Test
  void rendersEveryItemWithAVisibleLinkToItself() {
    for (Element item : items.values()) {
      if (item.attr("data-kb-kind").equals("reference")) {
        continue;
      }
      Element permalink = item.selectFirst("a.kb-item__permalink");
      assertNotNull(permalink, "no 'link to this' on " + item.id());
      assertEquals("#" + item.id(), permalink.attr("href"));
      assertTrue(permalink.text().startsWith("Link to this"), permalink.text());
    }
  }

  @Test
  void everyAudienceOfAnItemHasItsPage() {
    for (Element item : items.values()) {
      for (String audience : item.attr("data-kb-audiences").split(" ")) {
        if (!audience.isEmpty()) {
          assertTrue(
              Files.exists(site.dir().resolve("audiences/" + audience + ".html")),
              item.id() + " names audience " + audience + " with no page");
        }
      }
    }
  }

  @Test
  void themePagesHaveContentsBreadcrumbsAndPreviousNext() {
    for (int i = 0; i < THEMES.size(); i++) {
      Document page = site.page("themes/" + THEMES.get(i) + ".html");
      assertEquals("Theme " + (i + 1) + " of 7", page.expectFirst(".govuk-caption-l").text());
      assertEquals("Home", page.expectFirst(".govuk-breadcrumbs__link").text());
      for (Element link : page.select(".kb-contents a")) {
        assertNotNull(page.getElementById(link.attr("href").substring(1)), link.attr("href"));
      }
      assertEquals(i > 0, page.selectFirst("a[rel=prev]") != null, THEMES.get(i));
      assertEquals(i < THEMES.size() - 1, page.selectFirst("a[rel=next]") != null, THEMES.get(i));
      if (i > 0) {
        assertEquals(
            "/themes/" + THEMES.get(i - 1) + ".html", page.expectFirst("a[rel=prev]").attr("href"));
      }
      assertEquals(1, page.select("[data-kb-kind=lesson]").size(), THEMES.get(i));
      assertFalse(page.select("[data-kb-kind=national-action]").isEmpty(), THEMES.get(i));
      assertFalse(page.select("[data-kb-kind=local-suggestion]").isEmpty(), THEMES.get(i));
    }
  }

  @Test
  void audiencePagesListEveryItemForThatAudienceLinkingToItsPermalink() {
    Elements audiencePages = new Elements();
    for (String page : site.htmlPages()) {
      if (page.startsWith("audiences/")) {
        Document doc = site.page(page);
        String audience = doc.expectFirst("main").attr("data-kb-audience");
        assertEquals("audiences/" + audience + ".html", page);
        assertFalse(doc.expectFirst("main").attr("data-kb-audience-label").isBlank());
        Set<String> listed =
            doc.select(".kb-listing__title a").stream()
                .map(a -> a.attr("href"))
                .collect(Collectors.toSet());
        Set<String> expected =
            items.values().stream()
                .filter(i -> !i.attr("data-kb-kind").equals("reference"))
                .filter(i -> List.of(i.attr("data-kb-audiences").split(" ")).contains(audience))
                .map(i -> "/" + permalink(i))
                .collect(Collectors.toSet());
        assertFalse(expected.isEmpty(), "no items for " + audience);
        assertEquals(expected, listed, "items listed on " + page);
        assertTrue(doc.select("[data-kb-kind]").isEmpty(), page + " must not re-publish items");
        audiencePages.add(doc.expectFirst("h1"));
      }
    }
    assertEquals(10, audiencePages.size());
  }

  @Test
  void theRolesNamedOnTheHomePageLeadToTheirOwnPages() {
    Document home = site.page("index.html");
    Map<String, String> links = new java.util.LinkedHashMap<>();
    for (Element a : home.expectFirst(".kb-home__roles").select("a")) {
      links.put(a.text(), a.attr("href"));
    }
    // Not to the glossary's definition of the acronym: a GP who taps "GPs" wants the GPs' page.
    assertEquals(
        Map.of(
            "For your role", "/roles.html",
            "GPs", "/audiences/health.html",
            "police", "/audiences/police.html",
            "IDVAs", "/audiences/idva.html",
            "MARACs", "/audiences/marac.html",
            "community safety", "/audiences/community-safety.html"),
        links);
    for (String href : links.values()) {
      assertTrue(Files.exists(site.dir().resolve(href.substring(1))), href);
    }
  }

  @Test
  void homePublishesThe2013IntroductionAsFourItemsInOrderBelowTheThemes() {
    Document home = site.page("index.html");
    Elements intro = home.select("main [data-kb-kind=introduction]");
    assertEquals(
        List.of(
            "intro-statutory-basis",
            "intro-reviews-received",
            "intro-common-themes",
            "intro-national-and-local"),
        intro.stream().map(Element::id).toList());
    for (Element paragraph : intro) {
      assertFalse(paragraph.attr("data-kb-title").isBlank(), paragraph.id());
      assertTrue(
          paragraph.expectFirst(".kb-item__text").text().length() > 100
              || paragraph.id().equals("intro-national-and-local"),
          paragraph.id());
    }
    assertTrue(
        intro.first().expectFirst(".kb-item__text").text().startsWith("In April 2011, the"),
        intro.first().text());
    Element themes = home.expectFirst("#themes");
    assertTrue(
        themes.siblingIndex() < home.expectFirst(".kb-theme-list").siblingIndex(), "themes list");
    assertTrue(
        home.select("*").indexOf(home.expectFirst(".kb-theme-list"))
            < home.select("*").indexOf(intro.first()),
        "the themes come before the introduction");
    assertEquals(
        List.of(
            "/themes/awareness-raising.html",
            "/themes/healthcare-professionals.html",
            "/themes/risk-assessment.html",
            "/themes/information-sharing.html",
            "/themes/complex-needs.html",
            "/themes/perpetrators-and-bail.html",
            "/themes/safeguarding-children.html"),
        home.select(".kb-theme-list a").eachAttr("href"));
  }

  @Test
  void everyThemeRoleAndGlossaryPageSaysWhenItWasPublishedAndLastUpdated() {
    List<String> pages = new ArrayList<>(List.of("glossary.html"));
    THEMES.forEach(t -> pages.add("themes/" + t + ".html"));
    site.htmlPages().stream().filter(p -> p.startsWith("audiences/")).forEach(pages::add);
    assertEquals(1 + 7 + 10, pages.size());
    // The newest update: the latest date, and on the same day the file named last.
    String latest =
        site.htmlPages().stream()
            .filter(p -> p.startsWith("updates/"))
            .max(String::compareTo)
            .orElseThrow();
    Document update = site.page(latest);
    for (String name : pages) {
      Document page = site.page(name);
      assertEquals(
          "Published November 2013 by the Home Office",
          page.expectFirst(".kb-dates__published").text(),
          name);
      Element updated = page.expectFirst(".kb-dates__updated");
      assertEquals(
          update.expectFirst("time").attr("datetime"),
          updated.expectFirst("time").attr("datetime"),
          name);
      assertTrue(updated.text().startsWith("Last updated 29 November 2026: "), updated.text());
      assertEquals("/" + latest, updated.expectFirst("a").attr("href"), name);
      assertEquals(update.expectFirst("h1").text(), updated.expectFirst("a").text(), name);
    }
  }

  @Test
  void nationalActionsWrittenAsPlansAreMarkedPlannedIn2013() {
    Document health = site.page("themes/healthcare-professionals.html");
    Element tools = health.expectFirst("#health-national-health-visitor-tools");
    assertTrue(tools.text().contains("expected to be launched in 2015"), tools.text());
    assertEquals("Planned in 2013", tools.expectFirst(".kb-item__planned .govuk-tag").text());
    Element guidance = health.expectFirst("#health-national-health-visiting-guidance");
    assertTrue(guidance.select(".kb-item__planned").isEmpty(), guidance.text());
    Element nice = health.expectFirst("#health-national-nice-guidelines");
    assertNotNull(nice.selectFirst(".kb-item__planned"), "NICE guidance 'expected in 2014'");
    assertTrue(nice.expectFirst(".kb-item__since").text().contains("PH50"), nice.text());
    assertFalse(
        items.values().stream().anyMatch(i -> i.select(".kb-as-of").text().contains("checked")),
        "no note says 'checked' while no link check runs");
  }

  @Test
  void themePagesOpenWithWhatYouCanDoBeforeTheLesson() {
    for (String theme : THEMES) {
      Document page = site.page("themes/" + theme + ".html");
      Element todo = page.expectFirst("section.kb-todo");
      assertEquals("What you can do", todo.expectFirst("h2").text());
      List<String> local =
          page.select("[data-kb-kind=local-suggestion]").stream().map(e -> "#" + e.id()).toList();
      assertEquals(local, todo.select("li > a").eachAttr("href"), theme);
      List<Element> all = page.select("*");
      assertTrue(
          all.indexOf(todo) < all.indexOf(page.expectFirst("[data-kb-kind=lesson]")),
          theme + ": what to do comes before what went wrong");
    }
  }

  @Test
  void idvaPageHoldsTheInformationSharingLessonAboutConsent() {
    Document idva = site.page("audiences/idva.html");
    Element lessons = idva.expectFirst("section:has(#kind-lesson)");
    assertEquals("What went wrong", lessons.expectFirst("h2").text());
    Element sharing =
        lessons.expectFirst(
            ".kb-listing__title a[href=/themes/information-sharing.html#sharing-lesson]");
    assertEquals("Agencies did not share what they knew about risk", sharing.text());
    assertTrue(
        sharing.closest(".kb-listing").text().contains("preferably with victim consent"),
        "the consent lesson is shown in full");
  }

  @Test
  void communitySafetyPageHoldsEveryLocalSuggestion() {
    Document page = site.page("audiences/community-safety.html");
    List<String> local =
        items.values().stream()
            .filter(i -> i.attr("data-kb-kind").equals("local-suggestion"))
            .map(i -> "/" + permalink(i))
            .sorted()
            .toList();
    assertEquals(21, local.size());
    Element section = page.expectFirst("section:has(#kind-local-suggestion)");
    assertEquals("What you can do locally", section.expectFirst("h2").text());
    assertEquals(
        local, section.select(".kb-listing__title a").eachAttr("href").stream().sorted().toList());
  }

  @Test
  void rolePagesGroupTheirItemsByKindInTheOrderAReaderActs() {
    List<String> order =
        List.of(
            "What went wrong",
            "What is being done nationally",
            "What you can do locally",
            "Resources");
    for (String name : site.htmlPages()) {
      if (!name.startsWith("audiences/")) {
        continue;
      }
      Document page = site.page(name);
      List<String> headings = page.select("main section > h2").eachText();
      assertFalse(headings.isEmpty(), name);
      assertEquals(order.stream().filter(headings::contains).toList(), headings, name);
      for (Element section : page.select("main section")) {
        String kind = section.expectFirst("h2").id().substring("kind-".length());
        for (Element listing : section.select(".kb-listing")) {
          String href = listing.expectFirst(".kb-listing__title a").attr("href");
          Element item = items.get(href.substring(href.indexOf('#') + 1));
          assertEquals(kind, item.attr("data-kb-kind"), name + ": " + href);
        }
      }
      Element nav = page.expectFirst(".govuk-service-navigation__item--active a");
      assertEquals("/roles.html", nav.attr("href"), name + " highlights For your role");
    }
    Document roles = site.page("roles.html");
    assertEquals("For your role", roles.expectFirst("h1").text());
    assertEquals(10, roles.select("main .kb-audience-list a[href^=/audiences/]").size());
    assertEquals(
        "/roles.html", roles.expectFirst(".govuk-service-navigation__item--active a").attr("href"));
  }

  @Test
  void everyPageLinksToGetHelpNowAndSaysItIsNotAGovernmentService() {
    for (String name : site.htmlPages()) {
      Document page = site.page(name);
      assertEquals(
          "/get-help.html",
          page.expectFirst("header a.kb-header__help-link:containsOwn(Get help now)").attr("href"),
          name);
      assertEquals(
          "An independent knowledge base of the Home Office's 2013 lessons: not a government"
              + " service",
          page.expectFirst(".govuk-phase-banner__text").text(),
          name);
    }
    Document help = site.page("get-help.html");
    Element main = help.expectFirst("main");
    for (String tel : List.of("tel:999", "tel:08082000247", "tel:08088010327", "tel:08088024040")) {
      assertNotNull(main.selectFirst("a[href=" + tel + "]"), tel);
    }
    String text = main.text();
    assertTrue(text.contains("National Domestic Abuse Helpline: 0808 2000 247, free, 24 hours"));
    assertTrue(text.contains("press 55"), text);
    assertTrue(text.contains("Men's Advice Line"), text);
    assertTrue(text.contains("Respect phone line"), text);
    assertEquals(
        "2026-11-29", main.expectFirst(".kb-confirmed time").attr("datetime"), "last confirmed");
    assertTrue(main.expectFirst(".kb-confirmed").text().startsWith("Last confirmed 29 November"));
  }

  @Test
  void marksTheFirstUseOfEachAcronymPerPageLinkedToTheGlossary() {
    Document page = site.page("themes/risk-assessment.html");
    Elements marac = page.select("a.kb-abbr abbr:containsOwn(MARAC)");
    assertEquals(1, marac.size(), "MARAC marked once on the page");
    assertEquals("Multi-Agency Risk Assessment Conference", marac.first().attr("title"));
    String href = marac.first().parent().attr("href");
    assertTrue(href.startsWith("/glossary.html#"), href);
    assertNotNull(site.page("glossary.html").getElementById(href.substring(href.indexOf('#') + 1)));
  }

  @Test
  void glossaryDefinesEveryAcronymWithItsExpansionAndTodaysName() {
    Document glossary = site.page("glossary.html");
    for (String term :
        List.of(
            "MARAC", "IDVA", "DASH", "CAADA", "IRIS", "NICE", "RCGP", "MAPPA", "NOMS", "CPS",
            "OFFLOC", "PCC", "HMIC", "HSCIC", "PND", "MASH", "IESD", "VAWG", "AVA")) {
      Element entry =
          glossary.selectFirst("[data-kb-kind=glossary-entry][data-kb-term=" + term + "]");
      assertNotNull(entry, "glossary entry for " + term);
      assertFalse(entry.attr("data-kb-expansion").isBlank(), "expansion of " + term);
    }
    Element caada = glossary.expectFirst("[data-kb-term=CAADA]");
    assertTrue(caada.expectFirst(".kb-item__since").text().contains("SafeLives"), caada.text());
  }

  @Test
  void resourcesPageGroupsEveryResourceByThemeAndByOrganisation() {
    Document page = site.page("resources.html");
    List<Element> resources =
        items.values().stream().filter(i -> i.attr("data-kb-kind").equals("resource")).toList();
    assertTrue(resources.size() >= 15, "resources: " + resources.size());
    Element byTheme = page.expectFirst("#by-theme");
    Element byOrg = page.expectFirst("#by-organisation");
    for (Element r : resources) {
      String href = r.expectFirst(".kb-item__title a").attr("href");
      long sharing =
          resources.stream()
              .filter(o -> o.expectFirst(".kb-item__title a").attr("href").equals(href))
              .count();
      Elements links = page.select("a[href=" + cssString(href) + "]");
      assertEquals(2 * sharing, links.size(), "listed by theme and by organisation: " + href);
      assertTrue(
          page.select("a[href=" + cssString("/" + permalink(r)) + "]").size() >= 2,
          "resources page links back to " + r.id());
    }
    assertTrue(byOrg.elementSiblingIndex() > byTheme.elementSiblingIndex());
    assertTrue(page.text().contains("SafeLives"), "CAADA's current name shown");
  }

  @Test
  void aboutPageCarriesTheOpenGovernmentLicenceAttribution() {
    Document about = site.page("about.html");
    assertTrue(about.text().contains("Open Government Licence v3.0"), about.text());
    assertNotNull(
        about.selectFirst(
            "main a[href=https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/]"));
    assertTrue(about.text().contains("November 2013"));
  }

  @Test
  void everyPageHasExitThisPageAndNoInlineScriptsOrThirdPartyResources() {
    for (String name : site.htmlPages()) {
      Document page = site.page(name);
      Element exit = page.expectFirst(".govuk-exit-this-page a.govuk-exit-this-page__button");
      assertEquals("https://www.bbc.co.uk/weather", exit.attr("href"));
      for (Element script : page.select("script")) {
        assertTrue(script.data().isBlank(), name + " has an inline script");
        assertTrue(script.attr("src").startsWith("/"), name + " loads " + script.attr("src"));
      }
      for (Element e : page.select("link[href], img[src], iframe, source")) {
        String url = e.hasAttr("src") ? e.attr("src") : e.attr("href");
        assertTrue(
            url.startsWith("/") || e.normalName().equals("link") && isNavigationLink(e),
            name + " loads " + url);
      }
      assertTrue(page.select("[style], [onclick], [onload]").isEmpty(), name + " inline style");
      assertNotNull(page.selectFirst("form[role=search][action=/search] input[name=q]"), name);
    }
  }

  @Test
  void everyInternalLinkLeadsToAPageAndAnIdThatExist() {
    List<String> broken = new ArrayList<>();
    for (String name : site.htmlPages()) {
      for (Element a : site.page(name).select("a[href]")) {
        String href = a.attr("href");
        if (href.matches("(?i)(https?|mailto|tel):.*")
            || href.startsWith("/search")
            || href.startsWith("/api/")) {
          continue;
        }
        int hash = href.indexOf('#');
        String path = hash >= 0 ? href.substring(0, hash) : href;
        String fragment = hash >= 0 ? href.substring(hash + 1) : "";
        String target = path.isEmpty() ? name : resolve(name, path);
        if (!Files.isRegularFile(site.dir().resolve(target))) {
          broken.add(name + ": " + href + " (no file " + target + ")");
        } else if (!fragment.isEmpty()
            && target.endsWith(".html")
            && !idsByPage.get(target).contains(fragment)) {
          broken.add(name + ": " + href + " (no id " + fragment + ")");
        }
      }
    }
    assertEquals(List.of(), broken);
  }

  @Test
  void publishesNotFoundPageRobotsAndAFeedThatClaimsNoAddress() throws IOException {
    assertEquals("Page not found", site.page("404.html").expectFirst("h1").text());
    String robots = Files.readString(site.dir().resolve("robots.txt"));
    assertTrue(robots.contains("User-agent: *"), robots);
    // Built without --base-url, the site cannot know its address: a sitemap would have to
    // invent one (SubPathIT checks the sitemap of a build with one).
    assertFalse(Files.exists(site.dir().resolve("sitemap.xml")), "no sitemap without a base URL");
    String feedText = Files.readString(site.dir().resolve("feed.xml"), StandardCharsets.UTF_8);
    assertFalse(feedText.contains("localhost"), "the feed names no host it is not on");
    Document feed = Jsoup.parse(feedText, "", Parser.xmlParser());
    assertEquals("http://www.w3.org/2005/Atom", feed.expectFirst("feed").attr("xmlns"));
    assertFalse(feed.select("feed > entry > title").isEmpty(), "the feed has an entry");
    for (Element link : feed.select("link")) {
      assertTrue(
          Files.exists(site.dir().resolve(link.attr("href").replaceFirst("^\\./$", "index.html"))),
          "feed link " + link.attr("href") + " resolves in the site");
    }
    assertTrue(Files.exists(site.dir().resolve("css/site.css")));
    assertTrue(Files.exists(site.dir().resolve("js/govuk-frontend.min.js")));
  }

  @Test
  void theStylesheetIsGovukFrontendWithoutItsFontOrCrown() throws IOException {
    String css = Files.readString(site.dir().resolve("css/site.css"));
    assertTrue(css.contains(".govuk-exit-this-page"), "GOV.UK Frontend compiled in");
    assertFalse(css.contains("GDS Transport"), "not the GOV.UK typeface");
    assertFalse(css.contains("@font-face"), "no web font to fetch");
    assertTrue(css.contains("system-ui"), "our font stack");
    for (String name : site.htmlPages()) {
      assertTrue(
          site.page(name).select("svg.govuk-header__logotype, .govuk-logo-dot").isEmpty(),
          name + " shows the crown");
    }
  }

  private static String permalink(Element item) {
    String page = item.ownerDocument().location().replace("http://localhost/", "");
    return page + "#" + item.id();
  }

  private static String resolve(String from, String path) {
    if (path.startsWith("/")) {
      String p = path.substring(1);
      return p.isEmpty() || p.endsWith("/") ? p + "index.html" : p;
    }
    Path base = Path.of(from).getParent();
    return (base == null ? Path.of(path) : base.resolve(path))
        .normalize()
        .toString()
        .replace('\\', '/');
  }

  private static boolean isNavigationLink(Element link) {
    String rel = link.attr("rel");
    return rel.equals("license") || rel.equals("alternate") && link.attr("href").startsWith("/");
  }

  private static String cssString(String value) {
    return "\"" + value.replace("\"", "\\\"") + "\"";
  }
}
