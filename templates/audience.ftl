<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#assign audience = kb.audience(content.audience)>
<#assign groups = kb.itemsByThemeFor(audience.slug)>
<@layout.page title=content.title kind="audience" breadcrumbs=[{"href": "/", "text": "Home"}, {"href": "/#audiences", "text": "For your role"}] extraMain={"data-kb-audience": audience.slug, "data-kb-audience-label": audience.label}>
  <div class="govuk-grid-row">
    <div class="govuk-grid-column-two-thirds">
      <h1 class="govuk-heading-xl">${content.title}</h1>
      <div class="kb-intro">${content.body?no_esc}</div>
      <p class="govuk-body">${kb.itemsFor(audience.slug)?size} items across ${groups?size} themes. Each links to its place in the theme, where you can copy a link to it.</p>
      <p class="govuk-body"><a class="govuk-link" href="/checklist/${audience.slug}.html">The checklist for ${audience.label}</a>: the local suggestions for this role, to print or download as a spreadsheet.</p>
      <#list groups as theme, items>
      <section aria-labelledby="theme-${theme.slug}">
        <h2 class="govuk-heading-l" id="theme-${theme.slug}"><a class="govuk-link" href="/${theme.uri}">${theme.title}</a></h2>
        <ul class="kb-listings">
          <#list items as item><@layout.listing item=item/></#list>
        </ul>
      </section>
      </#list>
    </div>
  </div>
</@layout.page>
