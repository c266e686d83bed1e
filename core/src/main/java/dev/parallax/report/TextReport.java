package dev.parallax.report;

import dev.parallax.Article;
import dev.parallax.Claim;
import dev.parallax.ClaimAlignment;
import dev.parallax.Comparison;
import dev.parallax.LanguageProfile;
import dev.parallax.Tag;
import java.util.List;
import java.util.Locale;

/** Renders a {@link Comparison} as readable plain text, for terminals and JShell. Stateless. */
public final class TextReport {
  private static final int WIDTH = 100;

  private TextReport() {}

  /**
   * The report: articles, aligned pairs with their word diffs, exclusive claims per article, then
   * each article's loaded and opinion language with its profile.
   */
  public static String render(Comparison c) {
    StringBuilder sb = new StringBuilder();
    sb.append("Parallax: ")
        .append(count(c.articles().size(), "article", "articles")).append(", ")
        .append(count(c.alignments().size(), "aligned pair", "aligned pairs")).append(", ")
        .append(count(c.exclusives().size(), "exclusive claim", "exclusive claims")).append('\n');
    int idWidth = c.articles().stream().mapToInt(a -> a.id().length()).max().orElse(1);
    for (Article a : c.articles()) {
      sb.append("  ").append(pad(a.id(), idWidth)).append("  ");
      sb.append(a.outlet().orElse("(no outlet)"));
      a.publishedDate().ifPresent(d -> sb.append(", ").append(d));
      a.title().ifPresent(t -> sb.append(" — ").append(t));
      sb.append('\n');
    }

    sb.append("\nAligned claims (").append(c.alignments().size()).append(")\n");
    int n = 0;
    for (ClaimAlignment al : c.alignments()) {
      n++;
      sb.append(String.format(Locale.ROOT, "%n%3d. score %.2f, %s%n", n, al.score(), al.reason()));
      claim(sb, al.left(), idWidth);
      claim(sb, al.right(), idWidth);
      if (al.diff().isEqual()) {
        sb.append("     diff: (same words)\n");
      } else {
        wrap(sb, "diff: ", al.diff().toString(), 5);
      }
    }

    sb.append("\nExclusive claims (").append(c.exclusives().size()).append(")\n");
    for (Article a : c.articles()) {
      List<Claim> own = c.exclusives(a);
      if (own.isEmpty()) {
        continue;
      }
      sb.append("\n  only in ").append(a.id()).append(" (").append(own.size()).append(")\n");
      for (Claim cl : own) {
        wrap(sb, cl.span().line() + ":" + cl.span().column() + "  ", cl.text(), 4);
      }
    }

    sb.append("\nLoaded and opinion language (").append(c.tags().size()).append(" tags)\n");
    for (Article a : c.articles()) {
      LanguageProfile p = c.profile(a);
      sb.append(String.format(Locale.ROOT,
          "%n  %s: %.1f tags per 100 words in the reporter's voice, %d of %d sentences (%.0f%%),"
              + " %d quoted%n",
          a.id(), p.per100Words(), p.opinionSentences(), p.sentences(), 100 * p.opinionShare(),
          p.quotedTags()));
      if (!p.reporter().isEmpty()) {
        sb.append("    ");
        sb.append(String.join(", ", p.reporter().entrySet().stream()
            .map(e -> e.getKey().packName() + " " + e.getValue()).toList()));
        sb.append('\n');
      }
      for (Tag t : c.tags(a)) {
        String head = t.span().line() + ":" + t.span().column() + "  " + t.category().packName()
            + (t.quoted() ? " (quoted)" : "") + "  ";
        wrap(sb, head, "\"" + t.span().text() + "\" — " + t.why()
            + t.alternative().map(alt -> " Neutral: " + alt + ".").orElse(""), 4);
      }
    }
    return sb.toString();
  }

  private static void claim(StringBuilder sb, Claim cl, int idWidth) {
    String head = pad(cl.article(), idWidth) + " " + cl.span().line() + ":" + cl.span().column()
        + "  ";
    wrap(sb, head, cl.text(), 5);
  }

  /** Appends {@code head + text}, folded to the report width, continuation lines aligned. */
  private static void wrap(StringBuilder sb, String head, String text, int indent) {
    String body = text.replaceAll("\\s+", " ").strip();
    int hang = indent + head.length();
    sb.append(" ".repeat(indent)).append(head);
    int col = hang;
    boolean first = true;
    for (String word : body.split(" ")) {
      if (!first && col + 1 + word.length() > WIDTH) {
        sb.append('\n').append(" ".repeat(hang));
        col = hang;
        first = true;
      }
      if (!first) {
        sb.append(' ');
        col++;
      }
      sb.append(word);
      col += word.length();
      first = false;
    }
    sb.append('\n');
  }

  /** {@code "1 article"}, {@code "2 articles"}. */
  public static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s : s + " ".repeat(width - s.length());
  }
}
