package dev.parallax.contradict;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Whether an asserted claim restates the subject of a denial that denies one word only ("The
 * driver was not charged" against "The driver was charged"): "was not charged" alone says too
 * little to tell whose charge it denies, so the subject must be the same. The subject is the
 * content words before the denied word, as a set, and the numbers among them ("40% said the
 * economy was improving" and "60% said the economy was not improving" report two parts of a
 * poll); who tells it, before a reporting word ("Police said the suspect was armed"), is no part
 * of it. A personal pronoun (pack facet {@code subject-pronoun}: "He has not been charged") is a
 * subject too, which only the same pronoun restates: two reports of one event that say "he" of
 * the charge in claims aligned with each other tell of the same man. A predicate joined to an
 * earlier one by a conjunction (pack facet {@code predicate-conjunction}), with no subject of
 * its own ("He was escorted from the building and was not charged"), has the subject of the
 * first: the words before the clause's first auxiliary (pack facet {@code subject-auxiliary}),
 * not the first predicate's words.
 */
final class RestatedSubject {
  private final Lexicon lexicon;
  private final Set<String> pronouns;
  private final Set<String> conjunctions;
  private final Set<String> auxiliaries;
  private final Set<String> beForms;
  private final Set<String> adverbs;

  /**
   * A reader.
   *
   * @param pronouns personal pronouns that stand for a subject, lower case
   * @param conjunctions conjunctions that join a second predicate to a subject's first
   * @param auxiliaries auxiliaries of a clause, the first of which ends its subject
   * @param beForms the forms of "be" (pack facet {@code passive-auxiliary}), lower case
   * @param adverbs adverbs of degree that may stand between an auxiliary or a form of "be" and
   *     the word it carries (pack facet {@code predicate-adverb}: "is fully insured"): no word of
   *     the subject, lower case
   */
  RestatedSubject(Lexicon lexicon, Set<String> pronouns, Set<String> conjunctions,
      Set<String> auxiliaries, Set<String> beForms, Set<String> adverbs) {
    this.lexicon = lexicon;
    this.pronouns = Set.copyOf(pronouns);
    this.conjunctions = Set.copyOf(conjunctions);
    this.auxiliaries = Set.copyOf(auxiliaries);
    this.beForms = Set.copyOf(beForms);
    this.adverbs = Set.copyOf(adverbs);
  }

  /**
   * Whether the subject of the denial, before char {@code negation} of {@code denied}, is
   * restated in {@code asserted} before its first word of {@code shared}, and names something
   * (a word, not numbers only).
   */
  boolean restated(ClaimWords denied, int negation, ClaimWords asserted, Set<String> shared) {
    int end = wordsBefore(denied, negation);
    int until = firstShared(asserted, shared);
    if (until >= asserted.size()) {
      return false;
    }
    Set<String> a = subject(denied, end, false);
    if (a.stream().noneMatch(x -> !x.startsWith("#"))) {
      return false;
    }
    // an aside may name the subject ("Her coach, Jorge Pinto, was not charged") or describe it
    // ("The parsonage, where the pastor lives, was not damaged"): either reading may be restated
    return a.equals(subject(asserted, until, false))
        || subject(denied, end, true).equals(subject(asserted, until, true));
  }

  /** The number of words of {@code w} that end by char {@code at}. */
  private static int wordsBefore(ClaimWords w, int at) {
    int end = 0;
    while (end < w.size() && w.end(end) <= at) {
      end++;
    }
    return end;
  }

  /** The first content word of {@code w} among {@code shared}, or its size when none is. */
  private static int firstShared(ClaimWords w, Set<String> shared) {
    int i = 0;
    while (i < w.size() && !(w.isContent(i) && shared.contains(w.stem(i)))) {
      i++;
    }
    return i;
  }

  /**
   * Whether both claims join the denied and the asserted predicate to an earlier one of the same
   * subject, and the earlier ones share a content word: "He was escorted from the building and
   * was not charged" against "Officers said he was escorted out and charged with trespass" tell
   * the same two things of one man, and differ on the second. The subjects must still be
   * restated ({@link #restated}).
   */
  boolean secondPredicate(ClaimWords denied, int negation, ClaimWords asserted,
      Set<String> shared) {
    int end = wordsBefore(denied, negation);
    int until = firstShared(asserted, shared);
    int p = conjunction(denied, end);
    int q = until < asserted.size() ? conjunction(asserted, until) : -1;
    if (p < 0 || q < 0) {
      return false;
    }
    Set<String> first = new HashSet<>();
    for (int i = firstAuxiliary(denied, p); i >= 0 && i < p; i++) {
      if (denied.isContent(i)) {
        first.add(denied.stem(i));
      }
    }
    for (int i = firstAuxiliary(asserted, q); i >= 0 && i < q; i++) {
      if (asserted.isContent(i) && first.contains(asserted.stem(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The conjunction that joins the predicate starting at word {@code end} to an earlier one,
   * past the predicate's auxiliaries and adverbs ("and has since been arrested") and with no
   * punctuation before it, or -1.
   */
  private int conjunction(ClaimWords w, int end) {
    int p = end - 1;
    while (p >= 0 && (auxiliaries.contains(w.lower(p)) || adverbs.contains(w.lower(p))
        || lexicon.negations().negationAuxiliaries().contains(w.lower(p)))) {
      p--;
    }
    return p > 0 && conjunctions.contains(w.lower(p)) && !w.between(w.end(p - 1), w.start(p))
        .matches(".*[,;:].*") && firstAuxiliary(w, p) >= 0 ? p : -1;
  }

  /** The first auxiliary before word {@code p} after the claim's last reporting word, or -1. */
  private int firstAuxiliary(ClaimWords w, int p) {
    int first = -1;
    for (int i = 0; i < p; i++) {
      if (lexicon.reporting().contains(w.stem(i))) {
        first = -1;
      } else if (first < 0 && auxiliaries.contains(w.lower(i))) {
        first = i;
      }
    }
    return first;
  }

  /**
   * The first word of the clause that word {@code stop} stands in: after the last clause end
   * before it ({@link PolarityCheck#CLAUSE_END}: "The church was empty, and the parsonage was not
   * damaged" opens its second clause at "the"), or 0.
   */
  private static int clauseStart(ClaimWords w, int stop) {
    if (stop <= 0 || stop > w.size()) {
      return 0;
    }
    int base = w.start(0);
    java.util.regex.Matcher m =
        PolarityCheck.CLAUSE_END.matcher(w.between(base, w.start(stop - 1)));
    int last = -1;
    while (m.find()) {
      last = base + m.end();
    }
    int i = 0;
    while (last >= 0 && i < stop && w.start(i) < last) {
      i++;
    }
    return i;
  }

  /**
   * The words {@code [from, to)} of the asides set off by commas between a subject and its
   * auxiliaries before word {@code stop}, from the clause's first comma ("The parsonage, where
   * the pastor lives, was not damaged", "Belcourt, 63, a former fire chief, has conceded"): they
   * describe the subject and are not restated with it. {@code [0, 0)} when there is none.
   */
  private int[] aside(ClaimWords w, int stop) {
    int k = stop - 1;
    while (k > 0 && (auxiliaries.contains(w.lower(k)) || beForms.contains(w.lower(k))
        || adverbs.contains(w.lower(k))
        || lexicon.negations().negationAuxiliaries().contains(w.lower(k)))) {
      k--;
    }
    if (k < 1 || k + 1 >= w.size() || k + 1 > stop
        || !w.between(w.end(k), w.start(k + 1)).contains(",")) {
      return new int[] {0, 0};
    }
    // the first comma of the clause opens the asides: "Belcourt, 63, a former fire chief first
    // elected in 2015, has conceded" names Belcourt
    for (int j = clauseStart(w, stop); j < k; j++) {
      if (w.between(w.end(j), w.start(j + 1)).contains(",")) {
        return j == 0 && !w.isContent(0) ? new int[] {0, 0} : new int[] {j + 1, k + 1};
      }
    }
    return new int[] {0, 0};
  }

  /**
   * The subject words of the predicate that starts at word {@code end}, without an aside set off
   * by commas before its auxiliaries when {@code withoutAside}.
   */
  private Set<String> subject(ClaimWords w, int end, boolean withoutAside) {
    int p = conjunction(w, end);
    // a second predicate of the same subject: the subject ends at the clause's first auxiliary
    int stop = p < 0 ? end : firstAuxiliary(w, p);
    int[] aside = withoutAside ? aside(w, stop) : new int[] {0, 0};
    Set<String> words = new LinkedHashSet<>();
    for (int i = clauseStart(w, stop); i < stop; i++) {
      if (i >= aside[0] && i < aside[1]) {
        continue;
      }
      if (lexicon.reporting().contains(w.stem(i))) {
        words.removeIf(x -> !x.startsWith("#")); // "40% said": a number tells parts of a poll
      } else if (i > 0 && adverbs.contains(w.lower(i))
          && (auxiliaries.contains(w.lower(i - 1)) || beForms.contains(w.lower(i - 1)))) {
        continue; // "The building is fully insured": a degree, not the subject
      } else if (w.isContent(i) || w.isNumber(i)) {
        words.add(w.isNumber(i) ? "#" + w.lower(i) : w.stem(i));
      } else if (pronouns.contains(w.lower(i))) {
        words.add("@" + w.lower(i));
      }
    }
    return words;
  }
}
