package dev.parallax.contradict;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What befell the people a count counts (pack facet {@code people-fate}: death, injury, arrest,
 * abduction, ...), read from the words of what the count undergoes and from a word of a fate
 * before its noun.
 */
final class CountFates {
  /** The most words between a count and the first of two fate words joined to count it. */
  private static final int WINDOW = 4;

  /** Each fate stem, as written and as its synonym group writes it in a frame, with its fates. */
  private final Map<String, Set<String>> byStem;

  /** @param byStem the fates of each stem ({@link FateWords#byStem}) */
  CountFates(Map<String, Set<String>> byStem) {
    this.byStem = Map.copyOf(byStem);
  }

  /** The fates that some stems name ("kill": death; "custodi": arrest). */
  Set<String> of(Collection<String> stems) {
    Set<String> out = new TreeSet<>();
    for (String s : stems) {
      out.addAll(byStem.getOrDefault(s, Set.of()));
    }
    return out;
  }

  /**
   * The fates a count names: in the words of what it undergoes, before its noun as a word that
   * modifies it ("seven injured people", "three wounded soldiers"), or as the word that stands
   * for the people it befell ("the 28 injured"); not its noun itself ("50 arrests" names what
   * is counted, not what befell it).
   */
  Set<String> of(Amount a) {
    Set<String> out = of(a.core());
    if (a.noun().size() > 1) {
      out.addAll(of(a.noun().subList(1, a.noun().size())));
    }
    ClaimWords w = a.claim();
    int last = w.lastWordBefore(a.evidence().end());
    if (last >= 0 && w.start(last) > a.evidence().start() && !a.noun().contains(w.stem(last))) {
      // "Of the 28 injured": a word of a fate that stands for the people it befell, which the
      // amount's words hold in place of a noun
      out.addAll(of(java.util.List.of(w.stem(last))));
    }
    return out;
  }

  /**
   * Whether count {@code a} or {@code b} counts two fates together ("left 20 people dead or
   * missing", "killed or injured 40 people"), among them every fate of the other, and is at least
   * as large: such a count holds each of its fates, so "20 dead or missing" holds "killed 12
   * people". A union smaller than its part ("20 dead or missing" against "killed 30") holds
   * nothing.
   */
  boolean holds(Amount a, Amount b) {
    Set<String> ua = together(a);
    Set<String> ub = together(b);
    if (ua.isEmpty() == ub.isEmpty()) {
      return false;
    }
    Amount union = ua.isEmpty() ? b : a;
    Amount part = union == a ? b : a;
    Set<String> fp = of(part);
    return !fp.isEmpty() && (ua.isEmpty() ? ub : ua).containsAll(fp)
        && union.high() >= part.low();
  }

  /**
   * The two fates that two fate words joined by "or" or "and" name, within four words before or
   * after count {@code a} ("dead or missing", "killed or injured"); empty when none stands there.
   * Fates told of the count one by one ("killing 12 and injuring 40") are no such pair.
   */
  private Set<String> together(Amount a) {
    ClaimWords w = a.claim();
    int from = Math.max(0, w.firstWordFrom(a.evidence().start()) - WINDOW);
    int to = Math.min(w.size() - 2, w.firstWordFrom(a.evidence().end()) + WINDOW - 2);
    for (int i = from; i < to; i++) {
      String joint = w.lower(i + 1);
      if (!joint.equals("or") && !joint.equals("and")) {
        continue;
      }
      Set<String> x = byStem.getOrDefault(w.stem(i), Set.of());
      Set<String> y = byStem.getOrDefault(w.stem(i + 2), Set.of());
      if (!x.isEmpty() && !y.isEmpty() && !x.equals(y)) {
        Set<String> out = new TreeSet<>(x);
        out.addAll(y);
        return out;
      }
    }
    return Set.of();
  }

  /**
   * The fates two counts both name, however each writes it ("held five people hostage" and
   * "kidnapping six people" both name an abduction; "seven injured people" and "were hurt" an
   * injury); empty for other amounts.
   */
  Set<String> shared(Amount a, Amount b) {
    if (!a.measure().equals("count") || !b.measure().equals("count")) {
      return Set.of();
    }
    Set<String> out = of(a);
    out.retainAll(of(b));
    return out;
  }
}
