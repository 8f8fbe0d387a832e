<#ftl output_format="HTML" strip_whitespace=true>
<#-- The maintainers' link page (type=links): what the last ./kb links found. Not in the menu. -->
<#import "layout.ftl" as layout>
<#assign report = kb.links>
<@layout.page title=content.title kind="maintainers" breadcrumbs=[{"href": "/", "text": "Home"}]>
  <div class="govuk-grid-row">
    <div class="govuk-grid-column-two-thirds kb-prose">
      <h1 class="govuk-heading-xl">${content.title}</h1>
      ${content.body?no_esc}
      <#if report.empty>
      <p class="govuk-body">No link check has been recorded yet. Run <code>./kb links</code>, then <code>./kb build</code>.</p>
      <#else>
      <#assign dead = report.withStatus("dead") unreachable = report.unreachable moved = report.withStatus("moved") fine = report.withStatus("fine")>
      <p class="govuk-body">Checked on ${report.checked}: ${dead?size} dead, ${unreachable?size} did not answer, ${moved?size} moved, ${fine?size} working.</p>
      <@group "Dead links" "dead" dead/>
      <@group "Links that did not answer" "unreachable" unreachable/>
      <@group "Moved links" "moved" moved/>
      <@group "Working links" "fine" fine/>
      </#if>
    </div>
  </div>
</@layout.page>

<#macro group heading id links>
  <#if links?has_content>
  <section aria-labelledby="links-${id}">
    <h2 class="govuk-heading-l" id="links-${id}">${heading} (${links?size})</h2>
    <ul class="govuk-list kb-link-list">
      <#list links as l>
      <li class="kb-link" data-kb-link-status="${l.statusId}">
        <p class="govuk-body kb-url"><a class="govuk-link" href="${l.url}">${l.url}</a></p>
        <p class="govuk-body-s">${l.detail!l.statusId}<#if l.finalUrl?? && l.statusId == "moved">. Now at <span class="kb-url">${l.finalUrl}</span></#if>.
          <#if l.lastWorking??>Last seen working ${l.lastWorking}.<#else>Never seen working.</#if></p>
        <#if l.successor??><p class="govuk-body-s"><strong>Now:</strong> ${l.successor}</p></#if>
        <#if l.usedBy?has_content><p class="govuk-body-s">Given by <#list l.usedBy as id><@usedBy id/><#sep>, </#sep></#list>.</p></#if>
      </li>
      </#list>
    </ul>
  </section>
  </#if>
</#macro>

<#macro usedBy id>
  <#local item = (kb.item(id))!"" entry = (kb.glossaryEntry(id))!"">
  <#if item?has_content><a class="govuk-link" href="/${item.url}">${item.title}</a><#elseif entry?has_content><a class="govuk-link" href="/${entry.url}">${entry.term}</a><#else>${id}</#if><#t>
</#macro>
