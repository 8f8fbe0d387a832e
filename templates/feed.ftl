<#ftl output_format="XML">
<#-- With a base URL (kb build --base-url) every address is absolute. Without one the links are
     relative to this feed (Atom allows it) and the ids are names, not addresses that could be
     wrong. -->
<#assign base = (config.site_host)!"">
<#macro id path><#if base?has_content>${base}${path}<#else>urn:dhr-kb:${path}</#if></#macro>
<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>${config.site_title}: updates</title>
  <link href="${base}feed.xml" rel="self"/>
  <link href="<#if base?has_content>${base}<#else>./</#if>"/>
  <id><@id "feed.xml"/></id>
  <updated><#if published_posts?has_content>${published_posts[0].date?string("yyyy-MM-dd'T'HH:mm:ss'Z'")}<#else>${.now?string("yyyy-MM-dd'T'HH:mm:ss'Z'")}</#if></updated>
  <author><name>${config.site_title}</name></author>
  <#list published_posts as post>
  <entry>
    <title>${post.title}</title>
    <link href="${base}${post.uri}"/>
    <id><@id post.uri/></id>
    <updated>${post.date?string("yyyy-MM-dd'T'HH:mm:ss'Z'")}</updated>
    <content type="html">${post.body}</content>
  </entry>
  </#list>
</feed>
