package org.dhrkb.generator.bake;

import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.ObjectWrapper;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;

/**
 * The knowledge base as the templates see it: {@code layout.ftl} creates one with {@code <#global
 * kb = "org.dhrkb.generator.bake.KnowledgeBaseModel"?new()>}.
 *
 * <p>Why not a JBake model extractor: JBake's Freemarker adapter turns every extracted value into a
 * sequence, so an object with properties cannot come in that way. This model reads the knowledge
 * base of the bake in progress from {@link SiteBaker}.
 */
public final class KnowledgeBaseModel implements TemplateHashModel {
  private static final ObjectWrapper WRAPPER =
      new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build();

  private final TemplateHashModel delegate;

  /** Called by Freemarker's {@code ?new}. */
  public KnowledgeBaseModel() throws TemplateModelException {
    Object kb = SiteBaker.current();
    if (kb == null) {
      throw new TemplateModelException(
          "no knowledge base: templates are rendered by the "
              + "generator (SiteBaker.bake), not on their own");
    }
    this.delegate = (TemplateHashModel) WRAPPER.wrap(kb);
  }

  @Override
  public TemplateModel get(String key) throws TemplateModelException {
    return delegate.get(key);
  }

  @Override
  public boolean isEmpty() {
    return false;
  }
}
