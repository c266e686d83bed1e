package dev.parallax.contradict;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Claims that open by telling of another event of the story's kind: news sets earlier or
 * separate events of the same kind beside the one it reports ("In an earlier strike, at least 12
 * members of a family were killed", "Another quake struck at 4:43 a.m.", "The last such patch was
 * released on Oct. 23", "Separately, ..."), with their own counts and dates. The words
 * that open such a claim are the pack facet {@code other-instance-opener}, matched at the claim's
 * first word or after an opening preposition ("In", "On", "During"); one followed by a number
 * counts an increment of the story's own event ("Another 20 people were hurt"), not another
 * event.
 *
 * <p>A claim so opened and one that is not tell of two events, unless the other names such an
 * event too with a one-word opener anywhere ("The day before, another climber died"); two such
 * claims tell of one only when they share a name (a place or a person: "the Daya family" and
 * "the Beach refugee camp" are two strikes). Two claims that name two chambers of a legislature
 * and none in common ("The Senate passed the bill on June 19", "The House passed it on June 24")
 * tell of two votes. Immutable and thread-safe.
 */
final class OtherInstances {
  /** The most words an opener of the pack may have. */
  private static final int MAX_WORDS = 4;

  private final List<String[]> openers;
  private final Set<String> prepositions;
  private final Map<String, String> chambers;

  /**
   * @param openers lower-case phrases that open a claim about another event (facet {@code
   *     other-instance-opener})
   * @param prepositions lower-case prepositions that may stand before an opener (facet {@code
   *     other-instance-preposition})
   * @param chambers the chambers of a legislature, written with a capital, each with the chamber
   *     it names (facet {@code legislative-chamber}: "Senate" upper, "House" lower), lower case
   */
  OtherInstances(Set<String> openers, Set<String> prepositions, Map<String, String> chambers) {
    List<String[]> list = new ArrayList<>();
    for (String o : openers) {
      String[] w = o.split(" ");
      if (w.length > MAX_WORDS) {
        throw new IllegalArgumentException("an opener of another event has at most " + MAX_WORDS
            + " words: " + o);
      }
      list.add(w);
    }
    this.openers = List.copyOf(list);
    this.prepositions = Set.copyOf(prepositions);
    this.chambers = Map.copyOf(chambers);
  }

  /** Whether the claim opens by telling of another event of the story's kind. */
  boolean opens(ClaimView claim) {
    ClaimWords w = claim.words();
    int from = w.size() > 0 && prepositions.contains(w.lower(0)) ? 1 : 0;
    for (String[] o : openers) {
      if (matches(w, from, o)) {
        int after = from + o.length;
        return after >= w.size() || !incrementAt(claim, w.start(from), w.start(after));
      }
    }
    return false;
  }

  /**
   * Whether an increment of the claim starts between article offsets {@code from} and {@code to}
   * (the opener, or the word right after it, with or without the opener in its evidence).
   */
  private static boolean incrementAt(ClaimView claim, int from, int to) {
    for (Amount a : claim.amounts()) {
      if (a.increment() && a.evidence().start() >= from && a.evidence().start() <= to) {
        return true;
      }
    }
    return false;
  }

  /**
   * Why two claims cannot state one fact because one of them, or each, tells of another event,
   * or null when they may.
   */
  String rejection(ClaimView a, ClaimView b) {
    Set<String> ca = chambers(a.words());
    Set<String> cb = chambers(b.words());
    if (!ca.isEmpty() && !cb.isEmpty() && java.util.Collections.disjoint(ca, cb)) {
      return "two chambers of a legislature: two votes"; // "The Senate passed", "The House"
    }
    boolean x = opens(a);
    boolean y = opens(b);
    if (!x && !y) {
      return null;
    }
    // "the day before, another climber died" speaks of the other event that "Separately, a
    // climber died" opens with
    if (!(x || mentions(a)) || !(y || mentions(b))) {
      return "one claim tells of another event of its kind";
    }
    if (!sharesName(a, b)) {
      return "two other events of the kind, no name shared";
    }
    return null;
  }

  /** The chambers of a legislature a claim names with a capital ("the Senate": upper). */
  private Set<String> chambers(ClaimWords w) {
    Set<String> out = new HashSet<>();
    for (int i = 0; i < w.size(); i++) {
      String c = w.isCapitalised(i) ? chambers.get(w.lower(i)) : null;
      if (c != null) {
        out.add(c);
      }
    }
    return out;
  }

  /** Whether one of the single-word openers stands anywhere in the claim ("another climber"). */
  private boolean mentions(ClaimView claim) {
    ClaimWords w = claim.words();
    for (int i = 0; i < w.size(); i++) {
      for (String[] o : openers) {
        if (o.length == 1 && o[0].equals(w.lower(i))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean matches(ClaimWords w, int from, String[] opener) {
    if (from + opener.length > w.size()) {
      return false;
    }
    for (int k = 0; k < opener.length; k++) {
      if (!w.lower(from + k).equals(opener[k])) {
        return false;
      }
    }
    return true;
  }

  private static boolean sharesName(ClaimView a, ClaimView b) {
    Set<String> names = names(a.words());
    for (String n : names(b.words())) {
      if (names.contains(n)) {
        return true;
      }
    }
    return false;
  }

  /** The content words written with a capital, past the first word of the claim. */
  private static Set<String> names(ClaimWords w) {
    Set<String> out = new HashSet<>();
    for (int i = 1; i < w.size(); i++) {
      if (w.isCapitalised(i) && w.isContent(i)) {
        out.add(w.text(i).toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }
}
