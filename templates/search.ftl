<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#-- The search page shell: the search server fills #kb-search-results for each query. -->
<@layout.page title=content.title kind="search" breadcrumbs=[{"href": "/", "text": "Home"}]>
  <div class="govuk-grid-row">
    <div class="govuk-grid-column-full">
      <h1 class="govuk-heading-xl">${content.title}</h1>
      <div id="kb-search-results" class="kb-search-results">
        <div class="kb-intro">${content.body?no_esc}</div>
        <p class="govuk-body">Type words in the search box above: an acronym (MARAC), what it stands for, or a question in your own words.</p>
      </div>
    </div>
  </div>
  <script type="module" src="/js/search-filters.js"></script>
</@layout.page>
