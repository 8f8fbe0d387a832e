<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#-- The local suggestions as a self-assessment checklist: every one, or one role's (audience=).
     The blank columns are for pen and paper: shown in print only, and in the spreadsheet. -->
<#assign slug = (content.audience)!"">
<#assign groups = kb.localSuggestionsFor(slug)>
<#assign count = 0><#list groups as t, items><#assign count += items?size></#list>
<#assign csv = slug?has_content?then("/checklist/" + slug + ".csv", "/checklist.csv")>
<#assign crumbs = [{"href": "/", "text": "Home"}]>
<#if slug?has_content><#assign crumbs = crumbs + [{"href": "/checklist.html", "text": "Checklist"}]></#if>
<@layout.page title=content.title kind="checklist" breadcrumbs=crumbs>
  <div class="govuk-grid-row">
    <div class="govuk-grid-column-two-thirds">
      <h1 class="govuk-heading-xl">${content.title}</h1>
      <div class="kb-intro">${content.body?no_esc}</div>
      <p class="govuk-body">${count} suggestion<#if count != 1>s</#if> across ${groups?size} theme<#if groups?size != 1>s</#if>.</p>
      <ul class="govuk-list kb-checklist__actions">
        <li><a class="govuk-link" href="${csv}" download>Download this checklist as a spreadsheet (CSV, ${count} row<#if count != 1>s</#if>)</a></li>
        <li><a class="govuk-link" href="/data/knowledge-base.json">The whole knowledge base as open data (JSON)</a></li>
      </ul>
      <#if !slug?has_content>
      <h2 class="govuk-heading-m" id="by-role">The checklist for one role</h2>
      <ul class="govuk-list kb-checklist__roles">
        <#list kb.audiences as a>
        <#assign n = 0><#list kb.localSuggestionsFor(a.slug) as t, l><#assign n += l?size></#list>
        <li><a class="govuk-link" href="/checklist/${a.slug}.html">${a.label}</a> (${n} suggestion<#if n != 1>s</#if>)</li>
        </#list>
      </ul>
      </#if>
    </div>
  </div>
  <#list groups as theme, items>
  <section aria-labelledby="checklist-${theme.slug}">
    <h2 class="govuk-heading-l" id="checklist-${theme.slug}">${theme.title}</h2>
    <table class="govuk-table kb-checklist">
      <caption class="govuk-table__caption govuk-visually-hidden">Local suggestions under ${theme.title}</caption>
      <thead class="govuk-table__head">
        <tr class="govuk-table__row">
          <th scope="col" class="govuk-table__header kb-checklist__suggestion">Suggestion</th>
          <th scope="col" class="govuk-table__header kb-checklist__blank">Status</th>
          <th scope="col" class="govuk-table__header kb-checklist__blank">Owner</th>
          <th scope="col" class="govuk-table__header kb-checklist__blank">Due date</th>
          <th scope="col" class="govuk-table__header kb-checklist__blank">Notes</th>
        </tr>
      </thead>
      <tbody class="govuk-table__body">
        <#list items as item>
        <tr class="govuk-table__row">
          <td class="govuk-table__cell">
            <div class="kb-listing kb-checklist__item">
              <h3 class="govuk-heading-s kb-listing__title">${item.title}</h3>
              <div class="kb-listing__text">${item.html?no_esc}</div>
              <p class="govuk-body-s">
                <#if item.audiences?has_content>For: <#list item.audiences as s>${kb.audience(s).label}<#sep>, </#list>.</#if>
                <a class="govuk-link kb-checklist__permalink" href="/${item.url}">Read it in its theme<span class="govuk-visually-hidden">: ${item.title}</span></a>
                <span class="kb-print-only">Link: ${item.url}</span>
              </p>
            </div>
          </td>
          <td class="govuk-table__cell kb-checklist__blank"></td>
          <td class="govuk-table__cell kb-checklist__blank"></td>
          <td class="govuk-table__cell kb-checklist__blank"></td>
          <td class="govuk-table__cell kb-checklist__blank"></td>
        </tr>
        </#list>
      </tbody>
    </table>
  </section>
  </#list>
</@layout.page>
