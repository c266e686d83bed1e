package dev.parallax.text;

/**
 * Whether a stretch of text asks: it ends with a question mark, closing quotation marks and
 * brackets aside ("Should the Yankees go higher?", "...who's counting?\u201d"). Read by the stance of
 * a claim and by the claim splitter, which cuts a closing question from the clause before it.
 */
public final class Questions {

  private Questions() {}

  /**
   * Whether the chars of {@code text} from {@code start} to {@code end} end with a question mark,
   * closing quotes and brackets aside.
   *
   * @param text the text
   * @param start where the stretch starts
   * @param end where it ends (exclusive)
   * @return whether it asks
   */
  public static boolean asks(CharSequence text, int start, int end) {
    for (int i = end - 1; i >= start; i--) {
      char c = text.charAt(i);
      if (c == '?') {
        return true;
      }
      if (!Character.isWhitespace(c) && "\"'\u201d\u2019)]".indexOf(c) < 0) {
        return false;
      }
    }
    return false;
  }
}
