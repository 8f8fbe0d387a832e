<#ftl output_format="XML">
<#-- Written only for a build with a base URL (kb build --base-url): a sitemap lists absolute
     addresses, which the build cannot know otherwise. -->
<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <url><loc>${config.site_host}</loc></url>
  <#list published_content as c><#if c.uri != "index.html" && c.uri != "search.html" && c.type != "links">
  <url><loc>${config.site_host}${c.uri}</loc></url>
  </#if></#list>
</urlset>
