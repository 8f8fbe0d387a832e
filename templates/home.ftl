<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<@layout.page title=layout.siteTitle kind="home" description=(config.site_description)!"">
  <div class="govuk-grid-row">
    <div class="govuk-grid-column-two-thirds">
      <h1 class="govuk-heading-xl">${layout.siteTitle}</h1>
      <p class="govuk-body-l">What local reviews after a domestic homicide found, what is being done nationally, and what your area can do: item by item, for practitioners and local partnerships in England and Wales.</p>
      <div class="kb-intro">${content.body?no_esc}</div>
    </div>
  </div>

  <h2 class="govuk-heading-l" id="themes">The seven themes</h2>
  <ol class="kb-cards">
    <#list kb.themes as theme>
    <li class="kb-card">
      <h3 class="govuk-heading-m kb-card__title"><a class="govuk-link" href="/${theme.uri}">${theme.title}</a></h3>
      <#if theme.summary??><p class="govuk-body">${theme.summary}</p></#if>
      <p class="govuk-body-s kb-card__counts">${theme.national?size} national action<#if theme.national?size != 1>s</#if>, ${theme.local?size} local suggestion<#if theme.local?size != 1>s</#if><#if theme.resources?has_content>, ${theme.resources?size} resource<#if theme.resources?size != 1>s</#if></#if>.</p>
    </li>
    </#list>
  </ol>
  <#list kb.allThemes as theme><#if !theme.numbered>
  <p class="govuk-body"><a class="govuk-link" href="/${theme.uri}">${theme.title}</a>: the publication's further links.</p>
  </#if></#list>

  <h2 class="govuk-heading-l" id="audiences">For your role</h2>
  <p class="govuk-body">Every lesson, action and suggestion that concerns you, across all seven themes.</p>
  <ul class="govuk-list kb-audience-list">
    <#list kb.audiences as a>
    <li><a class="govuk-link" href="/${a.uri}">${a.title}</a> (${kb.itemsFor(a.slug)?size} items)</li>
    </#list>
  </ul>
</@layout.page>
