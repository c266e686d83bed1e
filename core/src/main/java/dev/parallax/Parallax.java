package dev.parallax;

import static java.util.Objects.requireNonNull;

import dev.parallax.align.Aligner;
import dev.parallax.align.Synonyms;
import dev.parallax.align.TextPairs;
import dev.parallax.language.Tagger;
import dev.parallax.rules.Category;
import dev.parallax.rules.RulePack;
import dev.parallax.align.WordDiffer;
import dev.parallax.contradict.Contradictor;
import dev.parallax.facts.ClaimSplitter;
import dev.parallax.facts.CueHits;
import dev.parallax.facts.FactCues;
import dev.parallax.facts.FactReader;
import dev.parallax.matching.PackMatcher;
import dev.parallax.text.AnalyzedText;
import dev.parallax.text.CharSpan;
import dev.parallax.text.LineMap;
import dev.parallax.text.TextAnalyzer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The front door: compares news articles about one event, or reads one article.
 *
 * <pre>{@code
 * Parallax px = Parallax.standard();
 * Comparison c = px.compare(wire, opinion);
 * System.out.println(c.report());
 * Annotation a = px.annotate(wire);     // sentences and words with offsets
 * }</pre>
 *
 * <p>A {@code Parallax} is immutable and thread-safe: build it once (the analyzers and rule data are
 * loaded then) and share it between threads; each call works on its own data. {@link #builder()}
 * sets options; each option has a checked range and a documented default.
 */
public final class Parallax {
  /** The default least confidence of a reported contradiction. */
  public static final double DEFAULT_MIN_CONFIDENCE = 0.5;

  /**
   * The most articles one {@link #compare} takes: many more reports than one event has, and few
   * enough that the pairwise work of a compare stays within a default heap. Each article's text
   * is bounded by {@link Article#MAX_TEXT_LENGTH}.
   */
  public static final int MAX_ARTICLES = 1_000;

  private final TextAnalyzer analyzer;
  private final Aligner aligner;
  private final WordDiffer differ;
  private final Tagger tagger;
  private final FactReader factReader;
  private final PackMatcher scan; // the fact packs' cues, then the rule packs' rules
  private final Contradictor contradictor;
  private final double minConfidence;

  private Parallax(Builder b) {
    this.analyzer = TextAnalyzer.english();
    this.factReader = FactReader.english(analyzer);
    Synonyms synonyms = Synonyms.english(analyzer);
    this.aligner = new Aligner(b.options, synonyms);
    this.contradictor = Contradictor.english(analyzer, synonyms);
    this.minConfidence = b.minConfidence;
    this.differ = new WordDiffer();
    List<RulePack> packs = new ArrayList<>(b.packs != null ? b.packs : RulePack.english());
    packs.addAll(b.extraPacks);
    Set<String> ids = new HashSet<>();
    for (RulePack p : packs) {
      if (!ids.add(p.id())) {
        throw new IllegalArgumentException(
            "two rule packs share the id '" + p.id() + "' (" + p.origin() + ")");
      }
    }
    this.tagger = new Tagger(packs, analyzer, b.disabledRules, b.disabledCategories,
        b.allowedTerms);
    this.scan = PackMatcher.ofGroups(List.of(
        factReader.cues().packs().stream().map(RulePack::entries).toList(),
        tagger.packs().stream().map(RulePack::entries).toList()), analyzer);
  }

  /** The rule packs in force, in order. */
  public List<RulePack> rulePacks() {
    return tagger.packs();
  }

  /** English, default options. The same instance on every call. */
  public static Parallax standard() {
    return Standard.INSTANCE;
  }

  /** Options for a custom instance. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Compares two or more articles.
   *
   * @throws IllegalArgumentException when fewer than two articles are given, or two different
   *     articles share an id
   */
  public Comparison compare(Article... articles) {
    requireNonNull(articles, "articles");
    return compare(java.util.Arrays.asList(articles));
  }

  /**
   * Compares two or more articles, in the order given. Up to 22 articles, every pair of articles
   * is compared claim by claim; beyond, each article with the (about 21) articles most like
   * it, so that the work, the alignments and the contradictions grow linearly with the number of
   * articles ({@link Comparison#facts()} still joins the claims of all articles). Beyond 22
   * articles, a claim that aligns with nothing in the articles compared with its own is then
   * looked for in the others (a bounded search per claim): its best match in such an article, at
   * the same thresholds, is an alignment too, so that a claim another source states is no
   * exclusive. Contradictions are looked for between compared articles only.
   *
   * @throws IllegalArgumentException when fewer than two articles are given, or two different
   *     articles share an id
   */
  public Comparison compare(List<Article> articles) {
    List<Article> list = noNulls(articles, "articles");
    if (list.size() > MAX_ARTICLES) {
      throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
          "compare takes at most %,d articles (Parallax.MAX_ARTICLES), got %,d: compare the"
              + " articles of one event, or split the event", MAX_ARTICLES, list.size()));
    }
    if (list.size() < 2) {
      throw new IllegalArgumentException(
          "compare needs at least two articles, got " + list.size()
              + "; use annotate(article) to read one");
    }
    Map<String, Article> byId = new HashMap<>();
    for (Article a : list) {
      Article other = byId.putIfAbsent(a.id(), a);
      if (other != null && !other.equals(a)) {
        throw new IllegalArgumentException(
            "two different articles share the id '" + a.id() + "'; give each its own id");
      }
    }
    List<Read> reads = list.stream().map(this::read).toList();
    // the words of each article segmented into claims: made here, where the aligner and the
    // diffs read them, not by annotate, which does not
    List<AnalyzedText> units = reads.stream()
        .map(rd -> rd.text().resegment(rd.claimSpans())).toList();
    Aligner.Aligned alignment = aligner.alignAll(units);
    List<Aligner.Pair> pairs = alignment.pairs();

    List<ClaimAlignment> alignments = new ArrayList<>(pairs.size());
    Set<Long> aligned = new HashSet<>();
    long stride = 1 + reads.stream().mapToInt(r -> r.claims().size()).max().orElse(0);
    for (Aligner.Pair p : pairs) {
      Read l = reads.get(p.leftText());
      Read r = reads.get(p.rightText());
      WordDiff diff = diff(units.get(p.leftText()), p.leftSentence(), units.get(p.rightText()),
          p.rightSentence());
      alignments.add(new ClaimAlignment(l.claims().get(p.leftSentence()),
          r.claims().get(p.rightSentence()), round(p.score()), p.sharedWords(), diff));
      aligned.add(p.leftText() * stride + p.leftSentence());
      aligned.add(p.rightText() * stride + p.rightSentence());
    }
    List<Claim> exclusives = new ArrayList<>();
    List<Tag> tags = new ArrayList<>();
    List<LanguageProfile> profiles = new ArrayList<>();
    for (int d = 0; d < reads.size(); d++) {
      Read rd = reads.get(d);
      for (int c = 0; c < rd.claims().size(); c++) {
        if (!aligned.contains(d * stride + c)
            && !Aligner.addressOnly(rd.claims().get(c).text())) {
          exclusives.add(rd.claims().get(c));
        }
      }
      tags.addAll(rd.tags());
      profiles.add(rd.profile());
    }
    List<List<Claim>> claims = reads.stream().map(Read::claims).toList();
    TextPairs compared = alignment.compared();
    List<Contradiction> found = contradictor.find(list, claims, alignments, compared);
    if (list.stream().anyMatch(a -> a.publishedDate().isEmpty())) {
      found = undated(list, reads, claims, found, compared);
    }
    List<Contradiction> contradictions = found.stream()
        .filter(c -> c.confidence() >= minConfidence).toList();
    return new Comparison(list, alignments, exclusives, contradictions, tags, profiles);
  }

  /**
   * The sentences of an article, exactly as {@link #annotate} gives them in {@link
   * Annotation#sentences()}, without reading its words, facts or language: for a caller that
   * only splits text (a sentence splitter, with offsets of the text as given).
   */
  public List<TextSpan> sentences(Article article) {
    requireNonNull(article, "article");
    List<TextSpan> out = new ArrayList<>();
    LineMap lines = LineMap.of(article.text());
    for (CharSpan s : analyzer.sentences(article.text())) {
      out.add(span(article, lines, s));
    }
    return List.copyOf(out);
  }

  /**
   * The ordinal numbers of an article, with the positions they name ("the third" 3, "21st" 21,
   * "one hundred and twenty-fifth" 125), where no quantity of {@link #annotate} takes their
   * words ("a third" is the quantity 1/3). They are no facets of claims: an ordinal statement
   * with its event is an {@link OrdinalFacet}.
   */
  public List<OrdinalNumber> ordinalNumbers(Article article) {
    requireNonNull(article, "article");
    return factReader.ordinalNumbers(article.id(), analyzer.analyze(article.text()));
  }

  /** Reads one article: its sentences, words, claims with their facets, tags and profile. */
  public Annotation annotate(Article article) {
    requireNonNull(article, "article");
    Read rd = read(article);
    AnalyzedText t = rd.text();
    List<TextSpan> sentences = new ArrayList<>(t.sentences().size());
    for (int s = 0; s < t.sentences().size(); s++) {
      TextSpan whole = rd.wholeSentences()[s]; // the span of a claim that is the whole sentence
      sentences.add(whole != null ? whole : span(article, t, t.sentences().get(s)));
    }
    List<Token> tokens = new ArrayList<>(t.wordCount());
    for (int w = 0; w < t.wordCount(); w++) {
      tokens.add(new Token(t.start(w), t.end(w), t.word(w), t.term(w), t.stem(w)));
    }
    return new Annotation(article, sentences, tokens, rd.claims(), rd.tags(), rd.profile());
  }

  /**
   * Everything read in one article, from one analysis pass.
   *
   * @param text the analysed text, segmented into sentences
   * @param claimSpans the spans of the claims, in order (to segment the words into claims)
   * @param claims the claims, with their facets
   * @param tags loaded and opinion language
   * @param profile its language profile
   * @param wholeSentences by sentence, the span of the claim that is the whole sentence (most
   *     sentences), or null: {@link #annotate} gives it as the sentence's span, without a second
   *     copy of the sentence's text; not changed once read
   */
  private record Read(
      AnalyzedText text,
      List<CharSpan> claimSpans,
      List<Claim> claims,
      List<Tag> tags,
      LanguageProfile profile,
      TextSpan[] wholeSentences) {}

  /**
   * Counts in nested windows that need a publication date: when an article has none, its facts
   * are read again as if it were published when the texts allow at the earliest year after all
   * they date ({@link Contradictor#assumedPublication}), and ordinal contradictions found only so
   * are added with a lower confidence and the assumption named.
   */
  private List<Contradiction> undated(List<Article> list, List<Read> reads,
      List<List<Claim>> claims, List<Contradiction> found, TextPairs compared) {
    Optional<LocalDate> assumed = Contradictor.assumedPublication(claims);
    if (assumed.isEmpty()) {
      return found;
    }
    List<Article> dated = new ArrayList<>(list.size());
    List<List<Claim>> again = new ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      Article a = list.get(i);
      if (a.publishedDate().isPresent()) {
        dated.add(a);
        again.add(claims.get(i));
        continue;
      }
      dated.add(a.toBuilder().published(assumed.get()).build());
      AnalyzedText t = reads.get(i).text();
      FactReader.Reading facts = factReader.read(a.id(), t, assumed);
      List<Claim> cs = new ArrayList<>();
      for (ClaimSplitter.ClaimSpan c : facts.claims()) {
        cs.add(new Claim(span(a, t, c.span()), c.sentence(), facts.facetsOf(c)));
      }
      again.add(List.copyOf(cs));
    }
    return contradictor.withAssumption(found, contradictor.find(dated, again, List.of(), compared),
        assumed.get());
  }

  private Read read(Article article) {
    AnalyzedText t = analyzer.analyze(article.text());
    CueHits.Gathered cues = factReader.cues().gathering(t.wordCount() * 3);
    List<PackMatcher.Match> rules = new ArrayList<>();
    scan.scan(t, List.of(factReader.cues().gatherInto(cues), // all packs: one scan
        (pack, index, entry, start, end) ->
            rules.add(new PackMatcher.Match(pack, entry, start, end))));
    CueHits factCues = factReader.cues().gathered(t, cues);
    FactReader.Reading facts = factReader.read(article.id(), t, article.publishedDate(),
        factCues);
    List<CharSpan> claimSpans = new ArrayList<>();
    List<Claim> claims = new ArrayList<>();
    TextSpan[] wholeSentences = new TextSpan[t.sentences().size()];
    for (ClaimSplitter.ClaimSpan c : facts.claims()) {
      claimSpans.add(c.span());
      TextSpan span = span(article, t, c.span());
      if (c.span().equals(t.sentences().get(c.sentence()))) {
        wholeSentences[c.sentence()] = span;
      }
      claims.add(new Claim(span, c.sentence(), facts.facetsOf(c)));
    }
    List<Tag> tags = reported(tags(article, t, rules),
        ReportedClauses.of(t, facts.facets(), factCues));
    return new Read(t, claimSpans, List.copyOf(claims), tags,
        profile(article, t, tags), wholeSentences);
  }

  private List<Tag> tags(Article article, AnalyzedText t, List<PackMatcher.Match> matches) {
    List<Tag> out = new ArrayList<>();
    for (Tagger.Hit h : tagger.tag(t, matches)) {
      TextSpan span = span(article, t, new CharSpan(h.start(), h.end()));
      out.add(new Tag(span, h.rule().category(), h.rule().id(), h.pack().id(),
          h.rule().severity(), h.rule().why(), h.rule().neutral(), h.quoted(), h.alsoBy()));
    }
    return out;
  }

  /**
   * {@code tags} with those inside a reported clause of indirect speech marked quoted: the
   * words are the source's, not the writer's ({@link ReportedClauses}).
   */
  private static List<Tag> reported(List<Tag> tags, List<CharSpan> clauses) {
    if (clauses.isEmpty()) {
      return tags;
    }
    // by start, with the furthest end reached so far: a tag lies inside a clause when a clause
    // that starts at or before it reaches its end (one binary search a tag, not a scan)
    List<CharSpan> byStart = new ArrayList<>(clauses);
    byStart.sort(java.util.Comparator.comparingInt(CharSpan::start));
    int[] starts = new int[byStart.size()];
    int[] reach = new int[byStart.size()];
    for (int i = 0; i < starts.length; i++) {
      starts[i] = byStart.get(i).start();
      reach[i] = Math.max(i == 0 ? Integer.MIN_VALUE : reach[i - 1], byStart.get(i).end());
    }
    List<Tag> out = new ArrayList<>(tags.size());
    for (Tag tag : tags) {
      int i = java.util.Arrays.binarySearch(starts, tag.span().start());
      int last = i >= 0 ? lastAt(starts, i) : -i - 2;
      boolean inside = last >= 0 && reach[last] >= tag.span().end();
      out.add(!inside || tag.quoted() ? tag : new Tag(tag.span(), tag.category(), tag.rule(),
          tag.pack(), tag.severity(), tag.why(), tag.alternative(), true, tag.alsoBy()));
    }
    return out;
  }

  /** The last index holding the value at {@code i} of the sorted {@code a}. */
  private static int lastAt(int[] a, int i) {
    int j = i;
    while (j + 1 < a.length && a[j + 1] == a[i]) {
      j++;
    }
    return j;
  }

  private static LanguageProfile profile(Article article, AnalyzedText t, List<Tag> tags) {
    Map<Category, Integer> reporter = new EnumMap<>(Category.class);
    Map<Category, Integer> quoted = new EnumMap<>(Category.class);
    BitSet opinion = new BitSet(); // the sentences with opinion language
    for (Tag tag : tags) {
      (tag.quoted() ? quoted : reporter).merge(tag.category(), 1, Integer::sum);
      if (!tag.quoted()) {
        List<CharSpan> sentences = t.sentences();
        // the first sentence that ends after the tag starts, then on while sentences overlap it
        for (int s = t.sentenceFrom(tag.span().start());
            s < sentences.size() && sentences.get(s).start() < tag.span().end(); s++) {
          opinion.set(s);
        }
      }
    }
    return new LanguageProfile(article.id(), t.wordCount(), t.sentences().size(), opinion.cardinality(),
        reporter, quoted);
  }

  private static double round(double score) {
    return Math.round(score * 10_000) / 10_000.0;
  }

  private static TextSpan span(Article article, AnalyzedText t, CharSpan s) {
    return span(article, t.lines(), s);
  }

  private static TextSpan span(Article article, LineMap lines, CharSpan s) {
    int line = lines.line(s.start());
    return new TextSpan(
        article.id(), s.start(), s.end(), s.of(article.text()), line,
        lines.column(s.start(), line));
  }

  private WordDiff diff(AnalyzedText lt, int ls, AnalyzedText rt, int rs) {
    List<WordDiff.Run> runs = new ArrayList<>();
    for (WordDiffer.Run r : differ.diff(lt, ls, rt, rs)) {
      runs.add(
          new WordDiff.Run(
              WordDiff.Op.valueOf(r.kind().name()),
              cover(lt, r.leftFrom(), r.leftTo()),
              cover(rt, r.rightFrom(), r.rightTo())));
    }
    return new WordDiff(runs);
  }

  /** The text from the first to the last of words {@code [from, to)}, or "" for none. */
  private static String cover(AnalyzedText t, int from, int to) {
    return from >= to ? "" : t.text().substring(t.start(from), t.end(to - 1));
  }

  @Override
  public String toString() {
    Aligner.Options o = aligner.options();
    return String.format(
        Locale.ROOT,
        "Parallax[en, minAlignmentScore=%s, minSharedWords=%d, candidates=%d, numberWeight=%s,"
            + " minConfidence=%s, packs=%s]",
        o.minAlignmentScore(), o.minSharedWords(), o.candidates(), o.numberWeight(), minConfidence,
        tagger.packs().stream().map(RulePack::id).toList());
  }

  /**
   * Options for a {@link Parallax}. Setters may be called in any order; each checks its range at
   * once and names the bad value.
   */
  public static final class Builder {
    private Aligner.Options options = Aligner.Options.defaults();
    private double minConfidence = DEFAULT_MIN_CONFIDENCE;
    private List<RulePack> packs;
    private final List<RulePack> extraPacks = new ArrayList<>();
    private final Set<String> disabledRules = new LinkedHashSet<>();
    private final Set<Category> disabledCategories = EnumSet.noneOf(Category.class);
    private final Set<String> allowedTerms = new LinkedHashSet<>();

    private Builder() {}

    /** Uses these rule packs instead of the bundled English ones (an empty list: no tagging). */
    public Builder rulePacks(List<RulePack> packs) {
      this.packs = noNulls(packs, "packs");
      return this;
    }

    /** Adds a rule pack to those in force (the bundled ones unless replaced). */
    public Builder addRulePack(RulePack pack) {
      extraPacks.add(requireNonNull(pack, "pack"));
      return this;
    }

    /**
     * Leaves a rule out, named {@code rule-id} or {@code pack-id/rule-id}; {@link #build()} fails
     * when no pack in force has it.
     */
    public Builder disableRule(String ruleId) {
      disabledRules.add(requireNonNull(ruleId, "ruleId"));
      return this;
    }

    /** Leaves a whole category out. */
    public Builder disableCategory(Category category) {
      disabledCategories.add(requireNonNull(category, "category"));
      return this;
    }

    /** Never tags this word or phrase (matched on stems, as a whole tag): a house allow-list. */
    public Builder allowTerm(String term) {
      allowedTerms.add(requireNonNull(term, "term"));
      return this;
    }

    /**
     * Least confidence, from 0 to 1, of a reported contradiction (default {@value
     * #DEFAULT_MIN_CONFIDENCE}, chosen on the development set for precision: see
     * docs/evaluation.md). 0 reports every finding.
     */
    public Builder minConfidence(double confidence) {
      if (!(confidence >= 0 && confidence <= 1)) {
        throw new IllegalArgumentException(
            "minConfidence must be within [0, 1], got " + confidence);
      }
      this.minConfidence = confidence;
      return this;
    }

    /** Least similarity, from 0 to 1, for two claims to align (default 0.16). */
    public Builder minAlignmentScore(double score) {
      options =
          new Aligner.Options(
              score, options.minSharedWords(), options.candidates(), options.numberWeight());
      return this;
    }

    /** Least number of content words two aligned claims share (default 2). */
    public Builder minSharedWords(int words) {
      options =
          new Aligner.Options(
              options.minAlignmentScore(), words, options.candidates(), options.numberWeight());
      return this;
    }

    /** Candidates taken from the index per claim and other article, 1 to 1000 (default 5). */
    public Builder candidates(int candidates) {
      options =
          new Aligner.Options(
              options.minAlignmentScore(), options.minSharedWords(), candidates,
              options.numberWeight());
      return this;
    }

    /** Factor on the weight of numbers in alignment scores, from 1 to 10 (default 2). */
    public Builder numberWeight(double weight) {
      options =
          new Aligner.Options(
              options.minAlignmentScore(), options.minSharedWords(), options.candidates(), weight);
      return this;
    }

    /**
     * Builds the immutable, thread-safe instance.
     *
     * @throws IllegalArgumentException when a disabled rule is in no pack, an allowed term holds
     *     no word, or two packs share an id
     */
    public Parallax build() {
      return new Parallax(this);
    }
  }

  /** Lazy holder of the standard instance. */
  private static final class Standard {
    static final Parallax INSTANCE = new Builder().build();
  }

  /**
   * An immutable copy of {@code list}, or a {@link NullPointerException} naming the list or its
   * first null element ("articles[1] is null").
   */
  private static <T> List<T> noNulls(List<T> list, String name) {
    requireNonNull(list, name);
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i) == null) {
        throw new NullPointerException(name + "[" + i + "] is null");
      }
    }
    return List.copyOf(list);
  }
}
