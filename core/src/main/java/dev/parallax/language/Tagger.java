package dev.parallax.language;

import static java.util.Objects.requireNonNull;

import dev.parallax.rules.Category;
import dev.parallax.rules.Cue;
import dev.parallax.matching.PackMatcher;
import dev.parallax.matching.ScareQuotes;
import dev.parallax.rules.Rule;
import dev.parallax.rules.RulePack;
import dev.parallax.text.AnalyzedText;
import dev.parallax.text.CharSpan;
import dev.parallax.text.Quotations;
import dev.parallax.text.TextAnalyzer;
import dev.parallax.text.WebAddresses;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The language stage: tags loaded and opinion language with the rules of the packs in force,
 * marks what stands inside direct quotations, and leaves out what the caller suppressed
 * (disabled rules and categories, allowed terms). Words inside a web address
 * ("http://example.com/crooks-steal-jewels/") are never tagged: an address names a page. A pack
 * states where its rules do not apply in context with cues of facet {@value #CANCELS}: a tag of the category named in the cue's value
 * that holds a match of the cue is left out ("Did you feel the earthquake?" asks the reader for
 * news, not for agreement). Cues of facet {@value #REQUIRES} state the reverse: a tag of the
 * category they name stands only when it holds one of them (a question that opens with no word
 * of asking, "Price?", "The guy who had it before Cam?", is a lead-in to the answer that follows).
 * Cues of facet {@value #INTRODUCES} mark words that introduce a term: a tag of the category they
 * name that opens with a quotation mark right after one of them is left out (a "zero-day" flaw
 * names a thing, it casts no doubt on a word). The packs are compiled once; immutable and
 * thread-safe.
 */
public final class Tagger {

  /** The facet of cues that cancel the tags of one category around them. */
  public static final String CANCELS = "cancels";

  /**
   * The facet of cues that a tag of one category must hold to stand: when the packs in force have
   * cues of this facet for a category, a tag of that category that holds none of them is left out.
   */
  public static final String REQUIRES = "requires";

  /**
   * The facet of cues that introduce a term in quotation marks: a tag of the category they name
   * that opens with a quotation mark right after one of them, white space between, is left out.
   */
  public static final String INTRODUCES = "introduces";

  /**
   * One tag: a rule matched at {@code [start, end)}.
   *
   * @param pack the rule's pack
   * @param rule the rule
   * @param start first char
   * @param end end (exclusive)
   * @param quoted whether the tag lies inside a quotation of reported speech (someone else's
   *     words; see {@link Quotations#speech}), or inside a short quotation after a word of
   *     saying ("said she was "hopeful""; see {@link PackMatcher#attributedQuotes}), or inside a
   *     short quotation next to a quotation of speech ({@link ScareQuotes#partialQuotes}), or
   *     inside a quoted paragraph ({@link Quotations#paragraphs}); a
   *     question or an exclamation is quoted when its mark stands inside a quotation
   * @param alsoBy other rules of the same category whose matches overlap this one, as {@code
   *     pack/rule}; they are not hits of their own
   */
  public record Hit(RulePack pack, Rule rule, int start, int end, boolean quoted,
      List<String> alsoBy) {
    /** Copies the list. */
    public Hit {
      alsoBy = List.copyOf(alsoBy);
    }

    int length() {
      return end - start;
    }
  }

  private final List<RulePack> packs;
  private final PackMatcher matcher;
  private final Set<String> disabledRules;
  private final Set<Category> disabledCategories;
  private final List<List<String>> allowed;
  /** The categories whose tags must hold a cue of facet {@link #REQUIRES}. */
  private final Set<Category> required = java.util.EnumSet.noneOf(Category.class);

  /**
   * Compiles the packs.
   *
   * @param packs the packs in force
   * @param analyzer the analysis of article text
   * @param disabledRules rules to leave out, as {@code rule-id} or {@code pack-id/rule-id}
   * @param disabledCategories categories to leave out
   * @param allowedTerms words or phrases never to tag (matched on stems)
   * @throws IllegalArgumentException naming a disabled rule that no pack has
   */
  public Tagger(
      List<RulePack> packs,
      TextAnalyzer analyzer,
      Set<String> disabledRules,
      Set<Category> disabledCategories,
      Set<String> allowedTerms) {
    this.packs = List.copyOf(packs);
    for (RulePack p : packs) {
      for (var e : p.entries()) {
        if (e instanceof Cue c && (CANCELS.equals(c.facet()) || REQUIRES.equals(c.facet())
            || INTRODUCES.equals(c.facet()))) {
          Category named = c.value().flatMap(Category::fromPackName).orElseThrow(() ->
              new IllegalArgumentException("cue '" + p.id() + "/" + c.id() + "' of facet '"
                  + c.facet() + "' names no category in its value: "
                  + c.value().orElse("(none)")));
          if (REQUIRES.equals(c.facet())) {
            required.add(named);
          }
        }
      }
    }
    this.disabledRules = Set.copyOf(disabledRules);
    this.disabledCategories = Set.copyOf(disabledCategories);
    for (String id : disabledRules) {
      if (packs.stream().noneMatch(p -> p.rules().stream().anyMatch(r -> names(p, r, id)))) {
        throw new IllegalArgumentException(
            "cannot disable rule '" + id + "': no pack in force has it (packs: "
                + String.join(", ", packs.stream().map(RulePack::id).toList()) + ")");
      }
    }
    List<List<String>> allow = new ArrayList<>();
    for (String term : allowedTerms) {
      AnalyzedText a = analyzer.analyze(requireNonNull(term, "allowed term"));
      List<String> stems = new ArrayList<>();
      for (int i = 0; i < a.wordCount(); i++) {
        stems.add(a.stem(i));
      }
      if (stems.isEmpty()) {
        throw new IllegalArgumentException("allowed term '" + term + "' holds no word");
      }
      allow.add(List.copyOf(stems));
    }
    this.allowed = List.copyOf(allow);
    this.matcher = PackMatcher.of(this.packs.stream().map(RulePack::entries).toList(), analyzer);
  }

  private static boolean names(RulePack p, Rule r, String id) {
    return id.equals(r.id()) || id.equals(p.id() + "/" + r.id());
  }

  /** The packs in force. */
  public List<RulePack> packs() {
    return packs;
  }

  /** The tags of one analysed text, in text order. */
  public List<Hit> tag(AnalyzedText t) {
    return tag(t, matcher.match(t));
  }

  /**
   * The tags of {@code t} among {@code matches}: those of a matcher compiled with this tagger's
   * packs (in a group of their own), in text order.
   */
  public List<Hit> tag(AnalyzedText t, List<PackMatcher.Match> matches) {
    List<CharSpan> speech = null; // made when the first tag is found
    List<CharSpan> attributed = null;
    List<CharSpan> partial = null;
    List<CharSpan> paragraphs = null;
    List<CharSpan> addresses = WebAddresses.find(t.text());
    List<Hit> out = new ArrayList<>();
    List<PackMatcher.Match> cancels = cuesOf(matches, CANCELS);
    List<PackMatcher.Match> introducers = cuesOf(matches, INTRODUCES);
    List<PackMatcher.Match> requires = required.isEmpty() ? List.of()
        : cuesOf(matches, REQUIRES);
    for (PackMatcher.Match m : matches) {
      if (!(m.entry() instanceof Rule rule)
          || disabledCategories.contains(rule.category())
          || isDisabled(packs.get(m.pack()), rule)
          || isAllowed(t, m.start(), m.end())
          || holdsCue(cancels, rule.category(), m)
          || introduced(t.text(), introducers, rule.category(), m)
          || required.contains(rule.category()) && !holdsCue(requires, rule.category(), m)
          || insideName(t, m.start(), m.end())
          || Quotations.inside(addresses, m.start(), m.end())) {
        continue; // a web address names a page; the words of its path are nobody's judgement
      }
      int mark = finalMark(t.text(), m.start(), m.end());
      if (mark >= 0 && (lostSymbol(t.text(), mark) || strayMark(t.text(), m.start(), mark))) {
        continue;
      }
      if (speech == null) {
        speech = Quotations.speech(t);
        attributed = matcher.attributedQuotes(t);
        partial = ScareQuotes.partialQuotes(t);
        paragraphs = Quotations.paragraphs(t.text());
      }
      boolean quoted = Quotations.inside(speech, m.start(), m.end())
          || Quotations.inside(attributed, m.start(), m.end())
          || Quotations.inside(partial, m.start(), m.end())
          || Quotations.inside(paragraphs, m.start(), m.end())
          || mark >= 0 && (insideAny(t.quotations(), mark) || closesQuotation(t.text(), mark)
              || leftOpen(t.text(), m.start(), mark));
      out.add(new Hit(packs.get(m.pack()), rule, m.start(), m.end(), quoted, List.of()));
    }
    return onceByCategory(out);
  }

  /** The matches of cues of {@code facet} among {@code matches}; usually none. */
  private static List<PackMatcher.Match> cuesOf(List<PackMatcher.Match> matches,
      String facet) {
    List<PackMatcher.Match> out = List.of();
    for (PackMatcher.Match m : matches) {
      if (m.entry() instanceof Cue c && facet.equals(c.facet())) {
        if (out.isEmpty()) {
          out = new ArrayList<>();
        }
        out.add(m);
      }
    }
    return out;
  }

  /**
   * Whether {@code [start, end)} is part of a longer name: its words all start with a capital, it
   * does not open its sentence (nor follow a colon), the sentence is no headline, and a word that
   * starts with a capital stands right before or after it in the sentence ("Tyson Fury", "the
   * National Disaster Mitigation Agency", "the AirPort Extreme card"). A name is no judgement of
   * the writer's.
   */
  private static boolean insideName(AnalyzedText t, int start, int end) {
    int first = t.wordsBefore(start);
    int last = t.wordsBefore(end) - 1;
    if (first > last || !capital(t, first)) {
      return false; // most tags: a word in lower case
    }
    for (int w = first + 1; w <= last; w++) {
      if (!capital(t, w)) {
        return false;
      }
    }
    CharSpan sentence = sentenceOf(t, start);
    if (sentence == null || first == t.wordsBefore(sentence.start())
        || t.text().substring(t.end(first - 1), start).contains(":")) {
      return false; // the first word of a sentence or after a colon has a capital anyway
    }
    if (headline(t, sentence)) {
      return false; // a headline capitalises its words, names or not
    }
    boolean before = t.start(first - 1) >= sentence.start() && capital(t, first - 1)
        && t.text().substring(t.end(first - 1), start).isBlank();
    boolean after = last + 1 < t.wordCount() && t.end(last + 1) <= sentence.end()
        && capital(t, last + 1) && t.text().substring(end, t.start(last + 1)).isBlank();
    return before || after;
  }

  /**
   * Whether {@code sentence} is written in headline case: of its words that are no stop words, at
   * least three and at least four in five start with a capital.
   */
  private static boolean headline(AnalyzedText t, CharSpan sentence) {
    int content = 0;
    int capitals = 0;
    for (int w = t.wordsBefore(sentence.start()); w < t.wordsBefore(sentence.end()); w++) {
      if (!t.isStopWord(w)) {
        content++;
        capitals += capital(t, w) ? 1 : 0;
      }
    }
    return capitals >= 3 && 5 * capitals >= 4 * content;
  }

  private static boolean capital(AnalyzedText t, int w) {
    String word = t.word(w);
    return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
  }

  /** The sentence of {@code t} that holds offset {@code at}, or null. */
  private static CharSpan sentenceOf(AnalyzedText t, int at) {
    int i = t.sentenceFrom(at);
    return i < t.sentences().size() && t.sentences().get(i).start() <= at
        ? t.sentences().get(i) : null;
  }

  /**
   * Whether a cue among {@code cues} (of facet {@link #CANCELS} or {@link #REQUIRES}) names
   * {@code category} and matches inside the match {@code m}.
   */
  private static boolean holdsCue(List<PackMatcher.Match> cues, Category category,
      PackMatcher.Match m) {
    for (PackMatcher.Match c : cues) {
      if (m.start() <= c.start() && c.end() <= m.end() && ((Cue) c.entry()).value()
          .flatMap(Category::fromPackName).filter(category::equals).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether match {@code m}, of {@code category}, opens with a quotation mark right after a cue
   * of {@code cues} for that category, with white space alone between them.
   */
  private static boolean introduced(String text, List<PackMatcher.Match> cues,
      Category category, PackMatcher.Match m) {
    if (cues.isEmpty() || m.start() >= text.length()
        || "\"“'`‘".indexOf(text.charAt(m.start())) < 0) {
      return false;
    }
    for (PackMatcher.Match c : cues) {
      if (c.end() <= m.start() && text.substring(c.end(), m.start()).isBlank()
          && ((Cue) c.entry()).value().flatMap(Category::fromPackName)
              .filter(category::equals).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The offset of the "?" or "!" that ends the tag {@code [start, end)}, past closing quotation
   * marks and spaces (a question or an exclamation), or -1.
   */
  private static int finalMark(String text, int start, int end) {
    for (int i = end - 1; i >= start; i--) {
      char c = text.charAt(i);
      if (c == '?' || c == '!') {
        return i;
      }
      if (!Character.isWhitespace(c) && "\"'”’»“".indexOf(c) < 0) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Whether the "?" at {@code mark} stands for a sign lost in conversion, not the end of a
   * question: a number follows it ("agreeing an? 110 billion", where the euro sign was), and not
   * the number of the next item of a list ("? 2. How will they...").
   */
  private static boolean lostSymbol(String text, int mark) {
    if (text.charAt(mark) != '?') {
      return false;
    }
    int i = mark + 1;
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    int digits = i;
    while (i < text.length() && Character.isDigit(text.charAt(i))) {
      i++;
    }
    boolean numbering = i + 1 < text.length() && (text.charAt(i) == '.' || text.charAt(i) == ')')
        && Character.isWhitespace(text.charAt(i + 1)); // "...? 2. How will they..."
    return i > digits && !numbering;
  }

  /**
   * Whether the "?" or "!" at {@code mark} is a stray mark, not the end of a question or an
   * exclamation: it follows a full stop ("...like Ross.?", a mark left by conversion), or the
   * sentence from {@code start} holds no letter or digit before it (a "?" on its own).
   */
  private static boolean strayMark(String text, int start, int mark) {
    if (mark > 0 && text.charAt(mark - 1) == '.' && (mark < 3 || !text.startsWith("..", mark - 3))) {
      return true; // an ellipsis before the mark ("...?") still asks
    }
    for (int i = start; i < mark; i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the "?" or "!" at {@code mark} stands inside a quotation opened earlier in its
   * sentence (from {@code start}) and not closed before the mark: the chant of "Klitschko! in a
   * sentence that reports it, or a speaker's ‘Stop! in a quotation inside a quotation. Straight
   * double marks count by parity (the typewritten `` opens and '' closes); a curly opening mark (“ or ‘) is open when no closing mark of its
   * kind follows it (a ’ between two letters is an apostrophe: "I’m").
   */
  private static boolean leftOpen(String text, int start, int mark) {
    int straight = 0;
    boolean curly = false;
    boolean single = false;
    for (int i = start; i < mark; i++) {
      char c = text.charAt(i);
      if (c == '"') {
        straight++;
      } else if ((c == '\'' || c == '`') && i + 1 < mark && text.charAt(i + 1) == c) {
        straight += c == '`' || straight % 2 == 1 ? 1 : 0; // typewritten `` opens, '' closes
        i++;
      } else if (c == '“') {
        curly = true;
      } else if (c == '”') {
        curly = false;
      } else if (c == '‘') {
        single = true;
      } else if (c == '’' && !(i > start && i + 1 < mark
          && Character.isLetter(text.charAt(i - 1)) && Character.isLetter(text.charAt(i + 1)))) {
        single = false;
      }
    }
    return straight % 2 == 1 || curly || single;
  }

  /**
   * Whether a closing quotation mark follows the "?" or "!" at {@code mark} (after spaces): the
   * question or exclamation ends a quotation, as in typewritten news whose marks do not pair
   * ({@code ''Would we have done it without him? ''}).
   */
  private static boolean closesQuotation(String text, int mark) {
    int i = mark + 1;
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    if (i >= text.length()) {
      return false;
    }
    char c = text.charAt(i);
    return c == '\u201d' || c == '\u2019' || c == '"' && (i + 1 == text.length() || !Character.isLetterOrDigit(
        text.charAt(i + 1))) || c == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'';
  }

  /** Whether offset {@code at} lies strictly inside one of {@code quotes}, marks excluded. */
  private static boolean insideAny(List<CharSpan> quotes, int at) {
    for (CharSpan q : quotes) {
      if (q.start() < at && at < q.end() - 1) {
        return true;
      }
    }
    return false;
  }

  /**
   * The hits with overlapping hits of one category merged: the longest match stands for them (on
   * a tie the first, in text and pack order) and names the others in {@link Hit#alsoBy}, so one
   * stretch of loaded language counts once however many rules or packs tag it. {@code hits} are
   * in text order; so is the result.
   */
  private static List<Hit> onceByCategory(List<Hit> hits) {
    List<Hit> out = new ArrayList<>(hits.size());
    Map<Category, Integer> open = new EnumMap<>(Category.class); // its hit's index in out
    for (Hit h : hits) {
      Category c = h.rule().category();
      Integer at = open.get(c);
      if (at != null && h.start() < out.get(at).end()) {
        Hit was = out.get(at);
        Hit keep = h.length() > was.length() ? h : was;
        Hit other = keep == h ? was : h;
        List<String> also = new ArrayList<>(keep.alsoBy());
        also.add(other.pack().id() + "/" + other.rule().id());
        also.addAll(other.alsoBy());
        out.set(at, new Hit(keep.pack(), keep.rule(), keep.start(),
            keep.end(), keep.quoted(), also));
        continue;
      }
      open.put(c, out.size());
      out.add(h);
    }
    out.sort(Comparator.comparingInt(Hit::start)); // a longer hit that won may start later
    return out;
  }

  private boolean isDisabled(RulePack pack, Rule rule) {
    return !disabledRules.isEmpty() // usually: then no id to build for every match
        && (disabledRules.contains(rule.id())
            || disabledRules.contains(pack.id() + "/" + rule.id()));
  }

  /** Whether the words of {@code [start, end)} are exactly an allowed term. */
  private boolean isAllowed(AnalyzedText t, int start, int end) {
    if (allowed.isEmpty()) {
      return false;
    }
    List<String> stems = new ArrayList<>();
    for (int w = 0; w < t.wordCount(); w++) {
      if (t.start(w) >= start && t.end(w) <= end) {
        stems.add(t.stem(w));
      }
    }
    return allowed.contains(stems);
  }

  @Override
  public String toString() {
    Set<String> ids = new LinkedHashSet<>();
    packs.forEach(p -> ids.add(p.id()));
    return "Tagger[packs=" + ids + ", disabled rules=" + new TreeSet<>(disabledRules)
        + ", disabled categories=" + disabledCategories + ", allowed terms=" + allowed.size()
        + "]";
  }
}
