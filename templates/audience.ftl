<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#assign audience = kb.audience(content.audience)>
<#assign groups = kb.itemsByKindFor(audience.slug)>
<#-- Headings by kind, in the order a reader acts: what went wrong, what is done, what to do. -->
<#assign headings = {"lesson": "What went wrong", "national-action": "What is being done nationally", "local-suggestion": "What you can do locally", "resource": "Resources"}>
<@layout.page title=content.title kind="audience" breadcrumbs=[{"href": "/", "text": "Home"}, {"href": "/roles.html", "text": "For your role"}] extraMain={"data-kb-audience": audience.slug, "data-kb-audience-label": audience.label}>
  <div class="govuk-grid-row">
    <div class="govuk-grid-column-two-thirds">
      <h1 class="govuk-heading-xl">${content.title}</h1>
      <@layout.dates/>
      <div class="kb-intro">${content.body?no_esc}</div>
      <p class="govuk-body">${kb.itemsFor(audience.slug)?size} items across the seven themes. Each links to its place in the theme, where you can copy a link to it.</p>
      <p class="govuk-body"><a class="govuk-link" href="/checklist/${audience.slug}.html">The checklist for ${audience.label}</a>: the local suggestions for this role, to print or download as a spreadsheet.</p>
      <nav class="kb-contents" aria-labelledby="contents-heading">
        <h2 class="govuk-heading-s" id="contents-heading">Contents</h2>
        <ul class="govuk-list kb-contents__list">
          <#list groups as kind, items>
          <li><a class="govuk-link" href="#kind-${kind.id}">${headings[kind.id]} (${items?size})</a></li>
          </#list>
        </ul>
      </nav>
      <#list groups as kind, items>
      <section aria-labelledby="kind-${kind.id}">
        <h2 class="govuk-heading-l" id="kind-${kind.id}">${headings[kind.id]}</h2>
        <ul class="kb-listings">
          <#list items as item><@layout.listing item=item/></#list>
        </ul>
      </section>
      </#list>
    </div>
  </div>
</@layout.page>
