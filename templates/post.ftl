<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<@layout.page title=content.title kind="post" breadcrumbs=[{"href": "/", "text": "Home"}]>
  <div class="govuk-grid-row">
    <div class="govuk-grid-column-two-thirds kb-prose">
      <span class="govuk-caption-m">Update, <time datetime="${content.date?string("yyyy-MM-dd")}">${content.date?string("d MMMM yyyy")}</time></span>
      <h1 class="govuk-heading-xl">${content.title}</h1>
      ${content.body?no_esc}
    </div>
  </div>
</@layout.page>
