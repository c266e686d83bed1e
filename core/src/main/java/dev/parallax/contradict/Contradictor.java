package dev.parallax.contradict;

import dev.parallax.text.WebAddresses;
import static java.util.Objects.requireNonNull;

import dev.parallax.Article;
import dev.parallax.Claim;
import dev.parallax.ClaimAlignment;
import dev.parallax.TimeFacet;
import dev.parallax.Contradiction;
import dev.parallax.align.Synonyms;
import dev.parallax.align.TextPairs;
import dev.parallax.rules.RulePack;
import dev.parallax.text.TextAnalyzer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds contradictions between compared articles: statements of two articles that cannot both
 * hold. Every quantity, length of time, date and clock time of a claim is a fact mention with a
 * frame (the words around it); mentions of two articles are matched by frame, not only along
 * aligned claims, and compared by their stated precision. The checks run as a list, one class
 * per kind, over every pair of compared articles (with many articles, each and its nearest ones:
 * see {@link dev.parallax.align.Aligner#NEIGHBOURS}):
 *
 * <ol>
 *   <li>{@link NumericCheck}: amounts of the same thing that no rounding reconciles;
 *   <li>{@link TemporalCheck}: dates and times of the same event that cannot meet;
 *   <li>{@link PartOfDayCheck}: a clock time outside the part of the day given for the same
 *       event;
 *   <li>{@link EventClockCheck}: each report's only clock time of one kind of event ("the blast
 *       happened at 2:47 p.m.", "the silo blew up at 12:47 p.m."), in claims worded apart;
 *   <li>{@link EarliestCheck}: a time given for an event before the time it does not happen
 *       before ("due to vote on June 9" against "not expected to vote until July 14");
 *   <li>{@link AgeCheck}: the year a thing was made against its age;
 *   <li>{@link LastReachedCheck}: two years a level was last reached ("the highest since 2016",
 *       "a four-year high");
 *   <li>{@link OrdinalCheck}: counts of one kind of event in nested windows;
 *   <li>{@link RenumberCheck}: one thing given two places in one sequence;
 *   <li>{@link RankCheck}: one thing given two places in one ranking ("the largest", "the
 *       second-biggest");
 *   <li>{@link PolarityCheck}: one statement asserted and denied;
 *   <li>{@link OppositeCheck}: one thing in two states that exclude each other ("intact" and
 *       "destroyed", "unarmed" and "armed", "well equipped" and "poorly equipped"), reported
 *       as polarity;
 *   <li>{@link OppositeDeeds}: one thing given two outcomes of a decision or a test that exclude
 *       each other ("approved" and "rejected", "passed" and "failed"), reported as polarity;
 *   <li>{@link AttributeCheck}: one slot of a fact filled differently: a place by compass
 *       direction, the role of a named person, the speaker of a quotation, a home, one person's
 *       given name, a cause of death, the round of one game.
 *   <li>{@link QuantifierCheck}: quantifier, frequency and degree words that exclude each other
 *       ("few" and "most", "never" and "often"), and vague counts against numbers.
 * </ol>
 *
 * <p>Precision comes first: every check stays silent when in doubt, and agreement that only looks
 * different is never flagged. Each finding's confidence starts from its check's base and rises
 * with the wording its two claims share; it falls for every other mention that could have been
 * the match, for values far apart (a part and a total), for hedged claims, for bounds read as
 * close to their number, for a plan set against what happened, and for a publication date that
 * had to be assumed (docs/json.md gives the figures).
 * {@link dev.parallax.Parallax.Builder#minConfidence} drops findings below a level.
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
  /** The factor on the confidence of a finding that rests on an assumed publication date. */
  static final double UNDATED = 0.75;

  /** The bundled word lists of the checks. */
  private static final String LEXICON = "/dev/parallax/contradict/en/contradict.rules";

  private final TextAnalyzer analyzer;
  private final Synonyms synonyms;
  private final Set<String> joinedPrefixes;
  private final MentionReader reader;
  private final QuantifierReader quantifiers;
  private final Map<String, String> verbForms;
  private final List<Check> checks;
  private final Explainer explainer = new Explainer();

  /**
   * A contradictor that reads claim words with {@code analyzer}, groups words by synonyms and
   * takes its word lists and scales from the cues of {@code lexicon}.
   */
  public Contradictor(TextAnalyzer analyzer, Synonyms synonyms, RulePack lexicon) {
    this(analyzer, synonyms, lexicon, SameFact.bundled());
  }

  /** The same, with the same-fact models given (to fit and judge them). */
  Contradictor(TextAnalyzer analyzer, Synonyms synonyms, RulePack lexicon, SameFact sameFact) {
    this.analyzer = requireNonNull(analyzer, "analyzer");
    this.synonyms = requireNonNull(synonyms, "synonyms");
    PackCues cues = new PackCues(requireNonNull(lexicon, "lexicon"), analyzer);
    Lexicon words = new Lexicon(cues);
    this.joinedPrefixes = cues.lower("joined-prefix");
    AttributeWords attributes = new AttributeWords(cues, words);
    this.reader = new MentionReader(words, RankingWords.of(cues), cues.lower("passive-auxiliary"),
        cues.lower("perfect-auxiliary"));
    EventNouns events = new EventNouns(analyzer, synonyms, cues.lower("event-preposition"));
    this.quantifiers = new QuantifierReader(words);
    this.verbForms = verbForms(cues, analyzer, synonyms);
    OtherInstances others = new OtherInstances(cues.lower("other-instance-opener"),
        cues.lower("other-instance-preposition"), cues.valued("legislative-chamber"));
    TemporalCheck temporal = new TemporalCheck(sameFact, words, others,
        cues.lower("kin-noun"));
    OrdinalCheck ordinals = new OrdinalCheck(events, words, cues.lower("streak-qualifier"),
        cues.lower("streak-after"), cues.lower("owner-history"),
        cues.lower("possessive-determiner"), cues.lower("ordinal-witness"));
    NumericCheck numeric = new NumericCheck(words, sameFact, synonyms, others,
        new BrokenRecords(cues.lower("record-noun"), cues.lower("record-breaking")),
        cues.lower("definite-determiner"));
    this.checks = List.of(
        numeric,
        new PersonAgeCheck(numeric, attributes.titles()),
        new DefiniteAges(cues.lower("described-person"), cues.lower("definite-determiner")),
        new KinCounts(numeric, cues.lower("family-count-noun"),
            cues.lower("family-count-noun-in-context"), cues.lower("family-count-context"),
            cues.lower("possessive-determiner"), cues.lower("family-count-qualifier")),
        temporal,
        new PartOfDayCheck(temporal, sameFact, words),
        new EventClockCheck(temporal, EventClockCheck.kinds(cues, synonyms),
            cues.lower("event-clock-opener"), others),
        new EarliestCheck(temporal, sameFact, words),
        new AgeCheck(cues.lower("making-verb")),
        new LifeDates(temporal, cues.valued("life-event-subject"),
            cues.valued("life-event-object"), cues.valued("life-event-noun"),
            cues.lower("life-event-fatal"), cues.lower("life-event-stop"),
            cues.lower("life-event-participle"), cues.lower("person-relative"),
            cues.lower("passive-auxiliary"), cues.lower("perfect-auxiliary"),
            attributes.titles()),
        new PersonStretches(attributes.titles(), cues.lower("perfect-auxiliary")),
        new OrganisationBases(cues.lower("base-word"), cues.lower("apposition-article"),
            attributes.nationalities()),
        new LastReachedCheck(RankingWords.of(cues), cues.valued("level-extreme"),
            new LastReachedCheck.Waits(cues.lower("last-time-first"),
                cues.lower("last-time-wait"), cues.lower("last-time-ending"),
                cues.lower("last-time-last"), cues.lower("subject-determiner"))),
        ordinals,
        new RenumberCheck(events, words, ordinals, cues.lower("reported-event-subject")),
        new RankCheck(RankingWords.of(cues)),
        new TallyCheck(cues.lower("tally-word"), cues.lower("voting-body"),
            cues.lower("tally-for"), cues.lower("tally-against"),
            cues.lower("tally-unanimous"), cues.lower("tally-near-unanimous")),
        new PolarityCheck(words, cues.lower("negating-prefix"), cues.lower("negation-modal"),
            cues.lower("passive-auxiliary"), cues.lower("bare-noun-opener"),
            verbForms,
            new DeniedSubjects(cues.lower("subject-determiner"),
                cues.lower("possessive-determiner"), cues.lower("definite-determiner"),
                words.reporting(), cues.lower("speech-verb"), cues.lower("subject-pronoun")),
            new RestatedSubject(words, cues.lower("subject-pronoun"),
                cues.lower("predicate-conjunction"), cues.lower("subject-auxiliary"),
                cues.lower("passive-auxiliary"), cues.lower("predicate-adverb")),
            cues.lower("condition-opener"), cues.lower("light-verb"),
            cues.lower("negation-adverb"), cues.lower("deed-against"),
            cues.lower("predicate-conjunction"), cues.lower("receiving-verb")),
        new Alternatives(cues.lower("alternative-exclusion"), cues.lower("role-article")),
        new FateCheck(words, synonyms, cues.lower("light-verb")),
        new OppositeCheck(words, DegreeWords.of(cues), StateForms.of(cues),
            cues.lower("negating-prefix"), cues.lower("subject-pronoun")),
        new OppositeDeeds(words, cues.lower("passive-auxiliary"), OppositeDeeds.pairs(cues),
            cues.lower("organisation-word")),
        new AttributeCheck(attributes),
        new QuantifierCheck(words, com.google.common.collect.Sets.union(
            cues.lower("definite-determiner"), cues.lower("possessive-determiner"))));
  }

  /**
   * The stem of the base form of each irregular past or participle of pack facet {@code
   * verb-form}, by its lower-case form, folded by the synonym groups as claim words are.
   */
  private static Map<String, String> verbForms(PackCues cues, TextAnalyzer analyzer,
      Synonyms synonyms) {
    Map<String, String> out = new HashMap<>();
    cues.valued("verb-form").forEach((form, base) ->
        out.put(form, synonyms.canonical(analyzer.analyze(base).stem(0))));
    return out;
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
    return run(sides, alignments, TextPairs.all(sides.size()));
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
    return find(articles, claimsPerArticle, alignments, TextPairs.all(articles.size()));
  }

  /**
   * The same, between the pairs of articles {@code compared} only (by their positions): with many
   * articles, each article and its nearest ones, so that the work grows linearly with the number
   * of articles.
   *
   * @param compared the pairs of articles to check, by their positions in {@code articles}
   * @throws IllegalArgumentException when the lists differ in size, or {@code compared} is of
   *     another number of articles
   */
  public List<Contradiction> find(List<Article> articles, List<List<Claim>> claimsPerArticle,
      List<ClaimAlignment> alignments, TextPairs compared) {
    requireNonNull(articles, "articles");
    requireNonNull(claimsPerArticle, "claimsPerArticle");
    requireNonNull(compared, "compared");
    if (articles.size() != claimsPerArticle.size() || compared.texts() != articles.size()) {
      throw new IllegalArgumentException("got " + articles.size() + " articles but claims of "
          + claimsPerArticle.size() + " and pairs of " + compared.texts());
    }
    return run(sides(articles, claimsPerArticle), alignments, compared);
  }

  private List<ArticlePair.Side> sides(List<Article> articles,
      List<List<Claim>> claimsPerArticle) {
    Map<String, Long> outlets = articles.stream().filter(a -> a.outlet().isPresent())
        .collect(Collectors.groupingBy(a -> a.outlet().get(), Collectors.counting()));
    List<ArticlePair.Side> sides = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      Article a = articles.get(i);
      String name = a.outlet().filter(o -> outlets.get(o) == 1).orElse(a.id());
      sides.add(side(a.id(), name, a.publishedDate(), claimsPerArticle.get(i)));
    }
    return sides;
  }

  /**
   * Every compared pair of articles as the checks read them, and the checks: what the same-fact
   * models are fitted and judged on.
   */
  List<ArticlePair> pairs(List<Article> articles, List<List<Claim>> claimsPerArticle,
      List<ClaimAlignment> alignments) {
    List<ArticlePair.Side> sides = sides(articles, claimsPerArticle);
    Map<ArticlePair.ClaimKey, Map<ArticlePair.ClaimKey, Double>> aligned = aligned(alignments);
    List<ArticlePair> out = new ArrayList<>();
    for (int i = 0; i < sides.size(); i++) {
      for (int j = i + 1; j < sides.size(); j++) {
        if (!sides.get(i).id().equals(sides.get(j).id())) {
          out.add(ArticlePair.of(sides.get(i), sides.get(j), aligned));
        }
      }
    }
    return out;
  }

  /** The checks, in the order they run. */
  List<Check> checks() {
    return checks;
  }

  /** The check of a kind (to fit and judge its model). */
  <T extends Check> T check(Class<T> kind) {
    for (Check c : checks) {
      if (kind.isInstance(c)) {
        return kind.cast(c);
      }
    }
    throw new IllegalArgumentException("no check of kind " + kind.getSimpleName());
  }

  /** For each aligned claim, the claims aligned with it and the best score, both ways round. */
  private static Map<ArticlePair.ClaimKey, Map<ArticlePair.ClaimKey, Double>> aligned(
      List<ClaimAlignment> alignments) {
    Map<ArticlePair.ClaimKey, Map<ArticlePair.ClaimKey, Double>> aligned = new HashMap<>();
    for (ClaimAlignment al : alignments) {
      ArticlePair.ClaimKey l = ArticlePair.ClaimKey.of(al.left());
      ArticlePair.ClaimKey r = ArticlePair.ClaimKey.of(al.right());
      aligned.computeIfAbsent(l, k -> new HashMap<>()).merge(r, al.score(), Math::max);
      aligned.computeIfAbsent(r, k -> new HashMap<>()).merge(l, al.score(), Math::max);
    }
    return aligned;
  }

  /**
   * When undated articles were most likely published, as far as their texts tell: on the last day
   * of the year after the latest year any of their claims dates ("August 2024" → 2025-12-31).
   * Empty when no claim gives a year.
   *
   * <p>A report's dated references lie in its past, so its publication comes after the latest of
   * them; the following year is the nearest reading that lets a count "this year" differ from a
   * count since that date. It is an assumption, named in every finding that depends on it.
   *
   * @param claimsPerArticle the claims of the compared articles
   */
  public static Optional<LocalDate> assumedPublication(List<List<Claim>> claimsPerArticle) {
    int latest = 0;
    for (List<Claim> claims : claimsPerArticle) {
      for (Claim c : claims) {
        for (TimeFacet t : c.facets(TimeFacet.class)) {
          if (t.type() == TimeFacet.Type.DATE) {
            for (String v : List.of(t.value(), t.from().orElse(""), t.to().orElse(""))) {
              if (v.length() >= 4 && Window.absolute(v.length() > 10 ? v.substring(0, 10) : v)) {
                latest = Math.max(latest, Integer.parseInt(v.substring(0, 4)));
              }
            }
          }
        }
      }
    }
    return latest == 0 ? Optional.empty() : Optional.of(LocalDate.of(latest + 1, 12, 31));
  }

  /**
   * {@code found} with the ordinal contradictions of {@code assumed} (found with publication
   * dates assumed to be {@code date}) that {@code found} lacks, each with a lower confidence and
   * an explanation that names the assumption.
   *
   * @param found the contradictions found without the assumption
   * @param assumed the contradictions found with it
   * @param date the assumed publication date of the undated articles
   */
  public List<Contradiction> withAssumption(List<Contradiction> found,
      List<Contradiction> assumed, LocalDate date) {
    java.util.Set<List<Object>> have = new java.util.HashSet<>();
    for (Contradiction c : found) {
      have.add(List.of(c.kind(), c.leftEvidence(), c.rightEvidence()));
    }
    List<Contradiction> out = new ArrayList<>(found);
    for (Contradiction c : assumed) {
      if (c.kind() != Contradiction.Kind.ORDINAL
          || have.contains(List.of(c.kind(), c.leftEvidence(), c.rightEvidence()))) {
        continue;
      }
      out.add(new Contradiction(c.kind(), c.left(), c.right(), c.leftEvidence(),
          c.rightEvidence(), c.leftValue(), c.rightValue(), c.explanation()
              + " This assumes the articles that give no publication date appeared in "
              + date.getYear() + ", the year after the latest year they mention.",
          Math.round(c.confidence() * UNDATED * 100) / 100.0));
    }
    return List.copyOf(out);
  }

  @Override
  public String toString() {
    return "Contradictor[numeric, temporal, ordinal, polarity, opposite states, attribute,"
        + " quantifier]";
  }

  private ArticlePair.Side side(String id, String name, Optional<LocalDate> published,
      List<Claim> claims) {
    List<ClaimView> views = new ArrayList<>(claims.size());
    Amount carried = null;
    Claim before = null;
    ClaimWords prior = null; // the claim before, whose group a bare quantifier may stand for
    for (Claim c : claims) {
      if (!continues(before, c)) {
        carried = null;
      }
      before = c;
      ClaimWords w = new ClaimWords(c, analyzer, synonyms, joinedPrefixes);
      if (WebAddresses.contains(c.text())) {
        // a web address states nothing: its numbers and dates name pages
        views.add(new ClaimView(w, w.contentStems(), List.of(), List.of(), List.of()));
        prior = null;
        continue;
      }
      List<Amount> amounts = reader.amounts(w, carried);
      views.add(new ClaimView(w, reader.stems(w, amounts), amounts, reader.moments(w),
          // "fled" is "flee": what befell a quantified group is read through irregular forms
          quantifiers.read(w.restemmed(verbForms), amounts, prior)));
      prior = w;
      for (Amount a : amounts) {
        if (MentionReader.lends(a)) {
          carried = a;
        }
      }
    }
    return ArticlePair.Side.of(id, name, published, List.copyOf(views));
  }

  /**
   * Whether claim {@code c} continues the sentence of {@code before}: it follows it across no more
   * than a comma or a semicolon and a space, and starts in lower case ("while Richard Carter
   * added 12").
   */
  private static boolean continues(Claim before, Claim c) {
    return before != null && c.span().start() - before.span().end() <= 3
        && c.span().start() >= before.span().end() && !c.text().isEmpty()
        && Character.isLowerCase(c.text().codePointAt(0));
  }

  private List<Contradiction> run(List<ArticlePair.Side> sides,
      List<ClaimAlignment> alignments, TextPairs compared) {
    requireNonNull(alignments, "alignments");
    Map<ArticlePair.ClaimKey, Map<ArticlePair.ClaimKey, Double>> aligned = aligned(alignments);
    Map<String, Integer> rank = new HashMap<>();
    Map<String, String> names = new HashMap<>();
    for (int i = 0; i < sides.size(); i++) {
      rank.putIfAbsent(sides.get(i).id(), i);
      names.putIfAbsent(sides.get(i).id(), sides.get(i).name());
    }
    Map<List<Object>, Finding> kept = new LinkedHashMap<>();
    for (int i = 0; i < sides.size(); i++) {
      for (int j = i + 1; j < sides.size(); j++) {
        if (sides.get(i).id().equals(sides.get(j).id()) || !compared.compared(i, j)) {
          continue; // the same article twice, or two articles not compared
        }
        ArticlePair pair = ArticlePair.of(sides.get(i), sides.get(j), aligned);
        List<Finding> found = new ArrayList<>();
        for (Check check : checks) {
          check.inspect(pair, found);
        }
        for (Finding f : found) {
          if (f.left().stance() == Claim.Stance.QUESTIONED
              || f.right().stance() == Claim.Stance.QUESTIONED) {
            continue; // a question asserts nothing, so it contradicts nothing
          }
          Finding k = rank.get(f.left().article()) <= rank.get(f.right().article()) ? f
              : f.swapped();
          // one finding per pair of evidence spans: two claims may disagree on two facts ("Smith,
          // 58, guilty on 14 counts" and "Smith, 56, guilty on 12 counts")
          List<Object> key = List.of(k.left().span(), k.right().span(), k.kind(),
              k.leftEvidence(), k.rightEvidence());
          Finding old = kept.get(key);
          if (old == null || k.confidence() > old.confidence()) {
            kept.put(key, k);
          }
        }
      }
    }
    // "no injuries" and "many injuries" deny and assert one statement too: the quantifier
    // finding says more, so it stands alone
    // and so does the time a thing last happened: "has not won the title since 1995" against
    // "last won the title in 1998" disagree on a year, not as a denial and an assertion
    Set<List<Object>> quantified = new HashSet<>();
    for (Finding f : kept.values()) {
      if (f.kind() == Contradiction.Kind.QUANTIFIER
          || f.aspect().equals(LastReachedCheck.LAST_HAPPENED)
          || f.aspect().equals(LastReachedCheck.LAST)) {
        quantified.add(List.of(f.left().span(), f.right().span()));
      }
    }
    kept.values().removeIf(f -> f.kind() == Contradiction.Kind.POLARITY
        && quantified.contains(List.of(f.left().span(), f.right().span())));
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
