package org.dhrkb.search.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Makes British and American spellings meet by rewriting each lowercase token to one form before
 * stemming: -ize/-yze to -ise/-yse, -or to -our for the words that take it, -er to -re, and a few
 * word pairs (program/programme, license/licence, advisor/adviser, pediatric/paediatric).
 *
 * <p>It runs at index and query time alike, so over-rewriting is harmless (it only has to be
 * consistent); what matters is that it never merges two different words, which is why the -our and
 * -re rules work from word lists and the -ize rule needs three letters before it.
 */
public final class SpellingVariantFilter extends TokenFilter {
  /** American roots that take -our in British spelling, matched as a token prefix. */
  private static final String[] OR_ROOTS = {
    "behavior", "color", "favor", "honor", "labor", "neighbor", "harbor", "rumor", "humor",
    "endeavor", "vigor", "savior", "flavor", "armor", "odor", "tumor", "vapor", "rigor",
    "candor", "clamor", "parlor", "valor", "demeanor"
  };

  /** Whole-word rewrites, American (or variant) form to the form the index keeps. */
  private static final Map<String, String> WORDS =
      Map.ofEntries(
          Map.entry("center", "centre"),
          Map.entry("centers", "centres"),
          Map.entry("centered", "centred"),
          Map.entry("theater", "theatre"),
          Map.entry("theaters", "theatres"),
          Map.entry("fiber", "fibre"),
          Map.entry("liter", "litre"),
          Map.entry("program", "programme"),
          Map.entry("programs", "programmes"),
          Map.entry("license", "licence"),
          Map.entry("licenses", "licences"),
          Map.entry("defense", "defence"),
          Map.entry("offense", "offence"),
          Map.entry("offenses", "offences"),
          Map.entry("pretense", "pretence"),
          Map.entry("advisor", "adviser"),
          Map.entry("advisors", "advisers"),
          Map.entry("judgment", "judgement"),
          Map.entry("judgments", "judgements"),
          Map.entry("aging", "ageing"),
          Map.entry("enroll", "enrol"),
          Map.entry("fulfill", "fulfil"),
          Map.entry("catalog", "catalogue"),
          Map.entry("dialog", "dialogue"),
          Map.entry("gray", "grey"),
          Map.entry("inquiry", "enquiry"),
          Map.entry("inquiries", "enquiries"),
          Map.entry("inquire", "enquire"),
          Map.entry("skeptical", "sceptical"),
          Map.entry("practice", "practise"),
          Map.entry("practices", "practises"),
          Map.entry("practiced", "practised"),
          Map.entry("practicing", "practising"));

  /** Prefix rewrites for the ae/oe medical words and doubled -l- before a suffix. */
  private static final String[][] PREFIXES = {
    {"pediatr", "paediatr"}, {"gynecolog", "gynaecolog"}, {"anesthe", "anaesthe"},
    {"orthoped", "orthopaed"}, {"hemorrh", "haemorrh"}, {"hemoglob", "haemoglob"},
    {"esophag", "oesophag"}, {"estrogen", "oestrogen"}, {"edema", "oedema"},
    {"fetus", "foetus"}, {"fetal", "foetal"}, {"diarrhea", "diarrhoea"},
    {"counselor", "counsellor"}, {"counseling", "counselling"}, {"counseled", "counselled"},
    {"traveling", "travelling"}, {"traveled", "travelled"}, {"traveler", "traveller"},
    {"modeling", "modelling"}, {"modeled", "modelled"}, {"labeling", "labelling"},
    {"labeled", "labelled"}, {"canceling", "cancelling"}, {"canceled", "cancelled"},
    {"signaling", "signalling"}, {"signaled", "signalled"}, {"leveling", "levelling"},
    {"fueling", "fuelling"}, {"totaling", "totalling"}
  };

  /** Words ending in -ize that have no -ise form. */
  private static final Set<String> IZE_KEEP =
      Set.of("capsize", "downsize", "resize", "oversize", "upsize", "supersize");

  /** The keys of {@link #WORDS}, looked up in the term's own buffer. */
  private static final CharArraySet WORD_KEYS = new CharArraySet(WORDS.keySet(), false);

