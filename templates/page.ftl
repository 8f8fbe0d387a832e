<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<@layout.page title=content.title kind="page" breadcrumbs=[{"href": "/", "text": "Home"}]>
  <div class="govuk-grid-row">
    <div class="govuk-grid-column-two-thirds kb-prose">
      <h1 class="govuk-heading-xl">${content.title}</h1>
      <#if content.confirmed??><p class="govuk-body-s kb-confirmed">Last confirmed <@layout.isoDate content.confirmed/>. Numbers can change: if one does not work, call 999 in an emergency.</p></#if>
      ${content.body?no_esc}
    </div>
  </div>
</@layout.page>
