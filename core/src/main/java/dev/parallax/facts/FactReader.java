package dev.parallax.facts;

import static java.util.Objects.requireNonNull;

import dev.parallax.AttributionFacet;
import dev.parallax.Facet;
import dev.parallax.OrdinalNumber;
import dev.parallax.NameFacet;
import dev.parallax.OrdinalFacet;
import dev.parallax.QuantityFacet;
import dev.parallax.TextSpan;
import dev.parallax.TimeFacet;
import dev.parallax.facts.ClaimSplitter.ClaimSpan;
import dev.parallax.text.AnalyzedText;
import dev.parallax.text.CharSpan;
import dev.parallax.text.TextAnalyzer;
import dev.parallax.text.WebAddresses;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The facts stage: splits an analysed article into claims and reads their facets with the fact
 * extractors, all from one scan of the fact packs' cues. Immutable and thread-safe.
 */
public final class FactReader {

  /**
   * What was read in one article.
   *
   * @param claims the claims, in order
   * @param facets every facet, in text order
   */
  public record Reading(List<ClaimSpan> claims, List<Facet> facets) {
    /** Copies the lists. */
    public Reading {
      claims = List.copyOf(claims);
      facets = List.copyOf(facets);
    }

    /**
     * The facets whose words start inside {@code claim}, in text order. The facets are sorted by
     * start, so this finds the first by binary search and reads on while they start inside:
     * attaching the facets of every claim costs the claims times a logarithm, not the claims
     * times the facets.
     */
    public List<Facet> facetsOf(ClaimSpan claim) {
      int from = claim.span().start();
      int to = Math.max(claim.span().end(), from + 1);
      int lo = 0;
      int hi = facets.size();
      while (lo < hi) { // the first facet that starts at or after the claim
        int mid = (lo + hi) >>> 1;
        if (facets.get(mid).span().start() < from) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      List<Facet> out = new ArrayList<>();
      for (int i = lo; i < facets.size() && facets.get(i).span().start() < to; i++) {
        out.add(facets.get(i));
      }
      return out;
    }
  }

  /** A facet with its span's ends read once, for sorting (a stable sort, as before). */
  private record Placed(int start, int end, Facet facet) {}

  private static final Comparator<Placed> BY_SPAN = (a, b) ->
      a.start() != b.start() ? Integer.compare(a.start(), b.start())
          : Integer.compare(a.end(), b.end());

  /** The facets sorted by start, then end; the order given among equal spans. */
  private static List<Facet> bySpan(List<Facet> facets) {
    List<Placed> placed = new ArrayList<>(facets.size());
    for (Facet f : facets) {
      placed.add(new Placed(f.span().start(), f.span().end(), f));
    }
    placed.sort(BY_SPAN);
    List<Facet> out = new ArrayList<>(placed.size());
    for (Placed p : placed) {
      out.add(p.facet());
    }
    return out;
  }

  private final FactCues cues;
  private final ClaimSplitter splitter = new ClaimSplitter();
  private final TimeExtractor times = new TimeExtractor();
  private final QuantityExtractor quantities;
  private final OrdinalExtractor ordinals = new OrdinalExtractor();
  private final PolarityExtractor polarity = new PolarityExtractor();
  private final AttributionExtractor attributions = new AttributionExtractor();
  private final NameExtractor names = new NameExtractor();

  /** A reader with the bundled English fact packs. */
  public static FactReader english(TextAnalyzer analyzer) {
    return new FactReader(new FactCues(FactCues.englishPacks(), analyzer));
  }

  /** A reader with these cues. */
  public FactReader(FactCues cues) {
    this.cues = requireNonNull(cues, "cues");
    this.quantities = new QuantityExtractor(cues.packs());
  }

  /** Reads the claims and facets of one analysed article text. */
  public Reading read(String articleId, AnalyzedText t, Optional<LocalDate> published) {
    return read(articleId, t, published, cues.find(t));
  }

  /**
   * The ordinal numbers of one analysed article text that no quantity takes ("the third",
   * "21st"), in text order: see {@link QuantityExtractor#ordinals}.
   */
  public List<OrdinalNumber> ordinalNumbers(String articleId, AnalyzedText t) {
    return quantities.ordinals(new Spans(articleId, t), cues.find(t));
  }

  /** The cues this reader reads with. */
  public FactCues cues() {
    return cues;
  }

  /** {@link #read(String, AnalyzedText, Optional)} with the cues of {@code t} already found. */
  public Reading read(String articleId, AnalyzedText t, Optional<LocalDate> published,
      CueHits hits) {
    Spans spans = new Spans(articleId, t);
    List<Facet> facets = new ArrayList<>();
    List<TimeFacet> timeFacets = times.extract(spans, hits, published);
    facets.addAll(timeFacets);
    facets.addAll(quantities.extract(spans, hits));
    facets.addAll(ordinals.extract(spans, hits, timeFacets));
    facets.addAll(polarity.extract(spans, hits));
    facets.addAll(attributions.extract(spans, hits));
    facets.addAll(names.extract(spans, hits));
    dropInAddresses(facets, t.text());
    List<ClaimSpan> claims = splitter.split(t, hits);
    facets = bySpan(perClaim(facets, claims, spans, t));
    return new Reading(claims, facets);
  }

  /**
   * {@code facets} with each reporter's-voice attribution, which covers a whole sentence, given
   * once to every claim of that sentence it covers, over that claim's words only ("The storm hit
   * the coast on Monday; thousands fled their homes." is two claims in the reporter's voice).
   */
  private static List<Facet> perClaim(List<Facet> facets, List<ClaimSpan> claims, Spans spans,
      AnalyzedText t) {
    List<Facet> out = new ArrayList<>(facets.size());
    int lo = 0; // claims and the attribution facets both come in text order: one pass
    for (Facet f : facets) {
      if (!(f instanceof AttributionFacet a) || a.mode() != AttributionFacet.Mode.REPORTER) {
        out.add(f);
        continue;
      }
      boolean split = false;
      while (lo < claims.size() && claims.get(lo).span().end() <= a.span().start()) {
        lo++;
      }
      for (int i = lo; i < claims.size() && claims.get(i).span().start() < a.span().end(); i++) {
        ClaimSpan c = claims.get(i);
        int from = Math.max(c.span().start(), a.span().start());
        int to = Math.min(c.span().end(), a.span().end());
        if (from >= to || c.span().start() <= a.span().start() && a.span().end() <= c.span().end()) {
          continue;
        }
        int first = t.wordsBefore(from);
        int last = t.wordsBefore(to) - 1;
        if (first <= last) {
          out.add(new AttributionFacet(spans.words(first, last), a.mode(), a.source(), a.cue()));
          split = true;
        }
      }
      if (!split) {
        out.add(f);
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return "FactReader[" + cues + "]";
  }

  /**
   * Drops the times, quantities, ordinals and names read inside a web address
   * ("http://example.com/2013/03/12/130909-fire.html"): they name a page, not a fact.
   */
  private static void dropInAddresses(List<Facet> facets, String text) {
    List<CharSpan> addresses = WebAddresses.find(text);
    if (addresses.isEmpty()) {
      return;
    }
    facets.removeIf(f -> (f instanceof TimeFacet || f instanceof QuantityFacet
        || f instanceof OrdinalFacet || f instanceof NameFacet)
        && addresses.stream().anyMatch(
            a -> a.start() <= f.span().start() && f.span().end() <= a.end()));
  }
}