  /**
   * {@link #PREFIXES} and {@link #OR_ROOTS} by their first letter, in their order: a word is only
   * compared with the few that start as it does (this filter runs on every token indexed).
   */
  private static final String[][][] PREFIXES_BY_FIRST = byFirst(PREFIXES, p -> p[0]);

  private static final String[][][] ROOTS_BY_FIRST =
      byFirst(
          Arrays.stream(OR_ROOTS).map(r -> new String[] {r}).toArray(String[][]::new), r -> r[0]);

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

  public SpellingVariantFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (!keyword.isKeyword() && mayRewrite(term.buffer(), term.length())) {
      String word = term.toString();
      String rewritten = normalize(word);
      if (!rewritten.equals(word)) {
        term.setEmpty().append(rewritten);
      }
    }
    return true;
  }

  /** The spelling the index keeps for a lowercase word. */
  static String normalize(String word) {
    String whole = WORDS.get(word);
    if (whole != null) {
      return whole;
    }
    char first = word.isEmpty() ? 0 : word.charAt(0);
    for (String[] prefix : first < 128 ? PREFIXES_BY_FIRST[first] : NONE) {
      if (word.startsWith(prefix[0])) {
        return prefix[1] + word.substring(prefix[0].length());
      }
    }
    for (String[] roots : first < 128 ? ROOTS_BY_FIRST[first] : NONE) {
      String root = roots[0];
      if (word.startsWith(root) && !word.startsWith(root.substring(0, root.length() - 2) + "our")) {
        return root.substring(0, root.length() - 2) + "our" + word.substring(root.length());
      }
    }
    String ize = izeToIse(word);
    if (ize != null) {
      return ize;
    }
    return word;
  }

  private static final String[][] NONE = {};

  /**
   * False when {@link #normalize} would surely return the word as it is: not a listed word, no
   * listed prefix or root, no 'z' (every -ize/-yze ending has one). Reads the term's buffer, so
   * most tokens cost no String.
   */
  static boolean mayRewrite(char[] buffer, int length) {
    if (length == 0) {
      return false;
    }
    if (WORD_KEYS.contains(buffer, 0, length)) {
      return true;
    }
    char first = buffer[0];
    if (first < 128) {
      for (String[] prefix : PREFIXES_BY_FIRST[first]) {
        if (startsWith(buffer, length, prefix[0])) {
          return true;
        }
      }
      for (String[] root : ROOTS_BY_FIRST[first]) {
        if (startsWith(buffer, length, root[0])) {
          return true;
        }
      }
    }
    for (int i = 0; i < length; i++) {
      if (buffer[i] == 'z') {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWith(char[] buffer, int length, String prefix) {
    if (prefix.length() > length) {
      return false;
    }
    for (int i = 0; i < prefix.length(); i++) {
      if (buffer[i] != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static String[][][] byFirst(String[][] entries, Function<String[], String> key) {
    List<List<String[]>> groups = new ArrayList<>();
    for (int c = 0; c < 128; c++) {
      groups.add(new ArrayList<>());
    }
    for (String[] entry : entries) {
      groups.get(key.apply(entry).charAt(0)).add(entry);
    }
    String[][][] result = new String[128][][];
    for (int c = 0; c < 128; c++) {
      result[c] = groups.get(c).toArray(String[][]::new);
    }
    return result;
  }

  private static final String[] IZE_ENDINGS = {
    "izations",
    "ization",
    "izing",
    "izers",
    "izer",
    "izes",
    "ized",
    "ize",
    "yzing",
    "yzers",
    "yzer",
    "yzes",
    "yzed",
    "yze"
  };

  private static String izeToIse(String word) {
    for (String ending : IZE_ENDINGS) {
      if (word.endsWith(ending)) {
        String stem = word.substring(0, word.length() - ending.length());
        // "size", "prize", "seize" and "maize" have no -ise form: require a longer stem.
        if (stem.length() < 3
            || IZE_KEEP.contains(stem + (ending.startsWith("y") ? "yze" : "ize"))) {
          return null;
        }
        return stem + ending.replace('z', 's');
      }
    }
    return null;
  }
}
