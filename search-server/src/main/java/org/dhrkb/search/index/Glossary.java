package org.dhrkb.search.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.dhrkb.contract.Acronym;

/**
 * Acronym synonyms generated from the published glossary: every acronym, its aliases and its
 * expansion name one entry, so a query naming any of them also finds the others ("IDVA" finds
 * "Independent Domestic Violence Adviser" and back). Forms are kept as analysed token sequences, so
 * "independent domestic violence advisors" matches too.
 *
 * <p>An expansion that is a description rather than a name (it repeats the term, as in "SafeLives,
 * formerly CAADA") is not a synonym; a parenthesised qualifier is dropped ("public health guideline
 * (NICE)" becomes "public health guideline").
 */
public final class Glossary {
  /** One entry: the token sequences that all name it. */
  public record Synonyms(String id, List<List<String>> forms) {}

  /** A run of query tokens that names a glossary entry. */
  public record Match(Synonyms entry, int start, int length) {}

  private final List<Synonyms> entries = new ArrayList<>();
  private final Map<String, GlossaryEntry> byId = new HashMap<>();
  private final Map<List<String>, Synonyms> byForm = new HashMap<>();
  private final Set<String> acronyms = new HashSet<>();
  private int longest;

  /** Builds the synonyms of the given entries, analysed with {@code analyzer}. */
  public Glossary(List<GlossaryEntry> glossary, Analyzer analyzer) {
    for (GlossaryEntry entry : glossary) {
      byId.putIfAbsent(entry.id(), entry);
      Set<List<String>> forms = new LinkedHashSet<>();
      List<String> names = new ArrayList<>();
      names.add(entry.term());
      names.addAll(entry.aliases());
      for (String name : names) {
        List<String> tokens = tokens(analyzer, name);
        if (!tokens.isEmpty()) {
          forms.add(tokens);
          if (tokens.size() == 1 && Acronym.isAcronym(name)) {
            acronyms.add(tokens.get(0));
          }
        }
      }
      String expansion = entry.expansion().replaceAll("\\s*\\([^)]*\\)", "").trim();
      boolean describes =
          expansion.toLowerCase(Locale.ROOT).contains(entry.term().toLowerCase(Locale.ROOT));
      if (!expansion.isEmpty() && !describes) {
        List<String> tokens = tokens(analyzer, expansion);
        if (!tokens.isEmpty()) {
          forms.add(tokens);
        }
      }
      if (forms.isEmpty()) {
        continue;
      }
      // An entry of one name has no synonyms, but a query naming it is still shown its definition.
      Synonyms synonyms = new Synonyms(entry.id(), List.copyOf(forms));
      entries.add(synonyms);
      for (List<String> form : forms) {
        byForm.putIfAbsent(form, synonyms);
        longest = Math.max(longest, form.size());
      }
    }
  }

  /** Every entry with at least one name; those with two or more have synonyms. */
  public List<Synonyms> entries() {
    return List.copyOf(entries);
  }

  /** The published entry with this id, or null. */
  public GlossaryEntry entry(String id) {
    return byId.get(id);
  }

  /** Whether a single analysed token is a glossary acronym (acronyms are never fuzzy-matched). */
  public boolean isAcronymToken(String token) {
    return acronyms.contains(token);
  }

  /** The longest run of {@code tokens} from {@code start} that names an entry, if any. */
  public Match longestMatch(List<String> tokens, int start) {
    for (int length = Math.min(longest, tokens.size() - start); length > 0; length--) {
      Synonyms entry = byForm.get(tokens.subList(start, start + length));
      if (entry != null) {
        return new Match(entry, start, length);
      }
    }
    return null;
  }

  /** The analysed tokens of a text. */
  public static List<String> tokens(Analyzer analyzer, String text) {
    List<String> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // cannot happen: the text is in memory
    }
    return tokens;
  }
}
