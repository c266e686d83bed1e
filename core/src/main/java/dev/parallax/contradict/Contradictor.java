package dev.parallax.contradict;

import static java.util.Objects.requireNonNull;

import dev.parallax.Article;
import dev.parallax.Claim;
import dev.parallax.ClaimAlignment;
import dev.parallax.Contradiction;
import dev.parallax.align.Synonyms;
import dev.parallax.rules.RulePack;
import dev.parallax.text.TextAnalyzer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Finds contradictions between compared articles: statements of two articles that cannot both
 * hold. Every quantity, length of time, date and clock time of a claim is a fact mention with a
 * frame (the words around it); mentions of two articles are matched by frame, not only along
 * aligned claims, and compared by their stated precision. The checks run as a list, one class
 * per kind, over every pair of articles:
 *
 * <ol>
 *   <li>{@link NumericCheck}: amounts of the same thing that no rounding reconciles;
 *   <li>{@link TemporalCheck}: dates and times of the same event that cannot meet;
 *   <li>{@link OrdinalCheck}: counts of one kind of event in nested windows;
 *   <li>{@link PolarityCheck}: one statement asserted and denied;
 *   <li>{@link QuantifierCheck}: quantifier, frequency and degree words that exclude each other
 *       ("few" and "most", "never" and "often"), and vague counts against numbers.
 * </ol>
 *
 * <p>Precision comes first: every check stays silent when in doubt, and agreement that only looks
 * different is never flagged. Each finding's confidence starts from its check's base and rises
 * with the words its frames share and with the alignment score of its claims; it falls for
 * hedged claims, for bounds read as close to their number, and for a plan set against what
 * happened. {@link dev.parallax.Parallax.Builder#minConfidence} drops findings below a level.
 *
 * <p>Results are symmetric: the articles in reverse order give the same contradictions with left
 * and right swapped. Claims of one article are never set against each other, so an article
 * compared with itself gives none; a pair of articles gives the same findings whatever other
 * articles are compared with them, save through their alignments. One contradiction is kept per
 * pair of claims and kind, the surest; a quantifier contradiction of two claims stands for their
 * polarity contradiction ("no injuries" and "many injuries").
 *
 * <p>Immutable and thread-safe: build it once and share it; each call works on its own data.
 */
public final class Contradictor {
  /** The bundled word lists of the checks. */
  private static final String LEXICON = "/dev/parallax/contradict/en/contradict.rules";

  private final TextAnalyzer analyzer;
  private final Synonyms synonyms;
  private final MentionReader reader;
  private final QuantifierCheck quantifiers;
  private final List<Check> checks;
  private final Explainer explainer = new Explainer();

  /**
   * A contradictor that reads claim words with {@code analyzer}, groups words by synonyms and
   * takes its word lists and scales from the cues of {@code lexicon}.
   */
  public Contradictor(TextAnalyzer analyzer, Synonyms synonyms, RulePack lexicon) {
    this.analyzer = requireNonNull(analyzer, "analyzer");
    this.synonyms = requireNonNull(synonyms, "synonyms");
    Lexicon words = new Lexicon(requireNonNull(lexicon, "lexicon"), analyzer);
    this.reader = new MentionReader(words);
    this.quantifiers = new QuantifierCheck(words);
    this.checks = List.of(
        new NumericCheck(),
        new TemporalCheck(words),
        new OrdinalCheck(analyzer, synonyms, words),
        new PolarityCheck(words),
        quantifiers);
  }

  /** English: the English analysis, the bundled synonym groups and word lists. */
  public static Contradictor english(TextAnalyzer analyzer) {
    return english(analyzer, Synonyms.english(analyzer));
  }

  /** English word lists, with synonym groups already loaded (shared with the aligner). */
  public static Contradictor english(TextAnalyzer analyzer, Synonyms synonyms) {
    return new Contradictor(analyzer, synonyms, RulePack.fromClasspath(LEXICON));
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
    requireNonNull(claimsPerArticle, "claimsPerArticle");
    List<ArticlePair.Side> sides = new ArrayList<>();
    for (List<Claim> claims : claimsPerArticle) {
      String id = claims.isEmpty() ? "" : claims.get(0).article();
      sides.add(side(id, id, Optional.empty(), claims));
    }
    return run(sides, alignments);
  }

  /**
   * The contradictions between the claims of compared articles, with the articles themselves:
   * explanations name each article by its outlet (by its id when the outlet is missing or two
   * articles share it), and windows and dates end at each article's publication date when it has
   * one.
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
    Map<String, Long> outlets = articles.stream().filter(a -> a.outlet().isPresent())
        .collect(Collectors.groupingBy(a -> a.outlet().get(), Collectors.counting()));
    List<ArticlePair.Side> sides = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      Article a = articles.get(i);
      String name = a.outlet().filter(o -> outlets.get(o) == 1).orElse(a.id());
      sides.add(side(a.id(), name, a.publishedDate(), claimsPerArticle.get(i)));
    }
    return run(sides, alignments);
  }

  @Override
  public String toString() {
    return "Contradictor[numeric, temporal, ordinal, polarity, quantifier]";
  }

  private ArticlePair.Side side(String id, String name, Optional<LocalDate> published,
      List<Claim> claims) {
    List<ClaimView> views = new ArrayList<>(claims.size());
    for (Claim c : claims) {
      ClaimWords w = new ClaimWords(c, analyzer, synonyms);
      List<Amount> amounts = reader.amounts(w);
      views.add(new ClaimView(w, w.contentStems(), amounts, reader.moments(w),
          quantifiers.read(w, amounts)));
    }
    return new ArticlePair.Side(id, name, published, List.copyOf(views));
  }

  private List<Contradiction> run(List<ArticlePair.Side> sides,
      List<ClaimAlignment> alignments) {
    requireNonNull(alignments, "alignments");
    Map<List<Claim>, Double> aligned = new HashMap<>();
    for (ClaimAlignment al : alignments) {
      aligned.merge(List.of(al.left(), al.right()), al.score(), Math::max);
      aligned.merge(List.of(al.right(), al.left()), al.score(), Math::max);
    }
    Map<String, Integer> rank = new HashMap<>();
    Map<String, String> names = new HashMap<>();
    for (int i = 0; i < sides.size(); i++) {
      rank.putIfAbsent(sides.get(i).id(), i);
      names.putIfAbsent(sides.get(i).id(), sides.get(i).name());
    }
    Map<List<Object>, Finding> kept = new LinkedHashMap<>();
    for (int i = 0; i < sides.size(); i++) {
      for (int j = i + 1; j < sides.size(); j++) {
        if (sides.get(i).id().equals(sides.get(j).id())) {
          continue; // the same article twice
        }
        ArticlePair pair = ArticlePair.of(sides.get(i), sides.get(j), aligned);
        List<Finding> found = new ArrayList<>();
        for (Check check : checks) {
          check.inspect(pair, found);
        }
        for (Finding f : found) {
          Finding k = rank.get(f.left().article()) <= rank.get(f.right().article()) ? f
              : f.swapped();
          List<Object> key = List.of(k.left().span(), k.right().span(), k.kind());
          Finding old = kept.get(key);
          if (old == null || k.confidence() > old.confidence()) {
            kept.put(key, k);
          }
        }
      }
    }
    // "no injuries" and "many injuries" deny and assert one statement too: the quantifier
    // finding says more, so it stands alone
    for (Finding f : List.copyOf(kept.values())) {
      if (f.kind() == Contradiction.Kind.QUANTIFIER) {
        kept.remove(List.of(f.left().span(), f.right().span(), Contradiction.Kind.POLARITY));
      }
    }
    List<Contradiction> out = new ArrayList<>();
    for (Finding f : kept.values()) {
      String explanation = explainer.explain(f, names.get(f.left().article()),
          names.get(f.right().article()));
      out.add(new Contradiction(f.kind(), f.left(), f.right(), f.leftEvidence(),
          f.rightEvidence(), f.leftValue(), f.rightValue(), explanation, f.confidence()));
    }
    out.sort(Comparator.comparingInt((Contradiction c) -> rank.get(c.left().article()))
        .thenComparingInt(c -> c.leftEvidence().start())
        .thenComparingInt(c -> c.leftEvidence().end())
        .thenComparingInt(c -> rank.get(c.right().article()))
        .thenComparingInt(c -> c.rightEvidence().start())
        .thenComparingInt(c -> c.rightEvidence().end())
        .thenComparing(Contradiction::kind));
    return List.copyOf(out);
  }
}
