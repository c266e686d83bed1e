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
   * The fates a count names: in the words of what it undergoes, or before its noun as a word that
   * modifies it ("seven injured people", "three wounded soldiers"); not its noun itself ("50
   * arrests" names what is counted, not what befell it).
   */
  Set<String> of(Amount a) {
    Set<String> out = of(a.core());
    if (a.noun().size() > 1) {
      out.addAll(of(a.noun().subList(1, a.noun().size())));
    }
    return out;
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
