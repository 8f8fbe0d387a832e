<#ftl output_format="XML">
<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>${config.site_title}: updates</title>
  <link href="${config.site_host}/feed.xml" rel="self"/>
  <link href="${config.site_host}/"/>
  <id>${config.site_host}/feed.xml</id>
  <updated><#if published_posts?has_content>${published_posts[0].date?string("yyyy-MM-dd'T'HH:mm:ss'Z'")}<#else>${.now?string("yyyy-MM-dd'T'HH:mm:ss'Z'")}</#if></updated>
  <author><name>${config.site_title}</name></author>
  <#list published_posts as post>
  <entry>
    <title>${post.title}</title>
    <link href="${config.site_host}/${post.uri}"/>
    <id>${config.site_host}/${post.uri}</id>
    <updated>${post.date?string("yyyy-MM-dd'T'HH:mm:ss'Z'")}</updated>
    <content type="html">${post.body}</content>
  </entry>
  </#list>
</feed>
