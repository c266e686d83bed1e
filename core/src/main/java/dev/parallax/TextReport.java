package dev.parallax;

import dev.parallax.rules.Category;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Renders a {@link Comparison} as readable plain text, for terminals and JShell. Stateless. */
final class TextReport {
  private static final int WIDTH = 100;
  /** The widest article id the one-article-a-line profile table shows in full. */
  private static final int MAX_ID_COLUMN = 24;

  private TextReport() {}

  /**
   * The report: articles, the story facts, aligned pairs with their word diffs, exclusive claims
   * per article, contradictions (right after the story facts when more than three articles are
   * compared), then each article's loaded and opinion language with its profile.
   */
  public static String render(Comparison c) {
    StringBuilder sb = new StringBuilder();
    sb.append("Parallax: ")
        .append(count(c.articles().size(), "article", "articles")).append(", ")
        .append(count(c.alignments().size(), "aligned pair", "aligned pairs")).append(", ")
        .append(count(c.exclusives().size(), "exclusive claim", "exclusive claims")).append(", ")
        .append(count(c.contradictions().size(), "contradiction", "contradictions"))
        .append('\n');
    int idWidth = c.articles().stream().mapToInt(a -> a.id().length()).max().orElse(1);
    for (Article a : c.articles()) {
      sb.append("  ").append(pad(a.id(), idWidth)).append("  ");
      sb.append(a.outlet().orElse("(no outlet)"));
      a.publishedDate().ifPresent(d -> sb.append(", ").append(d));
      a.title().ifPresent(t -> sb.append(" — ").append(t));
      sb.append('\n');
    }

    storyFacts(sb, c);
    // with more than three articles, the contradictions come right after the story, before
    // the many aligned pairs
    boolean storyFirst = c.articles().size() > HtmlReport.STORY_FIRST;
    if (storyFirst) {
      contradictions(sb, c, idWidth);
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

    if (!storyFirst) {
      contradictions(sb, c, idWidth);
    }

    sb.append("\nLoaded and opinion language (").append(count(c.tags().size(), "tag", "tags"))
        .append(")\n\n");
    profiles(sb, c);
    for (Article a : c.articles()) {
      List<Tag> tags = c.tags(a);
      if (tags.isEmpty()) {
        continue;
      }
      sb.append("\n  in ").append(a.id()).append(" (").append(tags.size()).append(")\n");
      for (Tag t : tags) {
        String head = t.span().line() + ":" + t.span().column() + "  " + t.category().packName()
            + (t.quoted() ? " (quoted)" : "") + "  ";
        wrap(sb, head, "\"" + t.span().text() + "\" — " + t.why()
            + t.alternative().map(alt -> " Neutral: " + alt + ".").orElse(""), 4);
      }
    }
    return sb.toString();
  }

  /**
   * The profiles side by side: tags per 100 words in the reporter's voice by category (only
   * categories some article uses), in all, the share of sentences with opinion language, and the
   * tags inside quotations.
   */
  private static void profiles(StringBuilder sb, Comparison c) {
    List<LanguageProfile> ps = c.profiles();
    int col = Math.max(8, c.articles().stream().mapToInt(a -> a.id().length()).max().orElse(1) + 2);
    if (26 + ps.size() * col > WIDTH) {
      profileRows(sb, c);
      return;
    }
    Set<Category> used = EnumSet.noneOf(Category.class);
    ps.forEach(p -> used.addAll(p.reporter().keySet()));
    sb.append(pad("  per 100 words", 26));
    c.articles().forEach(a -> sb.append(left(a.id(), col)));
    sb.append('\n');
    for (Category cat : used) {
      sb.append(pad("  " + cat.packName(), 26));
      ps.forEach(p -> sb.append(left(String.format(Locale.ROOT, "%.1f", p.per100Words(cat)),
          col)));
      sb.append('\n');
    }
    sb.append(pad("  all", 26));
    ps.forEach(p -> sb.append(left(String.format(Locale.ROOT, "%.1f", p.per100Words()), col)));
    sb.append('\n');
    sb.append(pad("  sentences with tags", 26));
    ps.forEach(p -> sb.append(left(String.format(Locale.ROOT, "%.0f%%", 100 * p.opinionShare()),
        col)));
    sb.append('\n');
    sb.append(pad("  quoted tags", 26));
    ps.forEach(p -> sb.append(left(Integer.toString(p.quotedTags()), col)));
    sb.append('\n');
  }

  /**
   * The profiles one article a line, for more articles than fit side by side: tags per 100 words
   * in the reporter's voice, the share of sentences with tags, the tags inside quotations, and the
   * categories the article uses most (per 100 words), as many as the line holds.
   */
  private static void profileRows(StringBuilder sb, Comparison c) {
    int id = Math.min(MAX_ID_COLUMN,
        c.articles().stream().mapToInt(a -> a.id().length()).max().orElse(1));
    sb.append("  ").append(pad("per 100 words", id)).append("    all  sentences  quoted  ")
        .append("most used\n");
    for (int i = 0; i < c.profiles().size(); i++) {
      LanguageProfile p = c.profiles().get(i);
      String name = c.articles().get(i).id();
      if (name.length() > id) {
        name = name.substring(0, id - 1) + "…";
      }
      StringBuilder line = new StringBuilder("  ").append(pad(name, id))
          .append(left(String.format(Locale.ROOT, "%.1f", p.per100Words()), 7))
          .append(left(String.format(Locale.ROOT, "%.0f%%", 100 * p.opinionShare()), 11))
          .append(left(Integer.toString(p.quotedTags()), 8)).append("  ");
      List<Category> most = new java.util.ArrayList<>(p.reporter().keySet());
      most.sort(java.util.Comparator.comparingDouble((Category k) -> -p.per100Words(k)));
      boolean first = true;
      for (Category k : most) {
        String item = (first ? "" : ", ") + k.packName()
            + String.format(Locale.ROOT, " %.1f", p.per100Words(k));
        if (line.length() + item.length() > WIDTH) {
          break;
        }
        line.append(item);
        first = false;
      }
      sb.append(line.toString().stripTrailing()).append('\n');
    }
  }

  /** The contradictions, one entry per disagreement ({@link Disagreements}). */
  private static void contradictions(StringBuilder sb, Comparison c, int idWidth) {
    List<List<Contradiction>> groups = Disagreements.of(c.contradictions());
    sb.append("\nContradictions (").append(c.contradictions().size());
    if (groups.size() < c.contradictions().size()) {
      sb.append(", ").append(count(groups.size(), "disagreement", "disagreements"));
    }
    sb.append(")\n");
    int n = 0;
    for (List<Contradiction> g : groups) {
      Contradiction x = g.get(0);
      n++;
      sb.append(String.format(Locale.ROOT, "%n%3d. %s, confidence %.2f%n", n,
          x.kind().name().toLowerCase(Locale.ROOT), x.confidence()));
      evidence(sb, x.leftEvidence(), x.leftValue(), idWidth);
      evidence(sb, x.rightEvidence(), x.rightValue(), idWidth);
      wrap(sb, "", x.explanation(), 5);
      if (g.size() > 1) {
        wrap(sb, "", "Also between " + count(g.size() - 1, "other pair", "other pairs")
            + " of articles: " + Disagreements.otherPairs(g) + ".", 5);
      }
    }
  }

  /**
   * The story as a coverage matrix: the facts stated by two or more articles as rows
   * (contradicted facts first), the articles as one-character columns numbered in the order
   * given: {@code ●} states it, {@code ✗} states it in a contradiction, {@code ·} leaves it out.
   */
  private static void storyFacts(StringBuilder sb, Comparison c) {
    List<StoryFact> facts = c.facts();
    List<StoryFact> shared = facts.stream().filter(f -> !f.exclusive()).toList();
    sb.append("\nStory facts (").append(count(shared.size(), "fact", "facts"))
        .append(" stated by two or more articles, ")
        .append(facts.size() - shared.size()).append(" by one)\n");
    if (shared.isEmpty()) {
      return;
    }
    int n = c.articles().size();
    sb.append('\n');
    StringBuilder legend = new StringBuilder();
    for (int i = 0; i < n; i++) {
      legend.append(i == 0 ? "" : ", ").append(i + 1).append(" ").append(c.articles().get(i).id());
    }
    wrap(sb, "articles: ", legend.toString(), 2);
    if (n >= 10) {
      StringBuilder tens = new StringBuilder("  ");
      for (int i = 1; i <= n; i++) {
        tens.append(i >= 10 ? Character.forDigit(i / 10 % 10, 10) : ' ');
      }
      sb.append(tens.toString().stripTrailing()).append('\n');
    }
    sb.append("  ");
    for (int i = 1; i <= n; i++) {
      sb.append(Character.forDigit(i % 10, 10));
    }
    sb.append('\n');
    for (StoryFact f : shared) {
      StringBuilder row = new StringBuilder("  ");
      for (Article a : c.articles()) {
        Claim stated = f.claimOf(a.id()).orElse(null);
        row.append(stated == null ? '·' : f.contradicted(stated) ? '✗' : '●');
      }
      row.append("  ");
      String text = f.central().text().replaceAll("\\s+", " ").strip();
      int room = Math.max(20, WIDTH - row.length());
      sb.append(row).append(text.length() <= room ? text : text.substring(0, room - 1) + "…")
          .append('\n');
    }
  }

  private static String left(String s, int width) {
    return s.length() >= width ? " " + s : " ".repeat(width - s.length()) + s;
  }

  private static void evidence(StringBuilder sb, TextSpan s, String value, int idWidth) {
    wrap(sb, pad(s.article(), idWidth) + " " + s.line() + ":" + s.column() + "  ",
        "\"" + s.text() + "\" = " + value, 5);
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
