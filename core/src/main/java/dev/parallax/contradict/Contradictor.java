package dev.parallax.contradict;

import static java.util.Objects.requireNonNull;

import dev.parallax.Article;
import dev.parallax.Claim;
import dev.parallax.ClaimAlignment;
import dev.parallax.Contradiction;
import dev.parallax.Contradiction.Kind;
import dev.parallax.OrdinalFacet;
import dev.parallax.PolarityFacet;
import dev.parallax.QuantityFacet;
import dev.parallax.TextSpan;
import dev.parallax.TimeFacet;
import dev.parallax.align.Synonyms;
import dev.parallax.rules.Cue;
import dev.parallax.rules.RulePack;
import dev.parallax.text.AnalyzedText;
import dev.parallax.text.TextAnalyzer;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds contradictions between compared articles: statements of two articles that cannot both
 * hold. Precision comes first: every check below stays silent when in doubt, and agreement that
 * only looks different is never flagged.
 *
 * <ul>
 *   <li><b>NUMERIC</b> (aligned pairs): two quantities that measure the same thing, both with units
 *       of one dimension or both without a unit and counting the same noun (the words right after
 *       the number, compared by stem and the bundled synonyms: "12 people" and "15 people", never
 *       "40 rounds" and "two nations"), whose intervals do not meet even when widened for rounding
 *       ({@link QuantityFacet#agreesWith}). When a claim states several such quantities, they must
 *       agree among themselves ("248 kilometers (155 miles)") and none of them may agree with one
 *       of the other claim. A denied claim is left out.
 *   <li><b>TEMPORAL</b> (aligned pairs): each claim holds exactly one date or time expression, an
 *       absolute calendar date ({@code 2025}, {@code 2025-08}, {@code 2025-10-19}; no interval, no
 *       {@code *_REF}, no unknown part), and neither value contains the other ({@code 2025} and
 *       {@code 2025-08} agree, {@code 2024-08} and {@code 2025-08} do not). Claims that may speak of
 *       several events are left out: those with an ordinal statement or a temporal connective
 *       ("after", "before", "since", ...) outside the date, and pairs whose content words outside
 *       the dates overlap less than {@value #TEMPORAL_MIN_OVERLAP} of the smaller claim's.
 *   <li><b>ORDINAL</b> (all claims of two articles, aligned or not): two ordinal statements that
 *       count the same kind of event (head nouns of their events equal by stem or synonym, or one a
 *       generic count noun such as "case" or "time" whose claim holds the other's noun), each with
 *       a window and neither saying when its own event happened ("the first occurred last August"
 *       is about another event), where the window of the higher count lies inside the window of the
 *       lower count: "the first known defection since August 2024" (1, from 2024-08-01 to the
 *       publication date) and "only the second known case ... this year" (2, 2025) cannot both hold.
 *       Windows run to the article's publication date when it is known (a year that has not ended
 *       stops there; a {@code from} without a {@code to} ends there) and are open otherwise.
 *   <li><b>POLARITY</b> (aligned pairs scored at least {@value #POLARITY_MIN_SCORE}): one claim
 *       asserted, the other denied by exactly one negation whose scope holds content words of the
 *       asserted claim (at least half of its own content words). Negations of reporting ("did not
 *       say", "declined to confirm") and denial verbs ("denied that ...", which report someone's
 *       denial) are left out.
 *   <li><b>QUANTIFIER</b>: not checked yet.
 * </ul>
 *
 * <p>Results are symmetric: the articles in reverse order give the same contradictions with left
 * and right swapped. Claims of one article are never set against each other, so an article
 * compared with itself gives none. One contradiction is kept per pair of evidence spans.
 *
 * <p>Immutable and thread-safe: build it once and share it; each call works on its own data.
 */
public final class Contradictor {
  /** The least alignment score for a polarity check. */
  static final double POLARITY_MIN_SCORE = 0.5;
  /** The least share of the smaller claim's content words two claims must share to be dated. */
  static final double TEMPORAL_MIN_OVERLAP = 0.6;
  /** The most content words read after a number as the noun it counts. */
  static final int MAX_NOUN_WORDS = 3;

  private static final Pattern ABSOLUTE_DATE =
      Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
  private static final Pattern SIMPLE_PERIOD = Pattern.compile("P\\d+[DWMY]");

  /** The bundled word lists of the checks. */
  private static final String LEXICON = "/dev/parallax/contradict/en/contradict.rules";

  private final TextAnalyzer analyzer;
  private final Synonyms synonyms;
  private final Set<String> genericNouns;
  private final Set<String> connectives;
  private final Set<String> reporting;
  private final Set<String> denials;

  /**
   * A contradictor that reads claim words with {@code analyzer}, groups nouns by synonyms and
   * takes its word lists from the cues of {@code lexicon} (facets {@code generic-count-noun},
   * {@code temporal-connective}, {@code reporting-word}, {@code denial-verb}).
   */
  public Contradictor(TextAnalyzer analyzer, Synonyms synonyms, RulePack lexicon) {
    this.analyzer = requireNonNull(analyzer, "analyzer");
    this.synonyms = requireNonNull(synonyms, "synonyms");
    this.genericNouns = stems(words(lexicon, "generic-count-noun"));
    this.connectives = stems(words(lexicon, "temporal-connective"));
    this.reporting = stems(words(lexicon, "reporting-word"));
    this.denials = stems(words(lexicon, "denial-verb"));
  }

  /**
   * English: the English analysis, the bundled synonym groups and the bundled word lists
   * ({@code contradict/en/contradict.rules}).
   */
  public static Contradictor english(TextAnalyzer analyzer) {
    return english(analyzer, Synonyms.english(analyzer));
  }

  /** English word lists, with synonym groups already loaded (shared with the aligner). */
  public static Contradictor english(TextAnalyzer analyzer, Synonyms synonyms) {
    return new Contradictor(analyzer, synonyms,
        RulePack.fromClasspath(LEXICON));
  }

  /** The words of the cues of {@code facet} in {@code lexicon}. */
  private static List<String> words(RulePack lexicon, String facet) {
    List<String> out = new ArrayList<>();
    for (Cue cue : lexicon.cues()) {
      if (cue.facet().equals(facet)) {
        for (dev.parallax.rules.Matcher m : cue.matchers()) {
          if (m instanceof dev.parallax.rules.Matcher.Words w) {
            out.addAll(w.phrases());
          }
        }
      }
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException(
          "rule pack '" + lexicon.id() + "' has no words for facet '" + facet + "'");
    }
    return out;
  }

  /**
   * The contradictions between the claims of compared articles; articles are named by their ids
   * and ordinal windows left open at the end, as publication dates are unknown here.
   *
   * @param claimsPerArticle the claims of each article, in comparison order
   * @param alignments the aligned pairs of claims
   * @return the contradictions, ordered by left article, then left evidence, then right evidence
   */
  public List<Contradiction> find(
      List<List<Claim>> claimsPerArticle, List<ClaimAlignment> alignments) {
    return new Session(null, claimsPerArticle, alignments).run();
  }

  /**
   * The contradictions between the claims of compared articles, with the articles themselves:
   * explanations name each article by its outlet (else its id), and ordinal windows end at each
   * article's publication date when it has one.
   *
   * @param articles the articles, in comparison order
   * @param claimsPerArticle the claims of each article, in the same order
   * @param alignments the aligned pairs of claims
   * @throws IllegalArgumentException when the two lists differ in size
   */
  public List<Contradiction> find(List<Article> articles, List<List<Claim>> claimsPerArticle,
      List<ClaimAlignment> alignments) {
    requireNonNull(articles, "articles");
    requireNonNull(claimsPerArticle, "claimsPerArticle");
    if (articles.size() != claimsPerArticle.size()) {
      throw new IllegalArgumentException("got " + articles.size() + " articles but claims of "
          + claimsPerArticle.size());
    }
    return new Session(List.copyOf(articles), claimsPerArticle, alignments).run();
  }

  @Override
  public String toString() {
    return "Contradictor[numeric, temporal, ordinal, polarity]";
  }

  private Set<String> stems(List<String> words) {
    Set<String> out = new LinkedHashSet<>();
    for (String w : words) {
      AnalyzedText t = analyzer.analyze(w);
      if (t.wordCount() == 1) {
        out.add(t.stem(0));
      }
    }
    return Set.copyOf(out);
  }

  // ---------------------------------------------------------------------------------------------
  // one call
  // ---------------------------------------------------------------------------------------------

  /** The state of one {@code find} call. */
  private final class Session {
    private final List<List<Claim>> claims;
    private final List<ClaimAlignment> alignments;
    private final Map<String, Integer> rank = new HashMap<>();
    private final Map<String, String> names = new HashMap<>();
    private final Map<String, LocalDate> published = new HashMap<>();
    private final Map<Claim, Words> words = new HashMap<>();
    private final Map<List<TextSpan>, Contradiction> found = new LinkedHashMap<>();

    Session(List<Article> articles, List<List<Claim>> claimsPerArticle,
        List<ClaimAlignment> alignments) {
      requireNonNull(claimsPerArticle, "claimsPerArticle");
      requireNonNull(alignments, "alignments");
      this.claims = claimsPerArticle.stream().map(List::copyOf).toList();
      this.alignments = List.copyOf(alignments);
      for (int i = 0; i < claims.size(); i++) {
        for (Claim c : claims.get(i)) {
          rank.putIfAbsent(c.article(), i);
        }
      }
      if (articles != null) {
        for (int i = 0; i < articles.size(); i++) {
          Article a = articles.get(i);
          rank.putIfAbsent(a.id(), i);
          names.putIfAbsent(a.id(), a.outlet().orElse(a.id()));
          a.publishedDate().ifPresent(d -> published.putIfAbsent(a.id(), d));
        }
      }
    }

    List<Contradiction> run() {
      for (ClaimAlignment al : alignments) {
        Claim l = al.left();
        Claim r = al.right();
        if (l.article().equals(r.article())) {
          continue;
        }
        if (before(r, l)) {
          Claim x = l;
          l = r;
          r = x;
        }
        numeric(l, r);
        temporal(l, r);
        polarity(l, r, al.score());
      }
      for (int i = 0; i < claims.size(); i++) {
        for (int j = 0; j < claims.size(); j++) {
          if (i != j) {
            ordinals(claims.get(i), claims.get(j));
          }
        }
      }
      List<Contradiction> out = new ArrayList<>(found.values());
      out.sort(Comparator.comparingInt((Contradiction c) -> rankOf(c.left().article()))
          .thenComparing(c -> c.left().article())
          .thenComparingInt(c -> c.leftEvidence().start())
          .thenComparingInt(c -> c.leftEvidence().end())
          .thenComparingInt(c -> rankOf(c.right().article()))
          .thenComparing(c -> c.right().article())
          .thenComparingInt(c -> c.rightEvidence().start())
          .thenComparingInt(c -> c.rightEvidence().end())
          .thenComparing(Contradiction::kind));
      return List.copyOf(out);
    }

    private int rankOf(String article) {
      return rank.getOrDefault(article, Integer.MAX_VALUE);
    }

    /** Whether {@code a}'s article comes before {@code b}'s in the comparison. */
    private boolean before(Claim a, Claim b) {
      int c = Integer.compare(rankOf(a.article()), rankOf(b.article()));
      return c != 0 ? c < 0 : a.article().compareTo(b.article()) < 0;
    }

    private String name(Claim c) {
      return names.getOrDefault(c.article(), c.article());
    }

    private Words words(Claim c) {
      return words.computeIfAbsent(c, Words::new);
    }

    /** Keeps {@code c} unless a surer one has the same evidence; {@code c} may be either way round. */
    private void add(Contradiction c) {
      Contradiction k = before(c.right(), c.left()) ? c.swapped() : c;
      List<TextSpan> key = List.of(k.leftEvidence(), k.rightEvidence());
      Contradiction old = found.get(key);
      if (old == null || k.confidence() > old.confidence()) {
        found.put(key, k);
      }
    }

    // ---------------------------------------------------------------------------------------------
    // NUMERIC
    // ---------------------------------------------------------------------------------------------

    private void numeric(Claim l, Claim r) {
      if (l.stance() == Claim.Stance.DENIED || r.stance() == Claim.Stance.DENIED) {
        return;
      }
      List<Measure> ml = measures(l);
      List<Measure> mr = measures(r);
      for (Measure a : ml) {
        for (Measure b : mr) {
          if (!matches(a, b)) {
            continue;
          }
          List<Measure> gl = ml.stream().filter(x -> matches(x, b)).toList();
          List<Measure> gr = mr.stream().filter(y -> matches(a, y)).toList();
          if (gl.get(0) != a || gr.get(0) != b || !consistent(gl) || !consistent(gr)) {
            continue;
          }
          boolean agree = false;
          for (Measure x : gl) {
            for (Measure y : gr) {
              agree |= x.q().agreesWith(y.q());
            }
          }
          if (agree) {
            continue;
          }
          double conf = 0.8;
          if (a.q().approximation() != QuantityFacet.Approximation.EXACT
              || b.q().approximation() != QuantityFacet.Approximation.EXACT) {
            conf -= 0.1;
          }
          if (!a.noun().isEmpty() && !a.noun().get(0).equals(b.noun().get(0))) {
            conf -= 0.1;
          }
          conf -= hedgePenalty(l, r);
          add(new Contradiction(Kind.NUMERIC, l, r, a.evidence(), b.evidence(), a.value(),
              b.value(),
              name(l) + " gives " + a.value() + " (\"" + a.evidence().text() + "\"); " + name(r)
                  + " gives " + b.value() + " (\"" + b.evidence().text()
                  + "\"), which no rounding or approximation reconciles.",
              clamp(conf)));
        }
      }
    }

    /** Whether the quantities of a group all agree with each other. */
    private boolean consistent(List<Measure> group) {
      for (int i = 0; i < group.size(); i++) {
        for (int j = i + 1; j < group.size(); j++) {
          if (!group.get(i).q().agreesWith(group.get(j).q())) {
            return false;
          }
        }
      }
      return true;
    }

    /** Whether two quantities measure the same thing. */
    private boolean matches(Measure a, Measure b) {
      if (!a.q().comparableWith(b.q()) || a.noun().isEmpty() != b.noun().isEmpty()) {
        return false;
      }
      if (a.noun().isEmpty()) {
        return true; // units of one dimension
      }
      List<String> x = a.noun();
      List<String> y = b.noun();
      return x.get(0).equals(y.get(0)) || x.get(0).equals(y.get(y.size() - 1))
          || y.get(0).equals(x.get(x.size() - 1));
    }

    private List<Measure> measures(Claim c) {
      List<Measure> out = new ArrayList<>();
      List<TimeFacet> times = c.facets(TimeFacet.class);
      for (QuantityFacet q : c.facets(QuantityFacet.class)) {
        if (times.stream().anyMatch(t -> overlaps(t.span(), q.span()))) {
          continue; // a year or a day, read as time
        }
        if (q.unit().isPresent() || q.dimension().isPresent()) {
          out.add(new Measure(q, List.of(), q.span(), amount(q)));
          continue;
        }
        Words w = words(c);
        int k = w.firstWordFrom(q.span().end());
        if (k < 0 || !w.gapIsSpace(q.span().end(), w.start(k))) {
          continue;
        }
        List<String> noun = new ArrayList<>();
        for (int i = k; i < w.size() && noun.size() < MAX_NOUN_WORDS; i++) {
          if (!w.isContent(i) || (i > k && !w.gapIsSpace(w.end(i - 1), w.start(i)))) {
            break;
          }
          noun.add(w.stem(i));
        }
        if (noun.isEmpty()) {
          continue;
        }
        TextSpan ev = w.span(q.span().start(), w.end(k));
        out.add(new Measure(q, List.copyOf(noun), ev,
            amount(q) + " " + w.text(k).toLowerCase(Locale.ROOT)));
      }
      return out;
    }

    // ---------------------------------------------------------------------------------------------
    // TEMPORAL
    // ---------------------------------------------------------------------------------------------

    private void temporal(Claim l, Claim r) {
      if (l.stance() == Claim.Stance.DENIED || r.stance() == Claim.Stance.DENIED
          || !l.facets(OrdinalFacet.class).isEmpty() || !r.facets(OrdinalFacet.class).isEmpty()) {
        return;
      }
      TimeFacet tl = soleDate(l);
      TimeFacet tr = soleDate(r);
      if (tl == null || tr == null || tl.value().startsWith(tr.value())
          || tr.value().startsWith(tl.value())) {
        return;
      }
      Words wl = words(l);
      Words wr = words(r);
      if (wl.hasStemOutside(connectives, tl.span()) || wr.hasStemOutside(connectives, tr.span())) {
        return;
      }
      Set<String> cl = wl.contentStemsOutside(l.facets(TimeFacet.class));
      Set<String> cr = wr.contentStemsOutside(r.facets(TimeFacet.class));
      Set<String> shared = new LinkedHashSet<>(cl);
      shared.retainAll(cr);
      if (shared.size() < 2 || shared.size() < TEMPORAL_MIN_OVERLAP * Math.min(cl.size(),
          cr.size())) {
        return;
      }
      double conf = (tl.value().length() == 10 && tr.value().length() == 10) ? 0.75 : 0.65;
      conf -= hedgePenalty(l, r);
      add(new Contradiction(Kind.TEMPORAL, l, r, tl.span(), tr.span(), tl.value(), tr.value(),
          name(l) + " dates this to " + human(tl.value()) + " (\"" + tl.span().text() + "\"); "
              + name(r) + " dates it to " + human(tr.value()) + " (\"" + tr.span().text()
              + "\").",
          clamp(conf)));
    }

    /** The claim's one date or time expression when it is an absolute date; else null. */
    private TimeFacet soleDate(Claim c) {
      List<TimeFacet> ts = c.facets(TimeFacet.class).stream()
          .filter(t -> t.type() == TimeFacet.Type.DATE || t.type() == TimeFacet.Type.TIME)
          .toList();
      if (ts.size() != 1) {
        return null;
      }
      TimeFacet t = ts.get(0);
      if (t.type() != TimeFacet.Type.DATE || t.from().isPresent() || t.to().isPresent()
          || !ABSOLUTE_DATE.matcher(t.value()).matches()) {
        return null;
      }
      return t;
    }

    // ---------------------------------------------------------------------------------------------
    // ORDINAL
    // ---------------------------------------------------------------------------------------------

    /** Checks every ordinal of {@code inner} (the higher count) against those of {@code outer}. */
    private void ordinals(List<Claim> outerClaims, List<Claim> innerClaims) {
      for (Claim co : outerClaims) {
        for (OrdinalFacet o : co.facets(OrdinalFacet.class)) {
          Window wo = countable(co, o);
          if (wo == null) {
            continue;
          }
          for (Claim ci : innerClaims) {
            if (ci.article().equals(co.article())) {
              continue;
            }
            for (OrdinalFacet i : ci.facets(OrdinalFacet.class)) {
              if (i.ordinal() <= o.ordinal()) {
                continue;
              }
              Window wi = countable(ci, i);
              if (wi == null || !wo.contains(wi)) {
                continue;
              }
              Optional<Double> same = sameEvent(co, o, ci, i);
              if (same.isEmpty()) {
                continue;
              }
              ordinal(co, o, wo, ci, i, wi, same.get());
            }
          }
        }
      }
    }

    private void ordinal(Claim co, OrdinalFacet o, Window wo, Claim ci, OrdinalFacet i,
        Window wi, double conf) {
      Optional<OrdinalFacet> earlier = earlierDated(ci, i);
      if (earlier.isPresent()) {
        Window when = window(earlier.get().when().get(), ci.article());
        if (when != null && wo.contains(when)) {
          conf += 0.05;
        }
      }
      conf -= hedgePenalty(co, ci) / 2;
      String outerSays = "the " + ordinalWord(o.ordinal()) + " " + event(o) + " "
          + phrase(o.window().get());
      String innerSays = "the " + ordinalWord(i.ordinal()) + " " + event(i) + " "
          + phrase(i.window().get())
          + earlier.map(e -> ", the " + ordinalWord(e.ordinal()) + " "
              + datePhrase(e.when().get()) + " (\"" + e.when().get().span().text() + "\")")
              .orElse("");
      boolean outerLeft = before(co, ci);
      String explanation = (outerLeft
          ? name(co) + " counts this as " + outerSays + "; " + name(ci) + " counts it as "
              + innerSays
          : name(ci) + " counts this as " + innerSays + "; " + name(co) + " counts it as "
              + outerSays)
          + ", and " + period(i.window().get()) + " lies within " + period(o.window().get())
          + ".";
      add(new Contradiction(Kind.ORDINAL, co, ci, o.span(), i.span(), ordinalValue(o),
          ordinalValue(i), explanation, clamp(conf)));
    }

    /** The window of an ordinal statement about the reported event, or null if it has none. */
    private Window countable(Claim c, OrdinalFacet o) {
      if (o.when().isPresent() || o.event().isBlank() || o.window().isEmpty()
          || c.stance() == Claim.Stance.DENIED) {
        return null;
      }
      return window(o.window().get(), c.article());
    }

    /**
     * The confidence that two statements count the same kind of event, or empty: equal heads,
     * or a generic count noun on one side in a claim that names the other's head.
     */
    private Optional<Double> sameEvent(Claim ca, OrdinalFacet a, Claim cb, OrdinalFacet b) {
      String ha = head(a.event());
      String hb = head(b.event());
      if (ha == null || hb == null) {
        return Optional.empty();
      }
      if (ha.equals(hb)) {
        return Optional.of(0.75);
      }
      boolean ga = genericNouns.contains(ha);
      boolean gb = genericNouns.contains(hb);
      if (ga && !gb && words(ca).contentStems().contains(hb)) {
        return Optional.of(0.7);
      }
      if (gb && !ga && words(cb).contentStems().contains(ha)) {
        return Optional.of(0.7);
      }
      return Optional.empty();
    }

    /** The stem of an event's head noun: the last word before its first stop word. */
    private String head(String event) {
      AnalyzedText t = analyzer.analyze(event);
      String head = null;
      for (int i = 0; i < t.wordCount(); i++) {
        if (t.isStopWord(i) || t.isNumber(i)) {
          break;
        }
        head = synonyms.canonical(t.stem(i));
      }
      return head;
    }

    /** A statement of the same sentence, a lower count of the same event, that says when. */
    private Optional<OrdinalFacet> earlierDated(Claim c, OrdinalFacet o) {
      for (List<Claim> article : claims) {
        for (Claim other : article) {
          if (!other.article().equals(c.article()) || other.sentence() != c.sentence()) {
            continue;
          }
          for (OrdinalFacet e : other.facets(OrdinalFacet.class)) {
            if (e != o && e.ordinal() < o.ordinal() && e.event().equals(o.event())
                && e.when().isPresent()
                && ABSOLUTE_DATE.matcher(e.when().get().value()).matches()) {
              return Optional.of(e);
            }
          }
        }
      }
      return Optional.empty();
    }

    private String event(OrdinalFacet o) {
      List<String> q = o.qualifiers().stream().filter(w -> !w.equals("only")).toList();
      return (q.isEmpty() ? "" : String.join(" ", q) + " ") + o.event();
    }

    private String ordinalValue(OrdinalFacet o) {
      TimeFacet w = o.window().get();
      String window = w.from().isPresent()
          ? "from " + w.from().get() + w.to().map(t -> " to " + t).orElse("")
          : "in " + w.value();
      return o.ordinal() + " " + o.event() + " " + window;
    }

    /** The interval a time expression covers, ending by the article's publication date. */
    private Window window(TimeFacet t, String article) {
      LocalDate pub = published.get(article);
      LocalDate start;
      LocalDate end;
      if (t.type() == TimeFacet.Type.DURATION) {
        if (pub == null || !SIMPLE_PERIOD.matcher(t.value()).matches()) {
          return null;
        }
        return new Window(pub.minus(Period.parse(t.value())), pub);
      }
      if (t.from().isPresent()) {
        LocalDate[] f = interval(t.from().get());
        if (f == null) {
          return null;
        }
        start = f[0];
        if (t.to().isPresent()) {
          LocalDate[] e = interval(t.to().get());
          if (e == null) {
            return null;
          }
          end = e[1];
        } else {
          end = null;
        }
      } else if (t.to().isPresent()) {
        return null;
      } else {
        LocalDate[] v = interval(t.value());
        if (v == null) {
          return null;
        }
        start = v[0];
        end = v[1];
      }
      if (pub != null) {
        end = end == null || end.isAfter(pub) ? pub : end;
        if (end.isBefore(start)) {
          return null;
        }
      }
      return new Window(start, end);
    }

    // ---------------------------------------------------------------------------------------------
    // POLARITY
    // ---------------------------------------------------------------------------------------------

    private void polarity(Claim l, Claim r, double score) {
      if (score < POLARITY_MIN_SCORE) {
        return;
      }
      Claim denied;
      Claim asserted;
      if (l.stance() == Claim.Stance.DENIED && r.stance() == Claim.Stance.ASSERTED) {
        denied = l;
        asserted = r;
      } else if (r.stance() == Claim.Stance.DENIED && l.stance() == Claim.Stance.ASSERTED) {
        denied = r;
        asserted = l;
      } else {
        return;
      }
      List<PolarityFacet> negs = denied.facets(PolarityFacet.class).stream()
          .filter(p -> p.kind() == PolarityFacet.Kind.NEGATION).toList();
      if (negs.size() != 1) {
        return;
      }
      PolarityFacet neg = negs.get(0);
      Words wd = words(denied);
      Words wa = words(asserted);
      if (wd.anyStemIn(denials, neg.span()) || neg.scope().equals(neg.span())
          || wd.anyStemIn(reporting, neg.scope())) {
        return;
      }
      Set<String> assertedStems = wa.contentStems();
      int inScope = 0;
      Set<String> shared = new LinkedHashSet<>();
      for (int i = 0; i < wd.size(); i++) {
        if (wd.isContent(i) && within(wd.start(i), wd.end(i), neg.scope())) {
          inScope++;
          if (assertedStems.contains(wd.stem(i))) {
            shared.add(wd.stem(i));
          }
        }
      }
      if (shared.isEmpty() || shared.size() * 2 < inScope) {
        return;
      }
      int from = -1;
      int to = -1;
      for (int i = 0; i < wa.size(); i++) {
        if (wa.isContent(i) && shared.contains(wa.stem(i))) {
          from = from < 0 ? wa.start(i) : from;
          to = wa.end(i);
        }
      }
      TextSpan deniedEv = wd.span(neg.span().start(), neg.scope().end());
      TextSpan assertedEv = wa.span(from, to);
      double conf = clamp(0.5 + 0.4 * score);
      String explanation = name(asserted) + " states it (\"" + assertedEv.text() + "\"); "
          + name(denied) + " denies it (\"" + deniedEv.text() + "\").";
      if (denied == l) {
        add(new Contradiction(Kind.POLARITY, l, r, deniedEv, assertedEv, "denied", "asserted",
            explanation, conf));
      } else {
        add(new Contradiction(Kind.POLARITY, l, r, assertedEv, deniedEv, "asserted", "denied",
            explanation, conf));
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // helpers
  // ---------------------------------------------------------------------------------------------

  /**
   * A quantity with what it counts.
   *
   * @param q the quantity
   * @param noun the stems of the words it counts (up to {@value #MAX_NOUN_WORDS}); empty when it
   *     has a unit
   * @param evidence its words, with the first counted word when it has no unit
   * @param value the normalised amount ("12 people", "about 34000", "248 km")
   */
  private record Measure(QuantityFacet q, List<String> noun, TextSpan evidence, String value) {}

  /**
   * A stretch of days, both ends included; {@code end} null when it runs on to an unknown "now".
   */
  private record Window(LocalDate start, LocalDate end) {
    boolean contains(Window o) {
      if (o.start.isBefore(start)) {
        return false;
      }
      if (end == null) {
        return true;
      }
      return o.end != null && !o.end.isAfter(end);
    }
  }

  /** The words of one claim, with offsets into its article. */
  private final class Words {
    private final Claim claim;
    private final AnalyzedText t;
    private final int base;

    Words(Claim claim) {
      this.claim = claim;
      this.t = analyzer.analyze(claim.text());
      this.base = claim.span().start();
    }

    int size() {
      return t.wordCount();
    }

    int start(int i) {
      return base + t.start(i);
    }

    int end(int i) {
      return base + t.end(i);
    }

    String text(int i) {
      return t.word(i);
    }

    String stem(int i) {
      return synonyms.canonical(t.stem(i));
    }

    boolean isContent(int i) {
      return !t.isStopWord(i) && !t.isNumber(i) && t.word(i).codePoints()
          .anyMatch(Character::isLetter);
    }

    /** The first word that starts at or after article char {@code c}, or -1. */
    int firstWordFrom(int c) {
      for (int i = 0; i < t.wordCount(); i++) {
        if (start(i) >= c) {
          return i;
        }
      }
      return -1;
    }

    /** Whether the article chars {@code [from, to)} are all white space. */
    boolean gapIsSpace(int from, int to) {
      String s = claim.text();
      for (int i = from - base; i < to - base; i++) {
        if (i < 0 || i >= s.length() || !Character.isWhitespace(s.charAt(i))) {
          return false;
        }
      }
      return true;
    }

    Set<String> contentStems() {
      Set<String> out = new LinkedHashSet<>();
      for (int i = 0; i < t.wordCount(); i++) {
        if (isContent(i)) {
          out.add(stem(i));
        }
      }
      return out;
    }

    Set<String> contentStemsOutside(List<TimeFacet> times) {
      Set<String> out = new LinkedHashSet<>();
      for (int i = 0; i < t.wordCount(); i++) {
        int s = start(i);
        int e = end(i);
        if (isContent(i) && times.stream().noneMatch(tf -> within(s, e, tf.span()))) {
          out.add(stem(i));
        }
      }
      return out;
    }

    boolean hasStemOutside(Set<String> stems, TextSpan span) {
      for (int i = 0; i < t.wordCount(); i++) {
        if (stems.contains(t.stem(i)) && !within(start(i), end(i), span)) {
          return true;
        }
      }
      return false;
    }

    boolean anyStemIn(Set<String> stems, TextSpan span) {
      for (int i = 0; i < t.wordCount(); i++) {
        if (stems.contains(t.stem(i)) && within(start(i), end(i), span)) {
          return true;
        }
      }
      return false;
    }

    /** The span of article chars {@code [from, to)}, which lie inside the claim. */
    TextSpan span(int from, int to) {
      TextSpan c = claim.span();
      String s = claim.text();
      int line = c.line();
      int column = c.column();
      for (int i = 0; i < from - base; i++) {
        char ch = s.charAt(i);
        if (ch == '\n' || (ch == '\r' && (i + 1 >= s.length() || s.charAt(i + 1) != '\n'))) {
          line++;
          column = 1;
        } else {
          column++;
        }
      }
      return new TextSpan(c.article(), from, to, s.substring(from - base, to - base), line,
          column);
    }
  }

  private static boolean within(int start, int end, TextSpan span) {
    return start >= span.start() && end <= span.end();
  }

  private static boolean overlaps(TextSpan a, TextSpan b) {
    return a.start() < b.end() && b.start() < a.end();
  }

  private static double hedgePenalty(Claim a, Claim b) {
    return (a.stance() == Claim.Stance.HEDGED ? 0.1 : 0) + (b.stance() == Claim.Stance.HEDGED
        ? 0.1 : 0);
  }

  private static double clamp(double d) {
    return Math.round(Math.max(0, Math.min(1, d)) * 100) / 100.0;
  }

  /** "about 34000", "248 km", "more than 40", "30-40". */
  private static String amount(QuantityFacet q) {
    String unit = q.unit().map(u -> " " + u).orElse("");
    switch (q.approximation()) {
      case ABOUT:
        return "about " + num(q.value()) + unit;
      case AT_LEAST:
        return "at least " + num(q.value()) + unit;
      case MORE_THAN:
        return "more than " + num(q.value()) + unit;
      case AT_MOST:
        return "at most " + num(q.value()) + unit;
      case LESS_THAN:
        return "less than " + num(q.value()) + unit;
      case RANGE:
        return num(q.low()) + "-" + (Double.isInfinite(q.high()) ? "" : num(q.high())) + unit;
      default:
        return num(q.value()) + unit;
    }
  }

  private static String num(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
  }

  /** The days a TIMEX3 calendar value covers ({@code 2025}, {@code 2025-08}, {@code 2025-10-19}). */
  private static LocalDate[] interval(String value) {
    Matcher m = ABSOLUTE_DATE.matcher(value);
    if (!m.matches()) {
      return null;
    }
    try {
      int y = Integer.parseInt(m.group(1));
      if (m.group(2) == null) {
        return new LocalDate[] {LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)};
      }
      YearMonth ym = YearMonth.of(y, Integer.parseInt(m.group(2)));
      if (m.group(3) == null) {
        return new LocalDate[] {ym.atDay(1), ym.atEndOfMonth()};
      }
      LocalDate d = ym.atDay(Integer.parseInt(m.group(3)));
      return new LocalDate[] {d, d};
    } catch (java.time.DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  /** "2025", "August 2025", "Sunday 19 October 2025"; other values as they are. */
  static String human(String value) {
    Matcher m = ABSOLUTE_DATE.matcher(value);
    if (!m.matches()) {
      return value;
    }
    try {
      if (m.group(2) == null) {
        return m.group(1);
      }
      YearMonth ym = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
      String month = ym.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
      if (m.group(3) == null) {
        return month + " " + ym.getYear();
      }
      LocalDate d = ym.atDay(Integer.parseInt(m.group(3)));
      return d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
          + d.getDayOfMonth() + " " + month + " " + d.getYear();
    } catch (java.time.DateTimeException e) {
      return value;
    }
  }

  /** "in 2025", "in August 2025", "on Sunday 19 October 2025". */
  private static String datePhrase(TimeFacet t) {
    return (t.value().length() == 10 ? "on " : "in ") + human(t.value());
  }

  /** How a window reads: "since August 2024", "in 2025", "between May 2024 and June 2025". */
  private static String phrase(TimeFacet w) {
    if (w.type() == TimeFacet.Type.DURATION) {
      return w.span().text();
    }
    if (w.from().isPresent() && w.to().isPresent()) {
      return "between " + human(w.from().get()) + " and " + human(w.to().get());
    }
    if (w.from().isPresent()) {
      return "since " + human(w.from().get());
    }
    return datePhrase(w);
  }

  /** A window as a noun: "the period since August 2024", "2025", "August 2025". */
  private static String period(TimeFacet w) {
    if (w.type() == TimeFacet.Type.DURATION) {
      return "\"" + w.span().text() + "\"";
    }
    if (w.from().isPresent()) {
      return "the period " + phrase(w);
    }
    return human(w.value());
  }

  private static final String[] ORDINALS = {"zeroth", "first", "second", "third", "fourth",
      "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth",
      "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
      "twentieth"};

  private static String ordinalWord(int n) {
    if (n < ORDINALS.length) {
      return ORDINALS[n];
    }
    int mod100 = n % 100;
    String suffix = mod100 >= 11 && mod100 <= 13 ? "th"
        : switch (n % 10) {
          case 1 -> "st";
          case 2 -> "nd";
          case 3 -> "rd";
          default -> "th";
        };
    return n + suffix;
  }
}
