package dev.parallax.text;

import java.util.Arrays;
import java.util.Objects;

/**
 * The first stage for markup input: cleans raw text (HTML, text with markup, lines wrapped or broken
 * by PDF extraction) before sentence splitting, as the "clean" mode of pySBD / pragmatic_segmenter
 * does, and keeps an exact map from every char of the cleaned text back to the original. Unlike
 * {@link SentenceSplitter}, which never rewrites text, this class does; callers split {@link
 * Cleaned#text()} and map spans back with {@link Cleaned#toOriginal(CharSpan)}.
 *
 * <p><b>The pipeline does not use it.</b> {@link dev.parallax.Parallax#annotate} and {@link
 * dev.parallax.Parallax#compare(java.util.List)} read an article's text as it is, so that every
 * offset they report is an offset of that text; a caller whose articles are markup cleans them with
 * this class first and maps the spans back. The segmentation evaluation of the examples module is
 * such a caller.
 *
 * <p>Rules, applied as passes in this order (each pass is one left-to-right scan with bounded
 * look-ahead, so cleaning is linear in the text length):
 *
 * <ol>
 *   <li><b>Inline markup, HTML tags and entities</b> ({@link MarkupPass}, {@link HtmlTags}, {@link
 *       HtmlEntities}): a formatting group {@code {x^ ... x^}} is removed ({@code
 *       Note{b^&gt;2&lt;b^} here} becomes {@code Note here}); comments and the tags of known HTML
 *       elements are removed, a block element's tag ({@code p, br, div, li, h1...}) becoming one line
 *       break so blocks do not run together, while unknown names ({@code <x>}) and prose such as
 *       {@code <b and c>} are kept; named and numeric character references are decoded, and a decoded
 *       char is not scanned again.
 *   <li><b>Backtick quotes</b> ({@link PunctuationRepairs}): a lone backtick next to a letter or
 *       digit becomes an apostrophe.
 *   <li><b>Dot runs</b> ({@link PunctuationRepairs}): four or more dots between two letters become one
 *       space; a dot leader with its page number is removed; ellipses stay.
 *   <li><b>Spelled-down capitals</b> ({@link BrokenLines}): three or more lines of one to three
 *       capitals each are joined into one word.
 *   <li><b>Lone terminal punctuation</b> ({@link BrokenLines}): a line that starts with one to three
 *       of {@code . ! ?} is joined to the line before it.
 *   <li><b>Wrapped lines</b> ({@link WrappedLines}): a single line break inside a sentence of {@link
 *       SentenceSplitter} (a line wrapped in running prose, as PDF extraction and fixed-width text
 *       leave it) becomes one space, with the horizontal space around it; breaks between sentences
 *       stay.
 * </ol>
 *
 * <p>Nothing else is changed; apart from wrapped lines, white space is not collapsed. A text with nothing to clean
 * comes back as the same string with the identity map. Each pass writes an {@link EditPass}, and
 * {@link Cleaned} composes their maps.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class TextCleaner {

  /** Builds the English cleaner on first use of {@link #english()}. */
  private static final class Holder {
    static final TextCleaner ENGLISH =
        new TextCleaner(
            new MarkupPass(
                HtmlTags.load("cleaner-html-tags.txt"),
                HtmlEntities.load("cleaner-entities.txt")));
  }

  private final MarkupPass markup;

  private TextCleaner(MarkupPass markup) {
    this.markup = markup;
  }

  /** The English cleaner with the bundled entity and tag lists. */
  public static TextCleaner english() {
    return Holder.ENGLISH;
  }

  /**
   * Cleans {@code text}.
   *
   * @param text the original text, not null
   * @return the cleaned text with its offset map
   */
  public Cleaned clean(String text) {
    Objects.requireNonNull(text, "text");
    Cleaned c = new Cleaned(text, text, null, null);
    c = c.then(markup.apply(c.text()));
    c = c.then(PunctuationRepairs.backticks(c.text()));
    c = c.then(PunctuationRepairs.dots(c.text()));
    c = c.then(BrokenLines.capitalLines(c.text()));
    c = c.then(BrokenLines.lonePunctuation(c.text()));
    c = c.then(WrappedLines.join(c.text()));
    return c;
  }

  /**
   * A cleaned text and its map to the original. {@code starts[i]} and {@code ends[i]} give the range of
   * the original that cleaned char {@code i} stands for; both arrays are null when the text is
   * unchanged (identity map). The accessors return copies.
   *
   * @param original the text that was cleaned
   * @param text the cleaned text
   * @param starts per cleaned char, the first original offset it stands for (null: identity)
   * @param ends per cleaned char, the end original offset it stands for (null: identity)
   */
  public record Cleaned(String original, String text, int[] starts, int[] ends) {

    /** Validates and copies the map. */
    public Cleaned {
      Objects.requireNonNull(original, "original");
      Objects.requireNonNull(text, "text");
      if ((starts == null) != (ends == null)) {
        throw new IllegalArgumentException("starts and ends must both be null or both be set");
      }
      if (starts == null) {
        if (!original.equals(text)) {
          throw new IllegalArgumentException("an identity map needs an unchanged text");
        }
      } else {
        if (starts.length != text.length() || ends.length != text.length()) {
          throw new IllegalArgumentException("map length differs from text length");
        }
        starts = starts.clone();
        ends = ends.clone();
        int prevStart = 0;
        int prevEnd = 0;
        for (int i = 0; i < starts.length; i++) {
          if (starts[i] < prevStart
              || ends[i] < prevEnd
              || ends[i] < starts[i]
              || ends[i] > original.length()) {
            throw new IllegalArgumentException("map is not monotonic at " + i);
          }
          prevStart = starts[i];
          prevEnd = ends[i];
        }
      }
    }

    /** Whether cleaning changed anything. */
    public boolean changed() {
      return starts != null;
    }

    /** A copy of the per-char start map, or null for the identity map. */
    @Override
    public int[] starts() {
      return starts == null ? null : starts.clone();
    }

    /** A copy of the per-char end map, or null for the identity map. */
    @Override
    public int[] ends() {
      return ends == null ? null : ends.clone();
    }

    /**
     * Maps a start offset of the cleaned text to the original: the original offset of the first char
     * that cleaned char {@code cleanedOffset} stands for; {@code text().length()} maps to {@code
     * original().length()}. Monotonic (non-decreasing).
     *
     * @param cleanedOffset an offset in {@code [0, text().length()]}
     * @return an offset in {@code [0, original().length()]}
     */
    public int toOriginal(int cleanedOffset) {
      if (cleanedOffset < 0 || cleanedOffset > text.length()) {
        throw new IndexOutOfBoundsException(
            "offset " + cleanedOffset + " outside [0, " + text.length() + "]");
      }
      if (starts == null) {
        return cleanedOffset;
      }
      return cleanedOffset == text.length() ? original.length() : starts[cleanedOffset];
    }

    /**
     * Maps a span of the cleaned text to the smallest span of the original that holds the same
     * content: from the start of its first char's source to the end of its last char's source. Removed
     * material (tags, markup) inside the span is covered; removed material at its edges is not. An
     * empty span maps to an empty span at {@link #toOriginal(int)} of its start.
     *
     * @param cleanedSpan a span within {@code text()}
     * @return the span of {@code original()}
     */
    public CharSpan toOriginal(CharSpan cleanedSpan) {
      if (cleanedSpan.end() > text.length()) {
        throw new IndexOutOfBoundsException(
            "span " + cleanedSpan + " outside a text of length " + text.length());
      }
      if (starts == null) {
        return cleanedSpan;
      }
      if (cleanedSpan.length() == 0) {
        int p = toOriginal(cleanedSpan.start());
        return new CharSpan(p, p);
      }
      return new CharSpan(starts[cleanedSpan.start()], ends[cleanedSpan.end() - 1]);
    }

    /** Applies one more pass (null: no change) and composes the maps. */
    Cleaned then(EditPass pass) {
      if (pass == null) {
        return this;
      }
      int m = pass.size();
      int[] s2 = new int[m];
      int[] e2 = new int[m];
      int n = text.length();
      for (int j = 0; j < m; j++) {
        int f = pass.from(j);
        int t = pass.to(j);
        if (t > f) {
          s2[j] = starts == null ? f : starts[f];
          e2[j] = ends == null ? t : ends[t - 1];
        } else {
          int b = f < n ? (starts == null ? f : starts[f]) : original.length();
          s2[j] = b;
          e2[j] = b;
        }
      }
      return new Cleaned(original, pass.text(), s2, e2);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Cleaned c
          && original.equals(c.original)
          && text.equals(c.text)
          && Arrays.equals(starts, c.starts)
          && Arrays.equals(ends, c.ends);
    }

    @Override
    public int hashCode() {
      return Objects.hash(original, text, Arrays.hashCode(starts), Arrays.hashCode(ends));
    }

    @Override
    public String toString() {
      return "Cleaned[" + text.length() + " chars from " + original.length() + "]";
    }
  }
}
