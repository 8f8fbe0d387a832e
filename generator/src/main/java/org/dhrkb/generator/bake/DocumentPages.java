package org.dhrkb.generator.bake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.model.ModelAttributes;
import org.jbake.render.DocumentsRenderer;
import org.jbake.template.RenderingException;

/**
 * Renders every content document, as JBake's {@link DocumentsRenderer} does, in linear time.
 *
 * <p>Why: JBake 2.7.0's renderer asks the store for every document of a type, bodies included, once
 * per document it renders, then finds the document in that list by {@code equals} on its whole map:
 * quadratic in pages, 76% of a 1,000-page bake. Here each type is read from the store once and each
 * document's neighbours are looked up by source file. The neighbours are the same (the nearest
 * published document of the same type either side, newest first), so templates that use {@code
 * content.previousContent} or {@code nextContent} see what JBake gives them.
 */
final class DocumentPages extends DocumentsRenderer {

  @Override
  public int render(Renderer renderer, ContentStore db, JBakeConfiguration config)
      throws RenderingException {
    Map<String, Neighbours> byType = new HashMap<>();
    List<String> errors = new ArrayList<>();
    int rendered = 0;
    for (DocumentModel document : db.getUnrenderedContent()) {
      try {
        Neighbours neighbours =
            byType.computeIfAbsent(document.getType(), type -> new Neighbours(db, type));
        document.setPreviousContent(neighbours.previous(document));
        document.setNextContent(neighbours.next(document));
        renderer.render(document);
        // No markContentAsRendered: that flag serves JBake's incremental bakes, and every bake
        // here starts from an emptied store; the update costs a query per page.
        rendered++;
      } catch (Exception e) {
        errors.add(e.getMessage());
      }
    }
    if (!errors.isEmpty()) {
      throw new RenderingException(
          "Failed to render documents. Cause(s):\n" + String.join("\n", errors));
    }
    return rendered;
  }

  /** The documents of one type, newest first, and where each one is in that order. */
  private static final class Neighbours {
    private final List<DocumentModel> newestFirst;
    private final Map<String, Integer> positions = new HashMap<>();

    Neighbours(ContentStore db, String type) {
      this.newestFirst = new ArrayList<>(db.getAllContent(type));
      for (int i = 0; i < newestFirst.size(); i++) {
        positions.put(newestFirst.get(i).getSourceuri(), i);
      }
    }

    /** The nearest older published document (JBake calls it previous). */
    DocumentModel previous(DocumentModel document) {
      return nearestPublished(document, +1);
    }

    /** The nearest newer published document. */
    DocumentModel next(DocumentModel document) {
      return nearestPublished(document, -1);
    }

    private DocumentModel nearestPublished(DocumentModel document, int step) {
      Integer at = positions.get(document.getSourceuri());
      if (at == null) {
        return null;
      }
      for (int i = at + step; i >= 0 && i < newestFirst.size(); i += step) {
        DocumentModel candidate = newestFirst.get(i);
        if (ModelAttributes.Status.PUBLISHED.equals(candidate.getStatus())) {
          DocumentModel nav = new DocumentModel();
          nav.setNoExtensionUri(candidate.getNoExtensionUri());
          nav.setUri(candidate.getUri());
          nav.setTitle(candidate.getTitle());
          return nav;
        }
      }
      return null;
    }
  }
}
