<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<@layout.page title="Page not found" kind="404">
  <div class="govuk-grid-row">
    <div class="govuk-grid-column-two-thirds">
      <h1 class="govuk-heading-xl">Page not found</h1>
      <p class="govuk-body">If you typed the web address, check it is correct.</p>
      <p class="govuk-body">If you followed a link to a lesson, action or suggestion, search for it above, or browse <a class="govuk-link" href="/#themes">the seven themes</a>.</p>
    </div>
  </div>
</@layout.page>
