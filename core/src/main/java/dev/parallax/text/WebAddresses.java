package dev.parallax.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Web addresses in text ("http://www.example.com/2013/03/12/fire.html", "www.example.org"): they
 * name pages and state no fact, so the numbers and dates inside them are no quantities or times,
 * and a sentence that is nothing but an address (a source line under a headline) aligns with
 * nothing. The one place that says what an address looks like.
 */
public final class WebAddresses {
  /** An address: a scheme or "www.", then everything up to white space. */
  private static final Pattern ADDRESS = Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+");
  /** An address alone, with at most a bracket or a punctuation mark around it. */
  private static final Pattern ONLY = Pattern.compile(
      "(?i)\\s*[(<\\[]?(?:https?://|www\\.)\\S+?[)>\\].,;]?\\s*");

  private WebAddresses() {}

  /** The spans of the web addresses in {@code text}, in text order. */
  public static List<CharSpan> find(String text) {
    List<CharSpan> out = new ArrayList<>();
    if (text.indexOf("://") < 0 && text.indexOf("www.") < 0 && text.indexOf("WWW.") < 0) {
      return out; // most texts have none: no regular expression to run
    }
    Matcher m = ADDRESS.matcher(text);
    while (m.find()) {
      out.add(new CharSpan(m.start(), m.end()));
    }
    return out;
  }

  /** Whether {@code text} holds a web address. */
  public static boolean contains(String text) {
    return !find(text).isEmpty();
  }

  /** Whether {@code text} is nothing but a web address, with at most a bracket or a mark. */
  public static boolean only(String text) {
    return ONLY.matcher(text).matches();
  }
}
