<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<@layout.page title=content.title kind="glossary" breadcrumbs=[{"href": "/", "text": "Home"}]>
  <div class="govuk-grid-row">
    <div class="govuk-grid-column-two-thirds">
      <h1 class="govuk-heading-xl">${content.title}</h1>
      <@layout.dates/>
      <p class="govuk-body">Every acronym and organisation named in the lessons, with what it stands for and, where it changed after 2013, what it is called or became since.</p>
      <dl class="kb-glossary">
        <#list kb.glossary as g>
        <div class="kb-item kb-glossary__entry" id="${g.id}" data-kb-kind="glossary-entry" data-kb-title="${g.displayName}" data-kb-term="${g.term}" data-kb-expansion="${(g.expansion)!""}" data-kb-aliases="${g.aliasesAttribute}" data-kb-audiences="">
          <dt class="govuk-heading-s kb-glossary__term">${g.term}</dt>
          <dd class="kb-item__text">
            <#if g.expansion?? && g.expansion != g.term><p class="govuk-body kb-glossary__expansion">${g.expansion}</p></#if>
            <#if g.description??><p class="govuk-body">${g.description}</p></#if>
          </dd>
          <#if g.today??>
          <dd class="kb-item__since"><p class="govuk-body-s"><strong class="govuk-tag govuk-tag--grey">Since 2013</strong> ${g.today.text}<#if g.today.url??> <a class="govuk-link" href="${g.today.url}">${g.today.url}</a></#if> <@layout.asOf g.today/></p></dd>
          </#if>
          <dd class="govuk-body-s kb-item__meta"><a class="govuk-link kb-item__permalink" href="#${g.id}">Link to this entry<span class="govuk-visually-hidden">: ${g.term}</span></a></dd>
        </div>
        </#list>
      </dl>
    </div>
  </div>
</@layout.page>
