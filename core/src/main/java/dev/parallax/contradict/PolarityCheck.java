package dev.parallax.contradict;

import dev.parallax.Contradiction.Kind;
import dev.parallax.PolarityFacet;
import dev.parallax.TextSpan;
import dev.parallax.TimeFacet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * POLARITY: one claim asserted, the other denied by one negation (or by several, each in a clause
 * of its own, read one at a time) whose scope, up to the end of its clause, holds content words
 * of the asserted claim (at least half of the scope's own content words), in claims
 * aligned with a score of at least {@value #MIN_SCORE} or sharing at least {@value #MIN_SHARED}
 * content words and {@value #MIN_SHARE} of the smaller claim's. Emphatic negations that assert
 * ("never before have so many", "not since 1953") are not denials. Negations of reporting ("did not say", "declined to confirm") and denial verbs
 * ("denied that ...", which report someone's denial) are left out, and so are claims whose
 * subjects name different people ("Smith did not respond" and "Smith Jr. responded"). Claims
 * further apart are compared when one restates, in one stretch and outside any negation of its
 * own, all the content words (at least {@value #MIN_RESTATED}) that the other's negation denies,
 * with a word of the denied claim's subject before them. In any claim, a plan after "to" states
 * nothing ("in negotiations to direct the sequel" against "won't direct the sequel"). A
 * negation whose scope holds one content word only ("The driver was not charged") is compared
 * only in close claims whose subject the other restates word for word ("The driver was charged").
 * A modal before the negation (pack facet {@code negation-modal}: "said it would not send a team")
 * denies as "did not" does, but not before "have" ("would not have released him if he had been
 * fit" tells what would have been, no fact); the denial's evidence ends at the last word the
 * other claim states.
 * In close claims, "no" before a noun denies "a" or "an" before it ("No warning was issued"
 * against "Officials issued a warning"), or the same plural or mass noun stated bare ("No shots
 * were fired" against "Shots were fired"), when the denial says nothing the other claim does not
 * ({@link NounDenials}). An asserted claim that denies something else in another clause ("and
 * raised no objections") still states what the denial denies: the words compared are checked to
 * lie outside any negation of it.
 * A denial in the passive against an assertion in the active of the same verb and thing, or the
 * other way round, is read by {@link Voices}. A one-word denial of a second predicate ("He was
 * escorted out and was not charged") or of a pronoun subject is read by {@link RestatedSubject};
 * a denial in a condition ("if he was not charged") states no fact, and a modal weakens only
 * the clause it stands in.
 */
final class PolarityCheck implements Check {
  /** The least alignment score of two claims compared for polarity. */
  static final double MIN_SCORE = 0.5;
  /** The least number of content words two unaligned claims share to be compared. */
  static final int MIN_SHARED = 4;
  /** The least share of the smaller claim's content words two unaligned claims share. */
  static final double MIN_SHARE = 0.6;
  /** The least content words a negation denies for claims that are not close to be compared. */
  static final int MIN_RESTATED = 2;
  /**
   * The end of a clause inside a negation's scope: "; ", ": ", ", and", ", but", and "and that"
   * between two reported clauses ("said it had not passed its check and that it was tested").
   */
  static final java.util.regex.Pattern CLAUSE_END =
      java.util.regex.Pattern.compile("[;:]|,\\s+(?:and|but)\\b|\\s+and\\s+that\\b");

  private final Lexicon lexicon;
  private final Set<String> negatingPrefixes;
  private final Set<String> modals;
  private final Voices voices;
  private final NounDenials nouns;
  private final Map<String, String> verbForms;
  private final DeniedSubjects subjectsOf;
  private final RestatedSubject subjects;
  private final Set<String> conditions;
  private final Set<String> lightVerbs;
  private final Set<String> negationAdverbs;
  private final Set<String> passives;

  /**
   * A check.
   *
   * @param negatingPrefixes prefixes joined to a word by a hyphen that deny it (pack facet {@code
   *     negating-prefix}: "non-life-threatening"), lower case
   * @param modals modal verbs that deny with "not" as "did" does (pack facet {@code
   *     negation-modal}: "would not send"), lower case
   * @param passives the auxiliaries of the passive (pack facet {@code passive-auxiliary}: "was
   *     not charged"), lower case
   * @param bareOpeners words after which a plural or mass noun stands without a determiner (pack
   *     facet {@code bare-noun-opener}: "several shots"), lower case
   * @param verbForms the base form's stem of each irregular past or participle, by its lower-case
   *     form (pack facet {@code verb-form}): "did not fall ill" meets "fell ill"
   * @param subjectsOf the comparer of a denial's and an assertion's subjects
   * @param subjects the reader of a one-word denial's subject restated in the other claim
   * @param conditions words that open a condition (pack facet {@code condition-opener}: "if"),
   *     in which a negation denies no fact, lower case
   * @param lightVerbs verbs that give the deed to the noun after them (pack facet {@code
   *     light-verb}: "imposed restrictions" is "restricted"), lower case
   * @param negationAdverbs adverbs that may stand between a verb and its negation (pack facet
   *     {@code negation-adverb}: "have so far not arrested"), lower case
   * @param deedAgainst prepositions after a light verb that name who its deed befalls (pack facet
   *     {@code deed-against}: "charges were filed against the driver"), lower case
   * @param conjunctions conjunctions opening a clause right before a denial (pack facet {@code
   *     predicate-conjunction}: "passed without incident and no arrests were made"), lower case
   * @param receiving light verbs that give the deed to the noun in the passive (pack facet {@code
   *     receiving-verb}: "had received no warning" against "had been warned"), lower case
   */
  PolarityCheck(Lexicon lexicon, Set<String> negatingPrefixes, Set<String> modals,
      Set<String> passives, Set<String> bareOpeners, Map<String, String> verbForms,
      DeniedSubjects subjectsOf, RestatedSubject subjects,
      Set<String> conditions, Set<String> lightVerbs, Set<String> negationAdverbs,
      Set<String> deedAgainst, Set<String> conjunctions, Set<String> receiving) {
    this.lexicon = lexicon;
    this.negatingPrefixes = Set.copyOf(negatingPrefixes);
    this.modals = Set.copyOf(modals);
    this.voices = new Voices(lexicon, passives, modals, lightVerbs, deedAgainst);
    this.nouns = new NounDenials(lexicon, bareOpeners, lightVerbs, conjunctions, passives,
        receiving);
    this.verbForms = Map.copyOf(verbForms);
    this.subjectsOf = subjectsOf;
    this.subjects = subjects;
    this.conditions = Set.copyOf(conditions);
    this.lightVerbs = Set.copyOf(lightVerbs);
    this.negationAdverbs = Set.copyOf(negationAdverbs);
    this.passives = Set.copyOf(passives);
  }

  @Override
  public void inspect(ArticlePair pair, List<Finding> out) {
    for (ArticlePair.Related rel : pair.related()) {
      ClaimView l = rel.left();
      ClaimView r = rel.right();
      if (l.webAddress() || r.webAddress()) {
        continue; // a web address states nothing
      }
      int smaller = Math.min(l.stems().size(), r.stems().size());
      boolean close = rel.score() >= MIN_SCORE || rel.sharedCount() >= MIN_SHARED
          && rel.sharedCount() >= MIN_SHARE * smaller;
      Finding f = null;
      if (l.denied() && !r.hedgedThroughout()) {
        f = judge(rel, l, r, close);
      }
      if (f == null && r.denied() && !l.hedgedThroughout()) {
        f = judge(rel, r, l, close);
        f = f == null ? null : f.swapped();
      }
      if (f == null && l.denied()) {
        f = voices.across(rel, l, r); // "The owner was not detained", "police detained the owner"
      }
      if (f == null && r.denied()) {
        Finding back = voices.across(rel, r, l);
        f = back == null ? null : back.swapped();
      }
      if (f == null && close) {
        f = nouns.against(rel, l, r); // "No shots were fired", "Shots were fired"
        Finding back = f != null ? null : nouns.against(rel, r, l);
        f = back == null ? f : back.swapped();
      }
      if (f != null) {
        out.add(f);
      }
    }
  }

  /**
   * Whether a claim is denied by more than a phrase negation: "gave way without warning" denies
   * a manner (pack facet {@code phrase-negation}), and the claim still states its event, which
   * a denial in another claim may contradict (the words compared are checked to lie outside any
   * negation of it).
   */
  private boolean deniesEvent(ClaimView c) {
    if (!c.denied()) {
      return false;
    }
    for (PolarityFacet p : c.claim().facets(PolarityFacet.class)) {
      if (p.kind() == PolarityFacet.Kind.NEGATION && !lexicon.negations().phraseNegations()
          .contains(p.span().text().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a negation of {@code denied} denies the implicit negation {@code phrase} itself, past
   * the words a negation may stand before ("investigators have not yet ruled out an explosion"
   * against "investigators had ruled out an explosion"): the other claim's phrase is then what is
   * denied, not a denial of its own.
   */
  private boolean negatedPhrase(ClaimView denied, String phrase) {
    return denied.words().negations().stream().anyMatch(p -> negatedPhrase(denied, p, phrase));
  }

  /** Whether negation {@code p} of {@code denied} denies the implicit negation {@code phrase}. */
  private boolean negatedPhrase(ClaimView denied, PolarityFacet p, String phrase) {
    String text = denied.claim().text().toLowerCase(Locale.ROOT);
    String after = text.substring(Math.min(text.length(),
        p.span().end() - denied.claim().span().start())).strip();
    boolean skipped = true;
    while (skipped) {
      skipped = false;
      for (String aux : lexicon.negations().negationAuxiliaries()) {
        if (after.startsWith(aux + " ")) {
          after = after.substring(aux.length()).strip(); // "not yet ruled out"
          skipped = true;
        }
      }
    }
    for (String form : lexicon.negations().implicitNegations()) {
      if (after.startsWith(form) && NegationWords.oneVerb(form, phrase)) {
        return true; // "did not rule out" denies "ruled out"
      }
    }
    return false;
  }

  /**
   * The finding of {@code denied} against {@code asserted}, or null. Claims that are not {@code
   * close} (aligned, or sharing much of their wording) are compared only when the other claim
   * restates all that the negation denies, {@value #MIN_RESTATED} content words or more, outside
   * any negation of its own, and shares a word beyond them ("The ship ... was not taking on water
   * and was anchored off Grenaa" against "The Nordic Ardent ... sustained bow damage and was
   * taking on water, and none of its crew was hurt").
   */
  private Finding judge(ArticlePair.Related rel, ClaimView denied, ClaimView asserted,
      boolean close) {
    String said = asserted.claim().text().toLowerCase(Locale.ROOT);
    if (lexicon.negations().implicitNegations().stream()
        .anyMatch(p -> said.contains(p) && !negatedPhrase(denied, p))) {
      return null; // "had yet to regain", "failed to reach": the asserted side denies it too
    }
    List<PolarityFacet> all = denied.claim().facets(PolarityFacet.class).stream()
        .filter(p -> p.kind() == PolarityFacet.Kind.NEGATION).toList();
    // "has not ruled out adopting the law without a vote": a phrase negation inside the scope of
    // another is part of what that one denies
    List<PolarityFacet> negs = all.stream().filter(p -> !lexicon.negations().phraseNegations()
        .contains(p.span().text().toLowerCase(Locale.ROOT)) || all.stream().noneMatch(o -> o != p
            && Spans.within(p.span().start(), p.span().end(), o.scope()))).toList();
    if (negs.size() != 1 && !apart(denied.words(), negs)) {
      return null;
    }
    List<String> phrases = lexicon.negations().implicitNegations().stream()
        .filter(said::contains).toList();
    for (PolarityFacet neg : negs) {
      // "had not ruled out improving the offer but would not reopen pay" against "rules out
      // reopening pay": only the negation of the phrase itself is set against it
      Finding f = phrases.stream().allMatch(p -> negatedPhrase(denied, neg, p))
          ? judge(rel, denied, asserted, close, neg) : null;
      if (f != null) {
        return f;
      }
    }
    return null;
  }

  /**
   * Whether each negation of a claim stands in a clause of its own: punctuation between the end
   * of one's scope and the next ("Her coach was not charged, and the panel found no evidence
   * that he knew"), or a conjunction where the first scope ended before a second predicate ("has
   * not paid a ransom and will not do so": the scope stops before "and will"), so each denies
   * its own clause, as a claim of one negation does.
   */
  private static boolean apart(ClaimWords w, List<PolarityFacet> negs) {
    for (int i = 0; i + 1 < negs.size(); i++) {
      TextSpan a = clauseScope(w, negs.get(i));
      TextSpan b = negs.get(i + 1).span();
      int end = Math.max(a.end(), negs.get(i).span().end());
      String gap = b.start() < end ? "" : w.between(end, b.start());
      if (b.start() < end || !gap.matches("(?s).*[,;:].*")
          && !gap.matches("(?s)\\s*(?:and|but|or)\\s.*")) {
        return false;
      }
    }
    return true;
  }

  /**
   * The scope of a negation up to the end of its clause: a semicolon or colon, or a comma before
   * "and" or "but" opens another clause ("Her coach was not charged, and the tribunal said it
   * would hear his case"), whose words the negation does not deny.
   */
  private static TextSpan clauseScope(ClaimWords w, PolarityFacet neg) {
    TextSpan scope = neg.scope();
    int from = Math.max(neg.span().end(), scope.start());
    if (from >= scope.end()) {
      return scope;
    }
    java.util.regex.Matcher m = CLAUSE_END.matcher(w.between(from, scope.end()));
    return m.find() ? w.span(scope.start(), from + m.start()) : scope;
  }

  /** The finding of one negation {@code neg} of {@code denied} against {@code asserted}. */
  private Finding judge(ArticlePair.Related rel, ClaimView denied, ClaimView asserted,
      boolean close, PolarityFacet neg) {
    ClaimWords wd = denied.words().restemmed(verbForms);
    TextSpan scope = lexicon.negations().beforeQuestion(wd, clauseScope(wd, neg),
        lexicon.reporting()); // "has not decided whether to sell": the decision is denied
    ClaimWords wa = asserted.words().restemmed(verbForms);
    boolean fate = deniesFate(wd, neg);
    if (lexicon.negations().determinerNegations()
        .contains(neg.span().text().toLowerCase(Locale.ROOT))) {
      return null; // "none of the other teams has ...": a quantifier, read by the quantifier check
    }
    if (wd.anyStemIn(lexicon.negations().denials(), neg.span()) || scope.equals(neg.span())
        || wd.anyStemIn(lexicon.reporting(), scope)) {
      return null;
    }
    if (conditional(denied.words(), neg)) {
      return null; // "if he was not charged, he would be freed": a condition states no fact
    }
    if (DeniedStretches.delays(denied, neg, asserted, lexicon.temporal().negatedEnds())) {
      return null; // "will not vote until July 14": when it comes, read by the earliest times
    }
    if (DeniedStretches.outside(denied, neg, asserted)) {
      return null; // "has not passed by one vote since 2009": not in a stretch, as "the first
                   // time since 2009" says too
    }
    Set<String> assertedStems = asserted.stems();
    if (wa != asserted.words()) {
      assertedStems = new HashSet<>(assertedStems);
      for (int i = 0; i < wa.size(); i++) {
        if (verbForms.containsKey(wa.lower(i))) {
          assertedStems.add(wa.stem(i));
        }
      }
    }
    int inScope = 0;
    Set<String> shared = new LinkedHashSet<>();
    for (int i = 0; i < wd.size(); i++) {
      if (wd.isContent(i) && Spans.within(wd.start(i), wd.end(i), scope)) {
        inScope++;
        if (assertedStems.contains(wd.stem(i))) {
          shared.add(wd.stem(i));
        }
      }
    }
    for (int i = 0; i + 1 < wa.size(); i++) {
      if (lexicon.negations().deficientDegrees().contains(wa.lower(i))
          && shared.contains(wa.stem(i + 1))) {
        return null; // "poorly maintained valves" agrees with "failing to maintain the valves"
      }
    }
    int verb = wd.firstWordFrom(neg.span().end());
    while (verb < wd.size() && lexicon.negations().negationAuxiliaries().contains(wd.lower(verb))) {
      verb++;
    }
    if (verb < wd.size() && !wd.isContent(verb) && !saysWord(wa, wd.lower(verb))) {
      return null; // "did not get out of the first round" against "eliminated in the first round"
    }
    int governed = verb;
    while (verb < wd.size() && !wd.isContent(verb)) {
      verb++;
    }
    verb = deedOfLightVerb(wd, verb, scope, assertedStems);
    if (verb >= wd.size() || !Spans.within(wd.start(verb), wd.end(verb), scope)
        || !assertedStems.contains(wd.stem(verb))) {
      return null; // what is denied (the first word the negation governs) must be what is stated
    }
    if (subjectsOf.twoObjects(wd, verb, scope, wa, assertedStems, verb == governed)) {
      return null; // "did not visit the hospital" against "visited the school": two deeds;
                   // "not asking for a fortune" against "asking to be paid": two requests
    }
    int before = wd.lastWordBefore(neg.span().start());
    int after = wd.firstWordFrom(neg.span().end());
    if (before >= 0 && modals.contains(wd.lower(before)) && after < wd.size()
        && wd.lower(after).equals("have")) {
      return null; // "would not have released him if ...": what would have been is no fact
    }
    int verbBefore = before;
    while (verbBefore >= 0 && negationAdverbs.contains(wd.lower(verbBefore))) {
      verbBefore--; // "have so far not arrested": an adverb, not a verb of its own
    }
    if (verbBefore >= 0 && wd.isContent(verbBefore) && !wd.isCapitalised(verbBefore) && !fate
        && !assertedStems.contains(wd.stem(verbBefore))
        && !modals.contains(wd.lower(verbBefore))) {
      return null; // "pleaded not guilty" against "found guilty": the verbs before differ
    }
    int subjectEnd = fate && before >= 0 ? wd.start(before) : neg.span().start();
    boolean bare = inScope == 1 && shared.size() == 1
        && (close || subjects.secondPredicate(wd, subjectEnd, wa, shared))
        && subjects.restated(wd, subjectEnd, wa, shared);
    if (shared.isEmpty() || shared.size() * 2 < inScope || inScope < 2 && !bare
        || !fate
            && lexicon.negations().phraseNegations()
                .contains(neg.span().text().toLowerCase(Locale.ROOT))
        || emphatic(wd, neg)
        || !bare && (close ? !subjectsOf.same(wd, neg.span().start(), wa, shared)
            : !DeniedSubjects.shared(wd, neg.span().start(), wa, shared))) {
      return null;
    }
    int from = -1;
    int to = -1;
    for (int i = 0; i < wa.size(); i++) {
      if (wa.isContent(i) && shared.contains(wa.stem(i))) {
        if (negatedBeyondManner(asserted, wa.span(wa.start(i), wa.end(i)), denied)
            || objectDenied(asserted, wa, i)
            || i > 0 && lexicon.negations().determinerNegations().contains(wa.lower(i - 1))
                && wa.between(wa.end(i - 1), wa.start(i)).matches("\\s*\\p{Pi}?[\"']?")
            || i > 0 && negatingPrefixes.contains(wa.lower(i - 1))
                && wa.between(wa.end(i - 1), wa.start(i)).equals("-")) {
          return null; // the other claim denies these words too ("non-life-threatening")
        }
        from = from < 0 ? wa.start(i) : from;
        to = wa.end(i);
      }
    }
    if (!close && !bare && (shared.size() < inScope || inScope < MIN_RESTATED
        || rel.sharedCount() <= shared.size() || !inOrder(wa, shared))
        || infinitive(wa, from)) {
      return null; // "in negotiations to direct the sequel" states no directing
    }
    // the denial's evidence ends at the last word the other claim states: a condition after it
    // ("had not ruled out further cuts if the data weakened") is not what is contradicted
    int lastShared = -1;
    for (int i = 0; i < wd.size(); i++) {
      if (wd.isContent(i) && Spans.within(wd.start(i), wd.end(i), scope)
          && shared.contains(wd.stem(i))) {
        lastShared = i;
      }
    }
    String deniedModal = before >= 0 && modals.contains(wd.lower(before)) ? wd.lower(before) : "";
    if (modalNear(asserted, wa, from, to, deniedModal)) {
      return null; // "it would hear his case": a modal in the clause of what is stated
    }
    TextSpan deniedEv = wd.span(neg.span().start(), wd.end(lastShared));
    TextSpan assertedEv = wa.cover(shared);
    double score = Math.max(rel.score(), Math.min(1, rel.sharedCount() / 8.0));
    double conf = 0.5 + 0.4 * score;
    return new Finding(Kind.POLARITY, denied.claim(), asserted.claim(), deniedEv,
        assertedEv, "denied", "asserted", "", List.of(), conf);
  }

  /**
   * Whether a modal of the claim ("would", "may") stands in the clause of chars {@code from..to}:
   * no clause end ({@code CLAUSE_END}) between them. A modal in another clause ("Her coach has
   * been charged, and the tribunal said it would hear his case") leaves what is stated stated, and
   * so does the modal {@code deniedModal} that the denial itself negates ("would pay" against
   * "would not pay": both speak in one mood).
   */
  private static boolean modalNear(ClaimView c, ClaimWords w, int from, int to,
      String deniedModal) {
    for (PolarityFacet p : c.claim().facets(PolarityFacet.class)) {
      if (p.kind() != PolarityFacet.Kind.MODAL
          || p.span().text().toLowerCase(Locale.ROOT).equals(deniedModal)) {
        continue;
      }
      String gap = p.span().end() <= from ? w.between(p.span().end(), from)
          : p.span().start() >= to ? w.between(to, p.span().start()) : "";
      if (!CLAUSE_END.matcher(gap).find()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a negation of {@code claim} bears on {@code span}, other than a phrase negation that
   * {@code other} writes with the same words ("adopting the law without a vote" in both: a
   * manner both give, not a denial).
   */
  private boolean negatedBeyondManner(ClaimView claim, TextSpan span, ClaimView other) {
    String text = other.claim().text().toLowerCase(Locale.ROOT);
    return claim.words().negations().stream().anyMatch(p -> (Spans.overlap(p.scope(), span)
        || Spans.overlap(p.span(), span)) && !(lexicon.negations().phraseNegations().contains(
            p.span().text().toLowerCase(Locale.ROOT)) && text.contains((p.span().text() + " "
                + p.scope().text()).toLowerCase(Locale.ROOT))));
  }

  /**
   * Whether the negation stands in a condition: a word of pack facet {@code condition-opener}
   * ("if", "unless") before it in its clause, with no punctuation between ("If the driver was
   * not charged, he would be freed"; not "If it rains, the match will not be played", whose
   * denial is the main clause's).
   */
  private boolean conditional(ClaimWords w, PolarityFacet neg) {
    for (int i = w.lastWordBefore(neg.span().start()); i >= 0; i--) {
      if (w.between(w.end(i), neg.span().start()).matches("(?s).*[,;:].*")) {
        return false;
      }
      if (conditions.contains(w.lower(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the words of {@code stems} stand in one stretch of the claim, at most one other word
   * between two of them ("taking on water"), each once.
   */
  private static boolean inOrder(ClaimWords w, Set<String> stems) {
    int last = -1;
    int found = 0;
    for (int i = 0; i < w.size(); i++) {
      if (w.isContent(i) && stems.contains(w.stem(i))) {
        if (last >= 0 && i - last > 2) {
          return false;
        }
        last = i;
        found++;
      }
    }
    return found == stems.size();
  }



  /**
   * Whether the negation and the one or two words after it are a denied fate of the pack
   * ("without charge", "without being injured"): a phrase negation that denies what befell its
   * subject.
   */
  private boolean deniesFate(ClaimWords w, PolarityFacet neg) {
    int k = w.firstWordFrom(neg.span().end());
    if (k >= w.size()) {
      return false;
    }
    String two = neg.span().text().toLowerCase(Locale.ROOT) + " " + w.lower(k);
    Set<String> denied = lexicon.fateWords().deniedFates();
    return denied.contains(two) || k + 1 < w.size() && denied.contains(two + " " + w.lower(k + 1));
  }

  /**
   * Whether the word at char {@code from} follows "to" ("was negotiating to purchase the
   * property"), past the auxiliaries of the passive ("still needs to be ratified"): a plan, an
   * attempt or a need, which does not state that it happened.
   */
  private boolean infinitive(ClaimWords w, int from) {
    int k = w.firstWordFrom(from) - 1;
    while (k >= 0 && passives.contains(w.lower(k))) {
      k--;
    }
    return k >= 0 && w.lower(k).equals("to");
  }

  /**
   * Whether a negation of claim c stands right after word i of w, at most one word between
   * ("fired no shots", "found no evidence"), no punctuation between: the thing the verb acts on
   * is denied, and with it the deed. A phrase negation denies a manner ("adopted the law without
   * a vote").
   */
  private boolean objectDenied(ClaimView c, ClaimWords w, int i) {
    for (PolarityFacet p : c.words().negations()) {
      if (lexicon.negations().phraseNegations().contains(p.span().text().toLowerCase(Locale.ROOT))) {
        continue;
      }
      int k = w.firstWordFrom(p.span().start());
      if (k > i && k - i <= 2 && p.span().start() >= w.end(i)
          && w.between(w.end(i), p.span().start()).matches("[\\s\\p{L}]*")) {
        return true; // not past punctuation: "was taking on water, and none of its crew"
      }
    }
    return false;
  }

  /**
   * The word that names the deed a denied verb governs: the verb itself, or, when it is a light
   * verb the other claim does not state ("have not imposed any restrictions" against "have
   * restricted exports"), the noun after it in the denial's scope that the other claim states,
   * with only words of no content (and no comma) between them.
   */
  private int deedOfLightVerb(ClaimWords w, int verb, TextSpan scope, Set<String> stated) {
    if (verb >= w.size() || stated.contains(w.stem(verb))
        || !lightVerbs.contains(w.lower(verb))) {
      return verb;
    }
    int k = verb + 1;
    while (k < w.size() && !w.isContent(k) && !w.between(w.end(k - 1), w.start(k)).contains(",")) {
      k++;
    }
    return k < w.size() && Spans.within(w.start(k), w.end(k), scope)
        && !w.between(w.end(k - 1), w.start(k)).contains(",") && stated.contains(w.stem(k))
        ? k : verb;
  }

  /** Whether a claim has the word (lower case) as written. */
  private static boolean saysWord(ClaimWords w, String lower) {
    for (int i = 0; i < w.size(); i++) {
      if (w.lower(i).equals(lower)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the negation and the one or two words after it assert emphatically ("never before",
   * "not since", "isn't the only"): a contracted negation reads as "not".
   */
  private boolean emphatic(ClaimWords w, PolarityFacet neg) {
    int k = w.firstWordFrom(neg.span().end());
    if (k >= w.size()) {
      return false;
    }
    String n = neg.span().text().toLowerCase(Locale.ROOT).replace('’', '\'');
    if (n.endsWith("n't")) {
      n = "not";
    }
    String two = n + " " + w.lower(k);
    return lexicon.negations().emphatic().contains(two)
        || k + 1 < w.size() && lexicon.negations().emphatic().contains(two + " " + w.lower(k + 1));
  }
}
