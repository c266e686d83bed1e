package dev.parallax.contradict;

import dev.parallax.Contradiction.Kind;
import dev.parallax.OrdinalFacet;
import dev.parallax.TimeFacet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * ORDINAL, one thing numbered twice: two articles give the same event a different place in one
 * sequence ("the seventh day of protests" and "the eighth day of protests"). The two statements
 * must name the same thing in the same words (by stem or synonym; "day" and "day", not "NBA coach"
 * and "Eastern Conference coach"), or the higher count a kind of the lower count's thing with the
 * same head ("the third major flood" against "the second flood"), over the same window or none,
 * neither dating its own event, in claims that restate each other: at least {@value #MIN_OVERLAP}
 * of the shorter claim's wording in common and two shared words besides the counted noun. Places
 * in a sequence that many things share ("the sixth round", "the second floor") are left out, and
 * so is a place that the other article also gives the same thing. A generic count ("the third
 * time", pack facet {@code generic-count-noun}) counts the other's event when its claim names a
 * word of it ("the third time the hospital has been hit by ransomware" and "the second ransomware
 * attack on the hospital"); two generic counts are compared when both follow "for" and their
 * claims tell one deed in the same words ("retained his title for the fifth time", "for the
 * sixth time"), or both open their clause after "this is" or "it was" (pack facet {@code
 * reported-event-subject}) and tell one deed in more of the same words ("This is the third time
 * the men's world record has fallen in the city", "It was the fourth time the men's world record
 * had fallen in the city"); "she said it was the second time she hosted the show" may tell of an
 * earlier hosting.
 *
 * A streak ("the third straight title") is one thing only of one person, team or place: two
 * claims that both name someone must share a name ("It is the second year in a row" names no
 * one).
 *
 * <p>Confidence: 0.3, plus up to 0.5 for the claims' shared wording (full at 0.7 of the shorter
 * claim's words), minus 0.1 for a hedged claim.
 */
final class RenumberCheck implements Check {
  /** The least overlap of the two claims' wording. */
  static final double MIN_OVERLAP = 0.35;
  /** The least words of one deed that two generic counts of it share ({@link #repeated}). */
  static final int DEED_WORDS = 2;
  /** The most a generic count ("the third time") and the count it is set against differ. */
  static final int GENERIC_GAP = 2;
  /** The least confidence of a finding. */
  static final double BASE = 0.3;
  /** How many words before one owner's place may place the owner now ("is serving his"). */
  static final int PRESENT_WORDS = 4;
  /** How much the shared wording of the two claims adds to the confidence, at most. */
  static final double WORDING = 0.5;
  /** The overlap of two claims' wording that counts as one wording ({@link #WORDING} in full). */
  static final double FULL_OVERLAP = 0.7;
  /** The most words between an ordinal and the "to" of the deed that makes its sequence. */
  static final int INFINITIVE_WORDS = 5;

  private final EventNouns events;
  private final Lexicon lexicon;
  private final OrdinalCheck streaks;
  private final Set<String> reportedSubjects;

  /**
   * A check.
   *
   * @param streaks what tells a streak ("third straight title") and whose it is
   * @param reportedSubjects subjects that name what the report tells before a copula and a count
   *     (pack facet {@code reported-event-subject}: "This is the third time"), lower case
   */
  RenumberCheck(EventNouns events, Lexicon lexicon, OrdinalCheck streaks,
      Set<String> reportedSubjects) {
    this.events = events;
    this.lexicon = lexicon;
    this.streaks = streaks;
    this.reportedSubjects = Set.copyOf(reportedSubjects);
  }

  @Override
  public void inspect(ArticlePair pair, List<Finding> out) {
    for (ArticlePair.Related rel : pair.related()) {
      if (rel.overlap() < MIN_OVERLAP) {
        continue;
      }
      for (OrdinalFacet a : rel.left().claim().facets(OrdinalFacet.class)) {
        for (OrdinalFacet b : rel.right().claim().facets(OrdinalFacet.class)) {
          if (a.ordinal() == b.ordinal() || a.when().isPresent() || b.when().isPresent()
              || rel.left().denied() || rel.right().denied()) {
            continue;
          }
          if ((streaks.streak(rel.left(), a) || streaks.streak(rel.right(), b))
              && OrdinalCheck.namesOthers(rel.left().words(), rel.right().words())) {
            continue; // "Kovalenko won his third straight title", "Petrov ... his second"
          }
          String ha = events.head(a.event());
          String hb = events.head(b.event());
          boolean owned = owned(rel.left().words(), a) && owned(rel.right().words(), b)
              && !OrdinalCheck.namesOthers(rel.left().words(), rel.right().words());
          boolean same = ha != null && ha.equals(hb)
              && (!lexicon.positionNouns().contains(ha) || owned
                  || events.measured(a.event()) && events.measured(b.event())
                  && !OrdinalCheck.namesOthers(rel.left().words(), rel.right().words())
                  || sameInfinitive(rel.left().words(), a, rel.right().words(), b))
              && !lexicon.genericNouns().contains(ha)
              && narrower(a, b)
              && sameScope(rel, a, b);
          same |= repeated(rel, a, ha, b, hb);
          if (ha == null || hb == null || !sameWindow(a, b)
              || !same && !counted(rel.left(), a, ha, b, hb)
                  && !counted(rel.right(), b, hb, a, ha)
              || numbers(pair.left(), ha, b.ordinal()) || numbers(pair.left(), hb, b.ordinal())
              || numbers(pair.right(), ha, a.ordinal())
              || numbers(pair.right(), hb, a.ordinal())) {
            continue;
          }
          Set<String> shared = new LinkedHashSet<>(rel.shared());
          shared.remove(ha);
          shared.remove(hb);
          if (shared.size() < 2) {
            continue;
          }
          double conf = BASE + WORDING
              * Math.min(1, rel.overlap() / FULL_OVERLAP);
          if (rel.left().hedged() || rel.right().hedged()) {
            conf -= 0.1;
          }
          out.add(new Finding(Kind.ORDINAL, rel.left().claim(), rel.right().claim(), a.span(),
              b.span(), a.ordinal() + " " + a.event(), b.ordinal() + " " + b.event(),
              "place in the sequence", List.of(), conf));
        }
      }
    }
  }

  /**
   * Whether a place in a sequence belongs to one owner now: a possessive determiner (pack facet
   * {@code sequence-owner}: "his third term") or a name with "'s" ("Ortun's third term") right
   * before its number, and a word of the present (pack facet {@code sequence-present}: "is
   * serving his third term") among the {@value #PRESENT_WORDS} words before it.
   */
  private boolean owned(ClaimWords w, OrdinalFacet o) {
    int first = w.firstWordFrom(o.span().start());
    for (int i = Math.max(0, first - 1); i < w.size() && w.start(i) < o.span().end(); i++) {
      String lw = w.lower(i);
      if (lexicon.sequenceOwners().contains(lw)
          || i < first + 2 && (lw.endsWith("'s") || lw.endsWith("\u2019s"))) {
        for (int k = Math.max(0, i - PRESENT_WORDS); k < i; k++) {
          if (lexicon.sequencePresent().contains(w.lower(k))) {
            return true;
          }
        }
        return false;
      }
    }
    return false;
  }

  /**
   * Whether a generic count {@code g} (with head {@code generic}: "the third time") counts the
   * other's event {@code other} (with head {@code head}): its claim {@code c} names a word of
   * that event ("the third time the hospital has been hit by ransomware" counts "the second
   * ransomware attack on the hospital"), which is no place in a sequence. "The first time" says
   * that something is new ("will host the ceremony for the first time"), not how often the
   * other's event came: it is not read so; nor is a count more than {@value #GENERIC_GAP} away
   * from the other's ("the 40th annual festival" and "the second time" the singer opens it):
   * two reports of one series count it nearly alike, so counts far apart count two things.
   */
  private boolean counted(ClaimView c, OrdinalFacet g, String generic, OrdinalFacet other,
      String head) {
    if (g.ordinal() < 2 || Math.abs(g.ordinal() - other.ordinal()) > GENERIC_GAP
        || !lexicon.genericNouns().contains(generic)
        || lexicon.genericNouns().contains(head) || lexicon.positionNouns().contains(head)) {
      return false;
    }
    for (String w : events.words(other.event())) {
      if (c.stems().contains(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether two generic counts after "for" ("for the fifth time", "for the sixth time") count
   * one deed: the two claims, which restate each other, tell it in at least {@value #DEED_WORDS}
   * of the same words in lower case outside the counts and their windows ("Klitschko retained
   * his title for the fifth time" and "... for the sixth time"), and the counts lie no more than
   * {@value #GENERIC_GAP} apart. Two counts of two deeds ("was arrested for the second time",
   * "his home was raided for the third time") share no such words.
   */
  private boolean repeated(ArticlePair.Related rel, OrdinalFacet a, String ha, OrdinalFacet b,
      String hb) {
    if (ha == null || !ha.equals(hb) || !lexicon.genericNouns().contains(ha)
        || Math.abs(a.ordinal() - b.ordinal()) > GENERIC_GAP) {
      return false;
    }
    int deed = deedWords(rel.left().words(), a, rel.right().words(), b, ha);
    if (followsFor(rel.left().words(), a) && followsFor(rel.right().words(), b)) {
      return deed >= DEED_WORDS;
    }
    // "This is the third time the record has fallen in the city" and "It was the fourth time
    // the record had fallen in the city": the report's own deed, told in more of one wording
    return namesReported(rel.left().words(), a) && namesReported(rel.right().words(), b)
        && deed > DEED_WORDS;
  }

  /**
   * Whether a count stands right after a copula whose subject is a word of the pack facet
   * {@code reported-event-subject} ("This is the third time", "It was the fourth time"): it
   * numbers what the report tells, the deed after it.
   */
  private boolean namesReported(ClaimWords w, OrdinalFacet o) {
    int c = w.firstWordFrom(o.span().start()) - 1;
    return c >= 1 && lexicon.copulas().contains(w.lower(c))
        && reportedSubjects.contains(w.lower(c - 1))
        && w.gapIsSpace(w.end(c - 1), w.start(c)) && w.gapIsSpace(w.end(c), o.span().start())
        && (c - 1 == 0 || !w.gapIsSpace(w.end(c - 2), w.start(c - 1)));
  }

  /**
   * Whether "for" stands right before a count ("retained his title for the fifth time"): the
   * count tells how often the claim's own deed came, where "it was the second time she hosted"
   * may tell of an earlier one.
   */
  private static boolean followsFor(ClaimWords w, OrdinalFacet o) {
    int i = w.firstWordFrom(o.span().start()) - 1;
    return i >= 0 && w.lower(i).equals("for") && w.gapIsSpace(w.end(i), o.span().start());
  }

  /**
   * How many stems of lower-case content words two claims share outside two counts of one
   * generic noun {@code head} and their windows: the words of the deed both count ("retained",
   * "title"), not the count's own.
   */
  static int deedWords(ClaimWords wa, OrdinalFacet a, ClaimWords wb, OrdinalFacet b,
      String head) {
    Set<String> da = deed(wa, a);
    da.retainAll(deed(wb, b));
    da.remove(head);
    return da.size();
  }

  /** The stems of the lower-case content words of a claim outside a count and its window. */
  private static Set<String> deed(ClaimWords w, OrdinalFacet o) {
    Set<String> out = new LinkedHashSet<>();
    for (int i = 0; i < w.size(); i++) {
      boolean inCount = w.start(i) >= o.span().start() && w.end(i) <= o.span().end();
      boolean inWindow = o.window().isPresent() && w.start(i) >= o.window().get().span().start()
          && w.end(i) <= o.window().get().span().end();
      if (!inCount && !inWindow && w.isContent(i) && !w.isCapitalised(i) && !w.isNumber(i)) {
        out.add(w.stem(i));
      }
    }
    return out;
  }

  /**
   * Whether the words of the higher count's event hold all the words of the lower count's:
   * named alike ("the seventh day of protests" and "the eighth day of protests"), or the higher
   * count counting a kind of the lower's thing ("the third major flood" is at least the third
   * flood, so "the second flood" cannot hold; "the second major flood" may well be the third
   * flood).
   */
  private boolean narrower(OrdinalFacet a, OrdinalFacet b) {
    Set<String> wa = events.words(a.event());
    Set<String> wb = events.words(b.event());
    return a.ordinal() > b.ordinal() ? wa.containsAll(wb) : wb.containsAll(wa);
  }

  /**
   * Whether two counts count over one scope: the same words after their nouns ("president of
   * the university" and the possessor of "the university's 15th president"), or none on one
   * side in a claim that names the other's scope elsewhere ("became the 14th president of the
   * university", where the count's noun ends before "of").
   */
  private boolean sameScope(ArticlePair.Related rel, OrdinalFacet a, OrdinalFacet b) {
    Set<String> sa = events.scope(a.event());
    Set<String> sb = events.scope(b.event());
    return sa.equals(sb) || sa.isEmpty() && rel.left().stems().containsAll(sb)
        || sb.isEmpty() && rel.right().stems().containsAll(sa);
  }

  /**
   * Whether two places in a sequence are told of one deed by "to" and the same verb after them,
   * within {@value #INFINITIVE_WORDS} words of the ordinal and in its clause ("the second
   * generation of his family to run the store" and "the third generation of his family to run
   * the business"): the deed makes the sequence one, counted by the people who did it.
   */
  private static boolean sameInfinitive(ClaimWords wa, OrdinalFacet a, ClaimWords wb,
      OrdinalFacet b) {
    String va = infinitive(wa, a);
    return va != null && va.equals(infinitive(wb, b));
  }

  /** The stem of the verb after the first "to" after an ordinal in its clause, or null. */
  private static String infinitive(ClaimWords w, OrdinalFacet o) {
    int from = w.firstWordFrom(o.span().end());
    for (int k = from; k + 1 < w.size() && k - from < INFINITIVE_WORDS; k++) {
      if (!w.gapIsSpace(w.end(k - 1), w.start(k))) {
        return null; // a comma ends the clause of the count
      }
      if (w.lower(k).equals("to") && w.isContent(k + 1) && !w.isCapitalised(k + 1)
          && w.gapIsSpace(w.end(k), w.start(k + 1))) {
        return w.stem(k + 1);
      }
    }
    return null;
  }

  /** Whether an article itself gives some {@code head} the place {@code ordinal}. */
  private boolean numbers(ArticlePair.Side side, String head, int ordinal) {
    for (ClaimView c : side.claims()) {
      for (OrdinalFacet o : c.claim().facets(OrdinalFacet.class)) {
        if (o.ordinal() == ordinal && head.equals(events.head(o.event()))) {
          return true;
        }
      }
    }
    return false;
  }


  /**
   * Whether two counts count within one window. A day right after a count says when, not what it
   * is counted within ("became the 14th president of the university on Monday"), as it does for
   * {@link OrdinalCheck}: it is read as no window.
   */
  private static boolean sameWindow(OrdinalFacet a, OrdinalFacet b) {
    boolean wa = a.window().isPresent() && !oneDay(a.window().get());
    boolean wb = b.window().isPresent() && !oneDay(b.window().get());
    if (!wa || !wb) {
      return !wa && !wb;
    }
    return Objects.equals(a.window().get().value(), b.window().get().value())
        && Objects.equals(a.window().get().from(), b.window().get().from());
  }

  /** Whether a time is one day, with no start of a stretch ("on Monday", "on June 3"). */
  private static boolean oneDay(TimeFacet t) {
    return t.from().isEmpty() && t.type() == TimeFacet.Type.DATE
        && When.of(t.value()).map(When::fixesDay).orElse(false);
  }
}
