<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<@layout.page title=content.title kind="roles" breadcrumbs=[{"href": "/", "text": "Home"}]>
  <div class="govuk-grid-row">
    <div class="govuk-grid-column-two-thirds">
      <h1 class="govuk-heading-xl">${content.title}</h1>
      <div class="kb-intro">${content.body?no_esc}</div>
      <ul class="govuk-list kb-audience-list">
        <#list kb.audiences as a>
        <li><a class="govuk-link" href="/${a.uri}">${a.title}</a> (${kb.itemsFor(a.slug)?size} items)</li>
        </#list>
      </ul>
    </div>
  </div>
</@layout.page>
