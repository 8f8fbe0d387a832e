<#ftl output_format="HTML" strip_whitespace=true>
<#-- The one look of the site: every page is <@layout.page …>…</@layout.page>. -->
<#assign siteTitle = (config.site_title)!"Lessons from domestic homicide reviews">
<#global kb = "org.dhrkb.generator.bake.KnowledgeBaseModel"?new()>

<#macro page title kind description="" breadcrumbs=[] extraMain={}>
<!DOCTYPE html>
<html lang="en-GB" class="govuk-template">
<head>
  <meta charset="utf-8">
  <title>${title}<#if title != siteTitle> – ${siteTitle}</#if></title>
  <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
  <meta name="referrer" content="no-referrer">
  <meta name="theme-color" content="#0b0c0c">
  <#if description?has_content><meta name="description" content="${description}"></#if>
  <link rel="icon" href="/favicon.svg" type="image/svg+xml">
  <link rel="stylesheet" href="/css/site.css">
  <link rel="alternate" type="application/atom+xml" href="/feed.xml" title="Updates to ${siteTitle}">
  <link rel="search" type="application/opensearchdescription+xml" href="/opensearch.xml" title="${siteTitle}">
  <script type="module" src="/js/kb.js"></script>
  <script type="module" src="/js/search-suggest.js"></script>
  <script type="module" src="/js/copy-link.js"></script>
  <script type="module" src="/js/report-problem.js"></script>
</head>
<body class="govuk-template__body">
  <script src="/js/enable.js"></script>
  <a href="#main-content" class="govuk-skip-link" data-module="govuk-skip-link">Skip to main content</a>

  <header class="govuk-header kb-header" data-module="govuk-header">
    <div class="govuk-header__container govuk-width-container">
      <div class="govuk-header__logo kb-header__logo">
        <a href="/" class="govuk-header__link govuk-header__link--homepage kb-header__title">${siteTitle}</a>
      </div>
      <div class="kb-header__help">
        <a class="govuk-header__link kb-header__help-link" href="/get-help.html">Get help now</a>
      </div>
    </div>
  </header>
  <section aria-label="Site menu" class="govuk-service-navigation" data-module="govuk-service-navigation">
    <div class="govuk-width-container">
      <div class="govuk-service-navigation__container">
        <nav aria-label="Menu" class="govuk-service-navigation__wrapper">
          <button type="button" class="govuk-service-navigation__toggle govuk-js-service-navigation-toggle" aria-controls="navigation" hidden>Menu</button>
          <ul class="govuk-service-navigation__list" id="navigation">
            <@navItem "/" "Themes" kind == "home" || kind == "theme"/>
            <@navItem "/roles.html" "For your role" kind == "audience" || kind == "roles"/>
            <@navItem "/resources.html" "Resources" kind == "resources"/>
            <@navItem "/glossary.html" "Glossary" kind == "glossary"/>
            <@navItem "/about.html" "About" kind == "page" && ((content.uri)!"") == "about.html"/>
          </ul>
        </nav>
      </div>
    </div>
  </section>

  <div class="govuk-width-container">
    <div class="govuk-phase-banner kb-phase-banner">
      <p class="govuk-phase-banner__content">
        <strong class="govuk-tag govuk-phase-banner__content__tag">Independent</strong>
        <span class="govuk-phase-banner__text">An independent knowledge base of the Home Office's 2013 lessons: not a government service</span>
      </p>
    </div>
    <div class="kb-search-bar">
      <form action="/search" method="get" role="search" class="kb-search" aria-label="Site">
        <label class="govuk-label kb-search__label" for="kb-search-q">Search the lessons</label>
        <div class="kb-search__row">
          <input class="govuk-input kb-search__input" id="kb-search-q" name="q" type="search" autocomplete="off" spellcheck="true" data-kb-suggest="/api/suggest">
          <button type="submit" class="govuk-button kb-search__button" data-module="govuk-button">Search</button>
        </div>
      </form>
    </div>
    <#if breadcrumbs?has_content>
    <nav class="govuk-breadcrumbs" aria-label="Breadcrumb">
      <ol class="govuk-breadcrumbs__list">
        <#list breadcrumbs as crumb>
        <li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="${crumb.href}">${crumb.text}</a></li>
        </#list>
      </ol>
    </nav>
    </#if>
    <div class="govuk-exit-this-page" data-module="govuk-exit-this-page">
      <a href="https://www.bbc.co.uk/weather" role="button" draggable="false" class="govuk-button govuk-button--warning govuk-exit-this-page__button govuk-js-exit-this-page-button" data-module="govuk-button" rel="nofollow noreferrer"><span class="govuk-visually-hidden">Emergency</span> Exit this page</a>
    </div>
    <main class="govuk-main-wrapper" id="main-content" data-kb-page="${kind}"<#list extraMain as name, value> ${name}="${value}"</#list>>
      <#nested>
    </main>
  </div>

  <footer class="govuk-footer">
    <div class="govuk-width-container">
      <div class="govuk-footer__meta">
        <div class="govuk-footer__meta-item govuk-footer__meta-item--grow">
          <h2 class="govuk-visually-hidden">Support links</h2>
          <ul class="govuk-footer__inline-list">
            <#if (config.report_address)?has_content><li class="govuk-footer__inline-list-item"><@reportProblem title/></li></#if>
            <li class="govuk-footer__inline-list-item"><a class="govuk-footer__link" href="/cover-your-tracks.html">Cover your tracks online</a></li>
            <li class="govuk-footer__inline-list-item"><a class="govuk-footer__link" href="/accessibility.html">Accessibility</a></li>
            <li class="govuk-footer__inline-list-item"><a class="govuk-footer__link" href="/about.html">About and licence</a></li>
            <li class="govuk-footer__inline-list-item"><a class="govuk-footer__link" href="/feed.xml">Updates (Atom feed)</a></li>
          </ul>
          <p class="govuk-footer__licence-description">
            Contains public sector information licensed under the
            <a class="govuk-footer__link" href="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/" rel="license">Open Government Licence v3.0</a>.
            This site sets no cookies and makes no requests to other sites.
          </p>
        </div>
      </div>
    </div>
  </footer>
