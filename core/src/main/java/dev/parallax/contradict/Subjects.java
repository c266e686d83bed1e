package dev.parallax.contradict;

import dev.parallax.AttributionFacet;
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

  /**
   * Whether two claims open with two names that both reports tell apart: neither claim writes
   * the other's name, each report names the other's subject elsewhere, and no name in either
   * report joins the two ("Lindqvist ran for 141 yards" and "Okoro ran for 118 yards" in two
   * recaps of one game that both name both players). Two names of one thing ("Latvia's
   * parliament" and "the Saeima", "Chicago" and "the Bears" of "the Chicago Bears") are not: one
   * report never writes the other's name, or writes both in one name. Claims that tell what
   * someone said are not either: their subjects may be two sources of one fact.
   */
  static boolean rivals(ArticlePair pair, ClaimView a, ClaimView b) {
    Optional<NameFacet> x = of(a);
    Optional<NameFacet> y = of(b);
    if (x.isEmpty() || y.isEmpty() || !two(a, b) || reported(a) || reported(b)
        || owner(a, x.get()) || owner(b, y.get())) {
      return false; // "Latvia's parliament": the subject is the noun the name owns
    }
    return namesApart(pair.left(), y.get(), x.get()) && namesApart(pair.right(), x.get(), y.get());
  }

  /**
   * Whether a report writes name {@code n} in a name of its own that holds no word of {@code own},
   * and never writes the two in one name.
   */
  private static boolean namesApart(ArticlePair.Side side, NameFacet n, NameFacet own) {
    boolean apart = false;
    for (ClaimView c : side.claims()) {
      for (NameFacet m : c.claim().facets(NameFacet.class)) {
        boolean hasN = writes(m.span().text(), n);
        if (hasN && writes(m.span().text(), own)) {
          return false;
        }
        apart |= hasN;
      }
    }
    return apart;
  }

  /** Whether the name is written with "'s" or "’s" in its claim: an owner, not the subject. */
  private static boolean owner(ClaimView c, NameFacet n) {
    String text = c.claim().text();
    int end = n.span().end() - c.claim().span().start();
    return end + 1 < text.length() && (text.charAt(end) == '\'' || text.charAt(end) == '\u2019')
        && text.charAt(end + 1) == 's'
        || n.span().text().endsWith("'s") || n.span().text().endsWith("\u2019s");
  }

  /** Whether a claim tells what someone said: the attribution reader found a source in it. */
  private static boolean reported(ClaimView c) {
    for (AttributionFacet f : c.claim().facets(AttributionFacet.class)) {
      if (f.mode() != AttributionFacet.Mode.REPORTER) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the text writes a word of the name as a whole word: a word of three letters or more
   * in any case, or a shorter one as the name writes it ("HP", "GE": letters in capitals).
   */
  private static boolean writes(String text, NameFacet n) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (String word : n.span().text().replaceAll("['\u2019]s$", "").split("[\\s-]+")) {
      String w = word.toLowerCase(Locale.ROOT);
      boolean shortName = word.length() == 2 && word.equals(word.toUpperCase(Locale.ROOT));
      if (word.length() > 2 && wholeWord(lower, w) || shortName && wholeWord(text, word)) {
        return true;
      }
    }
    return false;
  }

  private static boolean wholeWord(String text, String word) {
    return Pattern.compile("\\b" + Pattern.quote(word) + "\\b").matcher(text).find();
  }
}
