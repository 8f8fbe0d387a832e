<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#assign home = kb.home>
<#-- The way in comes first (purpose, themes, roles) so it fits the first screen of a phone;
     the 2013 introduction follows. -->
<@layout.page title=layout.siteTitle kind="home" description=(config.site_description)!"">
  <div class="govuk-grid-row">
    <div class="govuk-grid-column-two-thirds">
      <h1 class="govuk-heading-l kb-home__title">${layout.siteTitle}</h1>
      <p class="govuk-body kb-home__purpose">${home.purpose}</p>

      <h2 class="govuk-heading-m kb-home__heading" id="themes">The seven themes</h2>
      <ol class="govuk-list kb-theme-list">
        <#list kb.themes as theme>
        <li><a class="govuk-link" href="/${theme.uri}">${theme.title}</a></li>
        </#list>
      </ol>
      <p class="govuk-body kb-home__roles" id="audiences"><a class="govuk-link govuk-!-font-weight-bold" href="/roles.html">For your role</a>: <a class="govuk-link" href="/audiences/health.html">GPs</a>, <a class="govuk-link" href="/audiences/police.html">police</a>, <a class="govuk-link" href="/audiences/idva.html">IDVAs</a>, <a class="govuk-link" href="/audiences/marac.html">MARACs</a>, <a class="govuk-link" href="/audiences/community-safety.html">community safety</a> and more.</p>
    </div>
  </div>

  <div class="govuk-grid-row">
    <div class="govuk-grid-column-two-thirds">
      <h2 class="govuk-heading-l" id="about-the-themes">What each theme covers</h2>
      <ol class="kb-cards">
        <#list kb.themes as theme>
        <li class="kb-card">
          <h3 class="govuk-heading-s kb-card__title"><a class="govuk-link" href="/${theme.uri}">${theme.title}</a></h3>
          <#if theme.summary??><p class="govuk-body">${theme.summary}</p></#if>
          <p class="govuk-body-s kb-card__counts">${theme.national?size} national action<#if theme.national?size != 1>s</#if>, ${theme.local?size} local suggestion<#if theme.local?size != 1>s</#if><#if theme.resources?has_content>, ${theme.resources?size} resource<#if theme.resources?size != 1>s</#if></#if>.</p>
        </li>
        </#list>
      </ol>
      <#list kb.allThemes as theme><#if !theme.numbered>
      <p class="govuk-body"><a class="govuk-link" href="/${theme.uri}">${theme.title}</a>: the publication's further links.</p>
      </#if></#list>

      <h2 class="govuk-heading-l" id="introduction">The 2013 introduction</h2>
      <#if home.lead??><p class="govuk-body">${home.lead}</p></#if>
      <div class="kb-introduction">
        <#list home.introduction as item>
        <div class="kb-item kb-item--introduction" id="${item.id}" data-kb-kind="${item.kind.id}" data-kb-title="${item.title}" data-kb-theme="" data-kb-theme-title="" data-kb-audiences=""<#if item.plainWords?has_content> data-kb-plain-words="${item.plainWordsAttribute}"</#if>>
          <blockquote class="kb-item__text">${item.html?no_esc}</blockquote>
          <p class="govuk-body-s kb-item__meta"><a class="govuk-link kb-item__permalink" href="#${item.id}">Link to this paragraph<span class="govuk-visually-hidden">: ${item.title}</span></a> <@layout.printedPermalink item.url/></p>
        </div>
        </#list>
      </div>
    </div>
  </div>
</@layout.page>
