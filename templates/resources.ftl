<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<@layout.page title=content.title kind="resources" breadcrumbs=[{"href": "/", "text": "Home"}]>
  <div class="govuk-grid-row">
    <div class="govuk-grid-column-two-thirds">
      <h1 class="govuk-heading-xl">${content.title}</h1>
      <div class="kb-intro">${content.body?no_esc}</div>
      <nav class="kb-contents" aria-labelledby="contents-heading">
        <h2 class="govuk-heading-s" id="contents-heading">Contents</h2>
        <ul class="govuk-list">
          <li><a class="govuk-link" href="#by-theme">By theme</a></li>
          <li><a class="govuk-link" href="#by-organisation">By organisation</a></li>
        </ul>
      </nav>

      <h2 class="govuk-heading-l" id="by-theme">By theme</h2>
      <#list kb.allThemes as theme><#if theme.resources?has_content>
      <h3 class="govuk-heading-m"><a class="govuk-link" href="/${theme.uri}">${theme.title}</a></h3>
      <ul class="govuk-list kb-resource-list">
        <#list theme.resources as r><@resourceLine r/></#list>
      </ul>
      </#if></#list>

      <h2 class="govuk-heading-l" id="by-organisation">By organisation</h2>
      <#list kb.resourcesByPublisher as group>
      <h3 class="govuk-heading-m">${group.publisher.displayName}</h3>
      <#if group.publisher.today??><p class="govuk-body-s"><strong class="govuk-tag govuk-tag--grey">Since 2013</strong> ${group.publisher.today.text} <@layout.asOf group.publisher.today/></p></#if>
      <ul class="govuk-list kb-resource-list">
        <#list group.resources as r><@resourceLine r/></#list>
      </ul>
      </#list>
    </div>
  </div>
</@layout.page>

<#macro resourceLine r>
  <li><a class="govuk-link" href="${r.href}">${r.title}</a> <span class="govuk-body-s kb-url">(${r.href?remove_beginning("mailto:")})</span>
    <br><a class="govuk-link govuk-body-s" href="/${r.url}">About this resource<span class="govuk-visually-hidden">: ${r.title}</span></a></li>
</#macro>
