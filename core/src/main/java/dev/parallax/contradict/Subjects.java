package dev.parallax.contradict;

import dev.parallax.NameFacet;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The named subject of a claim: the name the claim opens with ("Apple shares rose 2 percent",
 * "Norvane's stock fell"), as the name reader found it (a capital at the start of a sentence is a
 * name only when the text writes it with a capital elsewhere too). Two claims whose subjects are
 * two names, neither written anywhere in the other claim, tell of two things: "Apple shares rose
 * 2 percent" and "Microsoft shares fell 2 percent" do not disagree. A claim that opens with no
 * name (a pronoun, a common noun, "Police said") has no subject here.
 */
final class Subjects {
  private Subjects() {}

  /** The name the claim opens with, past one leading "The", or empty. */
  static Optional<NameFacet> of(ClaimView c) {
    ClaimWords w = c.words();
    if (w.size() == 0) {
      return Optional.empty();
    }
    int first = w.lower(0).equals("the") && w.size() > 1 ? 1 : 0;
    for (NameFacet n : c.claim().facets(NameFacet.class)) {
      if (n.span().start() == w.start(first)) {
        return Optional.of(n);
      }
    }
    return Optional.empty();
  }

  /** Whether the two claims open with two names, neither written in the other claim. */
  static boolean two(ClaimView a, ClaimView b) {
    Optional<NameFacet> x = of(a);
    Optional<NameFacet> y = of(b);
    if (x.isEmpty() || y.isEmpty()) {
      return false;
    }
    return !writes(b.claim().text(), x.get()) && !writes(a.claim().text(), y.get());
  }

  /** Whether the text writes a word of the name of three letters or more, as a whole word. */
  private static boolean writes(String text, NameFacet n) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (String word : n.span().text().toLowerCase(Locale.ROOT)
        .replaceAll("['\u2019]s$", "").split("[\\s-]+")) {
      if (word.length() > 2
          && Pattern.compile("\\b" + Pattern.quote(word) + "\\b").matcher(lower).find()) {
        return true;
      }
    }
    return false;
  }
}
