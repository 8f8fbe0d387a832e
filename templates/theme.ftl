<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#assign theme = kb.themeByUri(content.uri)>
<#assign themes = kb.themes>
<@layout.page title=theme.title kind="theme" description=(theme.summary)!"" breadcrumbs=[{"href": "/", "text": "Home"}]>
  <div class="govuk-grid-row">
    <div class="govuk-grid-column-two-thirds">
      <#if theme.numbered><span class="govuk-caption-l">Theme ${theme.number} of ${themes?size}</span></#if>
      <h1 class="govuk-heading-xl">${theme.title}</h1>
      <#if theme.summary??><p class="govuk-body-l">${theme.summary}</p></#if>
      <@layout.dates/>

      <#if theme.local?has_content>
      <section class="kb-todo" aria-labelledby="section-todo">
        <h2 class="govuk-heading-m" id="section-todo">What you can do</h2>
        <p class="govuk-body">The paper's suggestions for what can be done locally, with who each is for. Each links to it in full below.</p>
        <ul class="govuk-list govuk-list--bullet kb-todo__list">
          <#list theme.local as item>
          <li><a class="govuk-link" href="#${item.id}">${item.title}</a><#if item.audiences?has_content> <span class="kb-todo__for">(for <#list item.audiences as slug>${kb.audience(slug).label}<#sep>; </#list>)</span></#if></li>
          </#list>
        </ul>
        <#assign roles = []><#list theme.local as item><#list item.audiences as slug><#if !roles?seq_contains(slug)><#assign roles = roles + [slug]></#if></#list></#list>
        <p class="govuk-body kb-todo__roles">Everything you can do locally, across all themes, for
          <#list kb.audiences?filter(a -> roles?seq_contains(a.slug)) as a><a class="govuk-link" href="/${a.uri}#kind-local-suggestion">${a.label}</a><#sep>, </#list>.</p>
      </section>
      </#if>

      <nav class="kb-contents" aria-labelledby="contents-heading">
        <h2 class="govuk-heading-s" id="contents-heading">Contents</h2>
        <ul class="govuk-list kb-contents__list">
          <#if theme.lesson??><li><a class="govuk-link" href="#section-lesson">What the reviews found</a></li></#if>
          <#if theme.national?has_content><li><a class="govuk-link" href="#section-national">What is being done nationally (${theme.national?size})</a></li></#if>
          <#if theme.local?has_content><li><a class="govuk-link" href="#section-local">What can be done locally (${theme.local?size})</a></li></#if>
          <#if theme.resources?has_content><li><a class="govuk-link" href="#section-resources">Resources (${theme.resources?size})</a></li></#if>
          <#if theme.references?has_content><li><a class="govuk-link" href="#section-references">References</a></li></#if>
        </ul>
      </nav>

      <#list theme.moved as old, new>
      <p class="govuk-body-s kb-moved" id="${old}" data-kb-moved-to="${new}">This item has moved: <a class="govuk-link" href="#${new}">${(kb.item(new).title)!new}</a>.</p>
      </#list>

      <#if theme.lesson??>
      <section aria-labelledby="section-lesson">
        <h2 class="govuk-heading-l" id="section-lesson">What the reviews found</h2>
        <@layout.item item=theme.lesson theme=theme tag="div"/>
      </section>
      </#if>

      <#if theme.national?has_content>
      <section aria-labelledby="section-national">
        <h2 class="govuk-heading-l" id="section-national">What we are doing nationally</h2>
        <p class="govuk-body-s kb-section-note">As set out by the Home Office in November 2013.</p>
        <ol class="kb-items">
          <#list theme.national as item><@layout.item item=item theme=theme/></#list>
        </ol>
      </section>
      </#if>

      <#if theme.local?has_content>
      <section aria-labelledby="section-local">
        <h2 class="govuk-heading-l" id="section-local">Suggestions for what can be done locally</h2>
        <ol class="kb-items">
          <#list theme.local as item><@layout.item item=item theme=theme/></#list>
        </ol>
      </section>
      </#if>

      <#if theme.resources?has_content>
      <section aria-labelledby="section-resources">
        <h2 class="govuk-heading-l" id="section-resources">Resources</h2>
        <p class="govuk-body-s kb-section-note">Links as published in 2013. Some organisations have changed name since; where we know, it is said beside the link.</p>
        <ul class="kb-items">
          <#list theme.resources as r><@layout.resource r=r theme=theme/></#list>
        </ul>
      </section>
      </#if>

      <#if theme.references?has_content>
      <section aria-labelledby="section-references">
        <h2 class="govuk-heading-m" id="section-references">References</h2>
        <ol class="kb-items kb-references">
          <#list theme.references as ref>
          <li class="kb-item kb-item--reference" id="${ref.id}" data-kb-kind="reference" data-kb-title="${ref.title}" data-kb-theme="${theme.slug}" data-kb-theme-title="${theme.title}" data-kb-audiences="">
            <p class="govuk-body-s kb-item__text">[${ref.number}] ${ref.text}</p>
          </li>
          </#list>
        </ol>
      </section>
      </#if>

      <#if theme.previous?? || theme.next??>
      <nav class="govuk-pagination govuk-pagination--block" aria-label="Themes">
        <#if theme.previous??>
        <div class="govuk-pagination__prev">
          <a class="govuk-link govuk-pagination__link" href="/${theme.previous.uri}" rel="prev">
            <svg class="govuk-pagination__icon govuk-pagination__icon--prev" xmlns="http://www.w3.org/2000/svg" height="13" width="15" aria-hidden="true" focusable="false" viewBox="0 0 15 13"><path d="m6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z"></path></svg>
            <span class="govuk-pagination__link-title">Previous<span class="govuk-visually-hidden"> theme</span></span>
            <span class="govuk-visually-hidden">:</span>
            <span class="govuk-pagination__link-label">${theme.previous.title}</span>
          </a>
        </div>
        </#if>
        <#if theme.next??>
        <div class="govuk-pagination__next">
          <a class="govuk-link govuk-pagination__link" href="/${theme.next.uri}" rel="next">
            <svg class="govuk-pagination__icon govuk-pagination__icon--next" xmlns="http://www.w3.org/2000/svg" height="13" width="15" aria-hidden="true" focusable="false" viewBox="0 0 15 13"><path d="m8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z"></path></svg>
            <span class="govuk-pagination__link-title">Next<span class="govuk-visually-hidden"> theme</span></span>
            <span class="govuk-visually-hidden">:</span>
            <span class="govuk-pagination__link-label">${theme.next.title}</span>
          </a>
        </div>
        </#if>
      </nav>
      </#if>
    </div>
  </div>
</@layout.page>