</body>
</html>
</#macro>

<#-- "Report a problem with this page": to the maintainers' address (report.address in
     jbake.properties), prefilled with the page; report-problem.js adds the item in the address
     bar's #id. A mailto: or the maintainers' own form, never a third party's. -->
<#macro reportProblem pageTitle>
  <#local host = (config.site_host)!"">
  <#local address = config.report_address page = host?has_content?then(host, "/") + ((content.uri)!"")>
  <#if address?starts_with("mailto:")>
    <#local href = address + "?subject=" + ("Problem with the page: " + pageTitle)?url("UTF-8") + "&body=" + ("Page: " + page)?url("UTF-8")>
  <#else>
    <#local href = address + address?contains("?")?then("&", "?") + "page=" + page?url("UTF-8")>
  </#if>
  <a class="govuk-footer__link" href="${href}" data-kb-report="${address?starts_with("mailto:")?then("mailto", "form")}">Report a problem with this page</a><#t>
</#macro>

<#macro navItem href text active>
  <li class="govuk-service-navigation__item<#if active> govuk-service-navigation__item--active</#if>">
    <a class="govuk-service-navigation__link" href="${href}"<#if active> aria-current="true"</#if>><#if active><strong class="govuk-service-navigation__active-fallback">${text}</strong><#else>${text}</#if></a>
  </li>
</#macro>

<#-- One item with its permalink: the element the search server indexes. -->
<#macro item item theme tag="li" headingLevel=3>
  <${tag} class="kb-item kb-item--${item.kind.id}" id="${item.id}" data-kb-kind="${item.kind.id}" data-kb-title="${item.title}" data-kb-theme="${theme.slug}" data-kb-theme-title="${theme.title}" data-kb-audiences="${item.audiencesAttribute}"<#if item.plainWords?has_content> data-kb-plain-words="${item.plainWordsAttribute}"</#if>>
    <h${headingLevel} class="govuk-heading-s kb-item__title">${item.title}</h${headingLevel}>
    <#if item.planned><p class="govuk-body-s kb-item__planned"><strong class="govuk-tag govuk-tag--yellow">Planned in 2013</strong> <span class="kb-item__planned-text">What follows was a plan in November 2013<#if item.since??>; see below for what happened since<#else>; this site has no note yet on what happened since</#if>.</span></p></#if>
    <div class="kb-item__text">${item.html?no_esc}</div>
    <@itemNotes item/>
    <p class="govuk-body-s kb-item__meta">
      <#if item.audiences?has_content>For:
        <#list item.audiences as slug><#assign a = kb.audience(slug)><a class="govuk-link" href="/${a.uri}">${a.label}</a><#sep>, </#list>.
      </#if>
      <a class="govuk-link kb-item__permalink" href="#${item.id}">Link to this ${item.kind.label?lower_case}<span class="govuk-visually-hidden">: ${item.title}</span></a>
      <@printedPermalink item.url/>
    </p>
  </${tag}>
</#macro>

<#-- On paper a link cannot be followed: print where the item lives instead (screens hide it). -->
<#macro printedPermalink url>
      <span class="kb-print-only kb-item__printed-permalink">Permalink: /${url}</span>
</#macro>

