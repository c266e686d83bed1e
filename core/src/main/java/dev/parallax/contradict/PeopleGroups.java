package dev.parallax.contradict;

import java.util.Set;
import java.util.TreeSet;

/**
 * The groups of people that words name by what befell them: "the victims", "those killed" and
 * "the dead" name the dead, "the injured" and "the wounded" the injured (pack facets {@code
 * people-group} and {@code people-fate}). News names one group two ways, so two quantifiers of
 * words that name a group by the same fates quantify one group ({@link Quantifier#sameGroup}).
 *
 * @param words the lists of the pack that give the fate of each stem
 */
record PeopleGroups(PhraseWords words) {

  /**
   * The fates by which words {@code from} to {@code to} of {@code w} name a group of people, when
   * each content word among them names one ("the victims": death); empty when one of them names
   * none ("the injured workers") or there is none.
   */
  Set<String> of(ClaimWords w, int from, int to) {
    Set<String> out = new TreeSet<>();
    for (int i = from; i < to; i++) {
      if (!w.isContent(i)) {
        continue;
      }
      String fate = words.peopleGroups().getOrDefault(w.rawStem(i),
          words.peopleFates().get(w.rawStem(i)));
      if (fate == null) {
        return Set.of();
      }
      out.add(fate);
    }
    return Set.copyOf(out);
  }
}
