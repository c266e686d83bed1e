package dev.parallax.text;

import java.io.BufferedReader;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The language-specific word lists of {@link SentenceSplitter}: abbreviations by how they behave at a
 * period, words that commonly start sentences (and those of them that start one after a single
 * letter), words that continue a sentence after a clock time,
 * words that leave a sentence unfinished, and the names of the markup elements whose tags end a
 * sentence. Immutable once built; loaded from the plain-text resources next to this class.
 */
final class SentenceLexicon {

  /** How a word followed by a period behaves. */
  enum Kind {
    /** Not a known abbreviation. */
    NONE,
    /** Never ends a sentence when text follows ("Mr.", "e.g."). */
    NONFINAL,
    /** Precedes a number ("No.", "p.", "Rs."). */
    NUMERIC,
    /** A clock time ("a.m."), often sentence-final. */
    TIME,
    /** May end a sentence; decided by the next word ("U.S.", "Inc."). */
    MAY_END
  }

  private final Map<String, Kind> exact;
  private final Map<String, Kind> folded;
  private final Set<String> starters;
  private final Set<String> startersAfterLetter;
  private final Set<String> timeFollowers;
  private final Set<String> unfinished;
  private final Set<String> blockTags;

  private SentenceLexicon(
      Map<String, Kind> exact,
      Map<String, Kind> folded,
      Set<String> starters,
      Set<String> startersAfterLetter,
      Set<String> timeFollowers,
      Set<String> unfinished,
      Set<String> blockTags) {
    // HashMap and HashSet, not Map.copyOf and Set.copyOf: their lookups (asked at every period
    // and capital) mask the hash where the immutable ones divide it; never changed once built
    this.exact = new HashMap<>(exact);
    this.folded = new HashMap<>(folded);
    this.starters = new HashSet<>(starters);
    this.startersAfterLetter = Set.copyOf(startersAfterLetter);
    this.timeFollowers = Set.copyOf(timeFollowers);
    this.unfinished = Set.copyOf(unfinished);
    this.blockTags = Set.copyOf(blockTags);
  }

  /** Loads the English lists; a missing resource is an {@link UncheckedIOException} naming it. */
  static SentenceLexicon loadEnglish() {
    Map<String, Kind> exact = new HashMap<>();
    Map<String, Kind> folded = new HashMap<>();
    addAbbreviations("abbreviations_nonfinal.txt", Kind.NONFINAL, exact, folded);
    addAbbreviations("abbreviations_numeric.txt", Kind.NUMERIC, exact, folded);
    addAbbreviations("abbreviations_time.txt", Kind.TIME, exact, folded);
    addAbbreviations("abbreviations.txt", Kind.MAY_END, exact, folded);
    Set<String> starters = new HashSet<>(readEntries("sentence_starters.txt"));
    Set<String> afterLetter = new HashSet<>(readEntries("starters_after_letter.txt"));
    Set<String> followers = new HashSet<>();
    for (String w : readEntries("time_followers.txt")) {
      followers.add(stripFinalPeriod(w));
    }
    Set<String> unfinished = new HashSet<>(readEntries("unfinished_words.txt"));
    Set<String> blockTags = new HashSet<>(readEntries("block_tags.txt"));
    return new SentenceLexicon(
        exact, folded, starters, afterLetter, followers, unfinished, blockTags);
  }

  private static void addAbbreviations(
      String resource, Kind kind, Map<String, Kind> exact, Map<String, Kind> folded) {
    for (String entry : readEntries(resource)) {
      String word = stripFinalPeriod(entry);
      if (word.isEmpty()) {
        continue;
      }
      if (word.equals(word.toLowerCase(Locale.ROOT))) {
        folded.putIfAbsent(word, kind);
      } else {
        exact.putIfAbsent(word, kind);
        exact.putIfAbsent(word.toUpperCase(Locale.ROOT), kind);
      }
    }
  }

  private static String stripFinalPeriod(String entry) {
    return entry.endsWith(".") ? entry.substring(0, entry.length() - 1) : entry;
  }

  /** Non-comment, non-blank lines of a resource, trimmed. */
  static List<String> readEntries(String resource) {
    InputStream in = SentenceLexicon.class.getResourceAsStream(resource);
    if (in == null) {
      throw new UncheckedIOException(
          new FileNotFoundException(
              "missing word list resource dev/parallax/text/" + resource));
    }
    List<String> out = new java.util.ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        int hash = line.indexOf('#');
        String s = (hash >= 0 ? line.substring(0, hash) : line).strip();
        if (!s.isEmpty()) {
          out.add(s);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read word list resource dev/parallax/text/" + resource, e);
    }
    return List.copyOf(out);
  }

  /** The kind of {@code word} (without its final period; with a final '!' for names like "Yahoo!"). */
  Kind kindOf(String word) {
    Kind k = exact.get(word);
    if (k != null) {
      return k;
    }
    k = folded.get(word.toLowerCase(Locale.ROOT));
    return k != null ? k : Kind.NONE;
  }

  /** Whether a capitalised {@code word} commonly starts a sentence. */
  boolean isStarter(String word) {
    return starters.contains(word) || starters.contains(capitalizedFormOfCaps(word));
  }

  /**
   * Whether a capitalised {@code word} opens a sentence after a single capital letter with a
   * period ("Plan B. They"): a pronoun or an article, never a surname.
   */
  boolean isStarterAfterLetter(String word) {
    return startersAfterLetter.contains(word)
        || startersAfterLetter.contains(capitalizedFormOfCaps(word));
  }

  /** Whether {@code word} continues a sentence after a clock time ("Sunday", "EDT"). */
  boolean isTimeFollower(String word) {
    return timeFollowers.contains(word) || timeFollowers.contains(capitalizedFormOfCaps(word));
  }

  /** Whether a sentence cannot end on the lowercase {@code word} ("the", "of", "and"). */
  boolean leavesUnfinished(String word) {
    return unfinished.contains(word);
  }

  /** Whether a tag named {@code name} (in lower case) ends a sentence ("p", "li", "br"). */
  boolean isBlockTag(String name) {
    return blockTags.contains(name);
  }

  /** "THE" becomes "The" (three letters or more, all capitals); anything else stays as it is. */
  private static String capitalizedFormOfCaps(String word) {
    if (word.length() < 3 || !isUpperCase(word)) {
      return word;
    }
    return word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT);
  }

  /**
   * Whether {@code word} equals its upper-cased form; an ASCII word is read in place, any other
   * goes through the JDK's upper-casing.
   */
  private static boolean isUpperCase(String word) {
    for (int k = 0; k < word.length(); k++) {
      char c = word.charAt(k);
      if (c >= 0x80) {
        return word.equals(word.toUpperCase(Locale.ROOT));
      }
      if (c >= 'a' && c <= 'z') {
        return false;
      }
    }
    return true;
  }
}