<#-- GOV.UK guidance style: when the publication came out and when this site last changed. -->
<#macro dates>
  <#assign latest = kb.latestUpdate!>
  <div class="kb-dates">
    <p class="govuk-body-s kb-dates__published">Published ${(config.kb_published)!"November 2013"} by the Home Office</p>
    <#if latest?has_content>
    <p class="govuk-body-s kb-dates__updated">Last updated <time datetime="${latest.isoDate}">${latest.displayDate}</time>: <a class="govuk-link" href="/${latest.uri}">${latest.title}</a></p>
    </#if>
  </div>
</#macro>

<#-- A moment of time that matters to the reader, e.g. when helplines were last confirmed. -->
<#macro isoDate value><#assign d = value?date("yyyy-MM-dd")><time datetime="${value}">${d?string("d MMMM yyyy")}</time></#macro>

<#macro itemNotes item>
    <#if item.note??>
    <p class="govuk-body-s kb-item__note"><strong>Editorial note:</strong> ${item.note}</p>
    </#if>
    <#if item.since??>
    <div class="kb-item__since">
      <p class="govuk-body-s"><strong class="govuk-tag govuk-tag--grey">Since 2013</strong>
        ${item.since.text}<#if item.since.url??> <a class="govuk-link" href="${item.since.url}">${item.since.url}</a></#if>
        <@asOf item.since/></p>
    </div>
    </#if>
</#macro>

<#-- A resource: its title links out; the full address is printed for print and for trust. -->
<#macro resource r theme>
  <li class="kb-item kb-item--resource" id="${r.id}" data-kb-kind="resource" data-kb-title="${r.title}" data-kb-theme="${theme.slug}" data-kb-theme-title="${theme.title}" data-kb-audiences="${r.audiencesAttribute}"<#if r.for??> data-kb-for="${r.for.id}"</#if><#if r.plainWords?has_content> data-kb-plain-words="${r.plainWordsAttribute}"</#if>>
    <h3 class="govuk-heading-s kb-item__title"><a class="govuk-link" href="${r.href}">${r.title}</a></h3>
    <div class="kb-item__text">
      <#if r.html?has_content>${r.html?no_esc}</#if>
      <p class="govuk-body-s kb-url"><#if r.email>Email: ${r.href?remove_beginning("mailto:")}<#else>${r.href}</#if></p>
      <@linkState r.href/>
    </div>
    <@itemNotes r/>
    <p class="govuk-body-s kb-item__meta">
      <#if r.publisher??>From <a class="govuk-link" href="/${r.publisher.url}">${r.publisher.term}</a><#if r.publisher.today??> (${r.publisher.today.text})</#if>.</#if>
      <#if r.format??>${r.format?cap_first}.</#if>
      <#if r.for??>Given under <a class="govuk-link" href="#${r.for.id}">${r.for.title}</a>.</#if>
      <a class="govuk-link kb-item__permalink" href="#${r.id}">Link to this resource<span class="govuk-visually-hidden">: ${r.title}</span></a>
      <@printedPermalink r.url/>
    </p>
  </li>
</#macro>

<#-- When a dated note was written and, when ./kb links has checked its link, when that was last
     seen working: the site says what was checked, not a hand-typed "checked". -->
<#macro asOf since>
  <#local seen = (kb.links.lastSeenWorking(since.url!""))!"">
  <span class="kb-as-of">(as of ${since.asOf}<#if seen?has_content>; link last seen working ${seen}</#if>)</span>
</#macro>

<#-- What the last link check found of a 2013 link, when it no longer works as published. -->
<#macro linkState href>
  <#local check = (kb.links.get(href))!"">
  <#if check?has_content && check.statusId != "fine" && check.statusId != "skipped">
  <p class="govuk-body-s kb-link-state"><#if check.statusId == "moved">This link now leads to another address<#else>This link did not work when checked on ${check.checked}</#if><#if check.lastWorking?? && check.statusId != "moved">; last seen working ${check.lastWorking}</#if>.</p>
  </#if>
</#macro>

<#-- A short listing of an item that lives elsewhere: links to its permalink, carries no id. -->
<#macro listing item>
  <li class="kb-listing">
    <h3 class="govuk-heading-s kb-listing__title"><a class="govuk-link" href="/${item.url}">${item.title}</a></h3>
    <p class="govuk-body-s kb-listing__kind"><strong class="govuk-tag govuk-tag--blue">${item.kind.label}</strong><#if item.theme??> in <a class="govuk-link" href="/${item.theme.uri}">${item.theme.title}</a></#if><#if item.planned> <strong class="govuk-tag govuk-tag--yellow">Planned in 2013</strong></#if> <@printedPermalink item.url/></p>
    <#if item.html?has_content><div class="kb-listing__text">${item.html?no_esc}</div></#if>
  </li>
</#macro>
