package org.dhrkb.search.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dhrkb.generator.BuiltSite;
import org.junit.jupiter.api.Test;

/**
 * A resource's title rarely says what it is for ("Complicated Matters: toolkit and e-learning"):
 * the item it is given under does, and its meaning is what the resource's vector is made of.
 */
class ResourceContextIT {
  @Test
  void everyResourceGivenUnderAnItemCarriesThatItemsWords() throws Exception {
    List<SiteItem> items = PublishedSite.read(BuiltSite.get().dir()).items();
    Map<String, SiteItem> byId =
        items.stream().collect(Collectors.toMap(SiteItem::id, Function.identity(), (a, b) -> a));

    SiteItem toolkit = byId.get("complex-resource-complicated-matters");
    assertEquals(
        "Promote the AVA Complicated Matters toolkit and training. Promote the AVA Complicated"
            + " Matters toolkit and training with local practitioners",
        toolkit.context());
    assertTrue(
        SiteIndexer.passage(toolkit).contains(toolkit.context()), SiteIndexer.passage(toolkit));

    List<SiteItem> withContext =
        items.stream().filter(i -> !i.context().isEmpty()).collect(Collectors.toList());
    // Ten resources of the themes are given under an action or a suggestion, and five of the
    // further advice under its items.
    assertEquals(
        15, withContext.size(), withContext.stream().map(SiteItem::id).toList().toString());
    for (SiteItem resource : withContext) {
      assertEquals("resource", resource.kind(), resource.id());
    }
    assertTrue(
        items.stream()
            .filter(i -> !i.kind().equals("resource"))
            .allMatch(i -> i.context().isEmpty()),
        "only resources take the words of another item");
  }

  @Test
  void anItemsPlainWordsArePublishedAndRead() throws Exception {
    SiteItem bail =
        PublishedSite.read(BuiltSite.get().dir()).items().stream()
            .filter(i -> i.id().equals("bail-lesson"))
            .findFirst()
            .orElseThrow();
    assertTrue(
        bail.plainWords().lines().anyMatch("abuser let out of jail"::equals), bail.plainWords());
    assertTrue(SiteIndexer.passage(bail).contains("abuser let out of jail"), "and in its vector");
  }
}
