package dev.parallax.contradict;

import dev.parallax.rules.Cue;
import dev.parallax.rules.RuleMatcher;
import dev.parallax.rules.RulePack;
import dev.parallax.text.AnalyzedText;
import dev.parallax.text.TextAnalyzer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The cues of a pack read as word lists, one list per facet: as written, in lower case, as stems
 * of the pack's analysis, or with each cue's value. A facet the checks need but the pack lacks,
 * and a cue that needs a value but has none, fail with the pack and the line.
 */
final class PackCues {
  private final RulePack pack;
  private final TextAnalyzer analyzer;

  PackCues(RulePack pack, TextAnalyzer analyzer) {
    this.pack = pack;
    this.analyzer = analyzer;
  }

  /** The cues of the pack. */
  List<Cue> cues() {
    return pack.cues();
  }

  /** The phrases of the cues of {@code facet} as written ({@code =word} for exact forms). */
  List<String> written(String facet) {
    List<String> out = new ArrayList<>();
    for (Cue cue : pack.cues()) {
      if (cue.facet().equals(facet)) {
        out.addAll(written(cue));
      }
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException(
          "rule pack '" + pack.id() + "' has no words for facet '" + facet + "'");
    }
    return out;
  }

  /** The phrases of the cues of {@code facet}, lower case, without the exact-form mark. */
  Set<String> lower(String facet) {
    return lower(written(facet));
  }

  /** The phrases of one cue, lower case, without the exact-form mark. */
  Set<String> lower(Cue cue) {
    return lower(written(cue));
  }

  /** The stems of the one-word phrases of the cues of {@code facet}, in pack order. */
  List<String> stemList(String facet) {
    List<String> out = new ArrayList<>();
    for (String w : written(facet)) {
      AnalyzedText t = analyzer.analyze(bare(w));
      if (t.wordCount() == 1) {
        out.add(t.stem(0));
      }
    }
    return out;
  }

  /** The stems of the one-word phrases of the cues of {@code facet}. */
  Set<String> stems(String facet) {
    return Set.copyOf(new LinkedHashSet<>(stemList(facet)));
  }

  /** Each lower-case phrase of the cues of {@code facet} with its cue's value. */
  Map<String, String> valued(String facet) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Cue cue : pack.cues()) {
      if (cue.facet().equals(facet)) {
        String v = value(cue);
        for (String p : lower(cue)) {
          out.put(p, v);
        }
      }
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException(
          "rule pack '" + pack.id() + "' has no words for facet '" + facet + "'");
    }
    return Map.copyOf(out);
  }

  /** The stems of the words of {@code text}, in order ("destroyed toppled": destroi, toppl). */
  List<String> stemsOf(String text) {
    AnalyzedText t = analyzer.analyze(text);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < t.wordCount(); i++) {
      out.add(t.stem(i));
    }
    return out;
  }

  /** The value of a cue that must have one. */
  String value(Cue cue) {
    return cue.value().orElseThrow(() -> new IllegalArgumentException(
        pack.id() + ":" + cue.line() + ": cue '" + cue.id() + "' of facet " + cue.facet()
            + " needs a value"));
  }

  /** {@code pack-id:line: } for messages about a cue. */
  String where(Cue cue) {
    return pack.id() + ":" + cue.line() + ": ";
  }

  /** Phrases in lower case, without the exact-form mark. */
  static Set<String> lower(List<String> phrases) {
    Set<String> out = new LinkedHashSet<>();
    for (String p : phrases) {
      out.add(bare(p).toLowerCase(Locale.ROOT));
    }
    return Set.copyOf(out);
  }

  private static List<String> written(Cue cue) {
    List<String> out = new ArrayList<>();
    for (RuleMatcher m : cue.matchers()) {
      if (m instanceof RuleMatcher.Words w) {
        out.addAll(w.phrases());
      }
    }
    return out;
  }

  private static String bare(String phrase) {
    return phrase.startsWith("=") ? phrase.substring(1) : phrase;
  }
}
