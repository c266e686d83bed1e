package dev.parallax.facts;

import static java.util.Objects.requireNonNull;

import dev.parallax.matching.PackMatcher;
import dev.parallax.rules.PackEntry;
import dev.parallax.rules.RulePack;
import dev.parallax.text.AnalyzedText;
import dev.parallax.text.TextAnalyzer;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The lexical cues of the fact extractors (month names, units, number words, negations,
 * attribution verbs...), read from the {@code cue} blocks of the fact packs and compiled once.
 * {@link #find} matches all of them in one scan of a text. Immutable and thread-safe.
 */
public final class FactCues {
  private static final String BUNDLED = "/dev/parallax/facts/en/";

  private final List<RulePack> packs;
  private final PackMatcher matcher;
  private final CueTable table; // the packs' entries as a scan numbers them

  /** Compiles the cues of {@code packs}. */
  public FactCues(List<RulePack> packs, TextAnalyzer analyzer) {
    this.packs = List.copyOf(packs);
    List<List<PackEntry>> entries = this.packs.stream().map(RulePack::entries).toList();
    this.matcher = PackMatcher.of(entries, analyzer);
    this.table = CueTable.ofPacks(entries);
  }

  /** The bundled English fact packs, listed in {@code dev/parallax/facts/en/packs.txt}. */
  public static List<RulePack> englishPacks() {
    return Bundled.ENGLISH;
  }

  /** The packs in force. */
  public List<RulePack> packs() {
    return packs;
  }

  /** Every cue match in {@code t}, in text order. */
  public CueHits find(AnalyzedText t) {
    CueHits.Gathered hits = gathering(t.wordCount() * 3);
    matcher.scan(t, List.of(gatherInto(hits)));
    return gathered(t, hits);
  }

  /**
   * Room for the cues of one scan, about {@code expected} of them (it grows past them): news
   * text has 2.2 to 2.9 hits a word (the tenth and the ninetieth percentiles of the dev articles,
   * 3.2 at the 99th), so three a word rarely grows.
   */
  public CueHits.Gathered gathering(int expected) {
    return new CueHits.Gathered(table, expected);
  }

  /**
   * Gathers the cues of a scan into {@code hits} (made by {@link #gathering}): the sink of the
   * group of this object's packs in {@link PackMatcher#scan} of a matcher compiled with them in a
   * group of their own, so that the scan's index of an entry is its index in this object's table.
   * Read them with {@link #gathered}.
   */
  public PackMatcher.Sink gatherInto(CueHits.Gathered hits) {
    if (hits.table() != table) {
      throw new IllegalArgumentException("cues gathered for other packs");
    }
    return (pack, index, entry, start, end) -> {
      int facet = table.facetOf(index);
      if (facet >= 0) {
        hits.add(index, facet, start, end);
      }
    };
  }

  /** The cues of {@code t} that {@link #gatherInto} gathered into {@code hits}, in text order. */
  public CueHits gathered(AnalyzedText t, CueHits.Gathered hits) {
    return new CueHits(t, hits);
  }

  @Override
  public String toString() {
    return "FactCues" + packs.stream().map(RulePack::id).toList();
  }

  /**
   * One cue found in a text.
   *
   * @param facet the cue's facet ({@code month}, {@code unit}, ...)
   * @param value the cue's value, or "" when it gives none
   * @param cue the cue's id
   * @param start first char
   * @param end end (exclusive)
   */
  public record CueHit(String facet, String value, String cue, int start, int end) {
    /** Checks arguments. */
    public CueHit {
      requireNonNull(facet, "facet");
      requireNonNull(value, "value");
      requireNonNull(cue, "cue");
    }
  }

  /** Lazy holder of the bundled packs. */
  private static final class Bundled {
    static final List<RulePack> ENGLISH = load();

    private static List<RulePack> load() {
      String index = BUNDLED + "packs.txt";
      try (InputStream in = FactCues.class.getResourceAsStream(index)) {
        if (in == null) {
          throw new UncheckedIOException(
              new FileNotFoundException("bundled pack index " + index + " is missing"));
        }
        List<RulePack> out = new ArrayList<>();
        for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
          String name = line.strip();
          if (!name.isEmpty() && !name.startsWith("#")) {
            out.add(RulePack.fromClasspath(BUNDLED + name));
          }
        }
        return List.copyOf(out);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read bundled pack index " + index, e);
      }
    }
  }
}
