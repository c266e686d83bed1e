package dev.parallax;

import dev.parallax.rules.Category;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Renders a {@link Comparison} as one self-contained HTML page: the articles side by side with
 * their claims and loaded language marked (click a claim to see the claims of other articles it
 * aligns with), then the aligned pairs with their word diffs, the exclusive claims and the
 * language profiles. No external file, font or script is referenced, so the page can be saved,
 * mailed or archived as it is. Stateless.
 */
final class HtmlReport {

  /** Beyond this many articles, the story facts and contradictions come before the texts. */
  static final int STORY_FIRST = 3;

  private HtmlReport() {}

  /** The page. */
  public static String render(Comparison c) {
    StringBuilder sb = new StringBuilder(64 * 1024);
    sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>Parallax: ").append(esc(titleOf(c))).append("</title>\n<style>\n")
        .append(CSS).append("</style>\n</head>\n<body>\n");
    sb.append("<header><h1>Parallax</h1><p class=\"summary\">")
        .append(esc(TextReport.count(c.articles().size(), "article", "articles"))).append(", ")
        .append(esc(TextReport.count(c.alignments().size(), "aligned pair", "aligned pairs")))
        .append(", ")
        .append(esc(TextReport.count(c.exclusives().size(), "exclusive claim",
            "exclusive claims")))
        .append(", ").append(esc(TextReport.count(c.contradictions().size(), "contradiction",
            "contradictions")))
        .append(", ").append(esc(TextReport.count(c.tags().size(), "tag", "tags")))
        .append("</p>\n").append(LEGEND).append("</header>\n");

    Map<String, Integer> claimIds = new HashMap<>();
    Map<String, List<String>> partners = new HashMap<>();
    int next = 0;
    for (ClaimAlignment al : c.alignments()) {
      for (Claim cl : al.claims()) {
        claimIds.putIfAbsent(key(cl), next++);
      }
    }
    for (Claim cl : c.exclusives()) {
      claimIds.putIfAbsent(key(cl), next++);
    }
    for (ClaimAlignment al : c.alignments()) {
      String l = "c" + claimIds.get(key(al.left()));
      String r = "c" + claimIds.get(key(al.right()));
      partners.computeIfAbsent(l, k -> new ArrayList<>()).add(r);
      partners.computeIfAbsent(r, k -> new ArrayList<>()).add(l);
    }

    // up to three articles stand side by side at the top; with more, the story comes first
    // (the facts by source, contradicted ones first, then the contradictions) and the texts after
    boolean storyFirst = c.articles().size() > STORY_FIRST;
    if (storyFirst) {
      facts(sb, c);
      contradictions(sb, c);
    }
    sb.append("<section class=\"articles\" style=\"grid-template-columns: repeat(")
        .append(Math.min(3, c.articles().size())).append(", minmax(22em, 1fr))\">\n");
    for (Article a : c.articles()) {
      article(sb, c, a, claimIds, partners);
    }
    sb.append("</section>\n");

    if (!storyFirst) {
      contradictions(sb, c);
      facts(sb, c);
    }
    alignments(sb, c, claimIds);
    exclusives(sb, c, claimIds);
    profiles(sb, c);
    sb.append("<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n");
    return sb.toString();
  }

  private static String titleOf(Comparison c) {
    return String.join(" / ", c.articles().stream().map(Article::label).toList());
  }

  private static String key(Claim c) {
    return c.article() + "@" + c.span().start() + ":" + c.span().end();
  }

  /** One article's text, cut at every claim and tag boundary, each piece marked. */
  private static void article(StringBuilder sb, Comparison c, Article a,
      Map<String, Integer> claimIds, Map<String, List<String>> partners) {
    String text = a.text();
    List<Claim> claims = new ArrayList<>();
    for (ClaimAlignment al : c.alignments()) {
      for (Claim cl : al.claims()) {
        if (cl.article().equals(a.id()) && !claims.contains(cl)) {
          claims.add(cl);
        }
      }
    }
    for (Claim cl : c.exclusives(a)) {
      if (!claims.contains(cl)) {
        claims.add(cl);
      }
    }
    List<Tag> tags = c.tags(a);
    Set<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
    for (Claim cl : claims) {
      cuts.add(cl.span().start());
      cuts.add(cl.span().end());
    }
    for (Tag t : tags) {
      cuts.add(t.span().start());
      cuts.add(t.span().end());
    }
    sb.append("<article id=\"a-").append(esc(a.id())).append("\"><h2>").append(esc(a.label()))
        .append("</h2><p class=\"meta\">").append(esc(a.id()));
    a.publishedDate().ifPresent(d -> sb.append(" · ").append(d));
    a.title().ifPresent(t -> sb.append(" · ").append(esc(t)));
    sb.append("</p>\n<div class=\"text\">");
    Integer prev = null;
    for (int cut : cuts) {
      if (prev != null && cut > prev) {
        piece(sb, text, prev, cut, claims, tags, claimIds, partners, c);
      }
      prev = cut;
    }
    sb.append("</div></article>\n");
  }

  private static void piece(StringBuilder sb, String text, int start, int end, List<Claim> claims,
      List<Tag> tags, Map<String, Integer> claimIds, Map<String, List<String>> partners,
      Comparison c) {
    Claim owner = null;
    for (Claim cl : claims) {
      if (cl.span().start() <= start && end <= cl.span().end()) {
        owner = cl;
        break;
      }
    }
    List<Tag> on = new ArrayList<>();
    for (Tag t : tags) {
      if (t.span().start() <= start && end <= t.span().end()) {
        on.add(t);
      }
    }
    String body = esc(text.substring(start, end));
    if (owner == null && on.isEmpty()) {
      sb.append(body);
      return;
    }
    StringBuilder cls = new StringBuilder();
    StringBuilder title = new StringBuilder();
    StringBuilder attrs = new StringBuilder();
    if (owner != null) {
      String id = "c" + claimIds.get(key(owner));
      boolean aligned = partners.containsKey(id);
      cls.append(aligned ? "claim aligned" : "claim exclusive");
      attrs.append(" data-claim=\"").append(id).append('"');
      List<String> p = partners.getOrDefault(id, List.of());
      if (!p.isEmpty()) {
        attrs.append(" data-partners=\"").append(String.join(" ", p)).append('"');
      }
    }
    Set<Category> cats = EnumSet.noneOf(Category.class);
    for (Tag t : on) {
      cats.add(t.category());
      if (title.length() > 0) {
        title.append("\n");
      }
      title.append(t.category().packName()).append(t.quoted() ? " (quoted)" : "").append(": ")
          .append(t.why()).append(t.alternative().map(n -> " Neutral: " + n + ".").orElse(""));
    }
    if (!on.isEmpty()) {
      cls.append(cls.length() > 0 ? " " : "").append("tag");
      boolean quotedOnly = on.stream().allMatch(Tag::quoted);
      if (quotedOnly) {
        cls.append(" quoted");
      }
      for (Category cat : cats) {
        cls.append(" t-").append(cat.packName());
      }
    }
    sb.append("<span class=\"").append(cls).append('"').append(attrs);
    if (title.length() > 0) {
      sb.append(" title=\"").append(esc(title.toString())).append('"');
    }
    sb.append('>').append(body).append("</span>");
  }

  /**
   * The contradictions, one entry per disagreement ({@link Disagreements}), which names the
   * other pairs of articles that repeat it.
   */
  private static void contradictions(StringBuilder sb, Comparison c) {
    List<List<Contradiction>> groups = Disagreements.of(c.contradictions());
    sb.append("<section><h2>Contradictions (").append(c.contradictions().size());
    if (groups.size() < c.contradictions().size()) {
      sb.append(", ").append(esc(TextReport.count(groups.size(), "disagreement",
          "disagreements")));
    }
    sb.append(")</h2>\n");
    if (c.contradictions().isEmpty()) {
      sb.append("<p class=\"none\">None found.</p>\n");
    }
    sb.append("<ol class=\"contradictions\">\n");
    for (List<Contradiction> g : groups) {
      Contradiction x = g.get(0);
      sb.append("<li><p class=\"why\">").append(esc(x.kind().name().toLowerCase(Locale.ROOT)))
          .append(String.format(Locale.ROOT, " · confidence %.2f", x.confidence()))
          .append("</p>");
      for (TextSpan e : List.of(x.leftEvidence(), x.rightEvidence())) {
        String value = e == x.leftEvidence() ? x.leftValue() : x.rightValue();
        sb.append("<p><b>").append(esc(e.article())).append("</b> <mark>").append(esc(e.text()))
            .append("</mark> <span class=\"pos\">= ").append(esc(value)).append("</span></p>");
      }
      sb.append("<p>").append(esc(x.explanation())).append("</p>");
      if (g.size() > 1) {
        sb.append("<details><summary>also between ")
            .append(esc(TextReport.count(g.size() - 1, "other pair", "other pairs")))
            .append(" of articles</summary><p class=\"pos\">")
            .append(esc(Disagreements.otherPairs(g))).append("</p></details>");
      }
      sb.append("</li>\n");
    }
    sb.append("</ol></section>\n");
  }

  /**
   * The story as a coverage matrix: one row per fact stated by two or more articles
   * (contradicted facts first), one narrow column per article (its number, its id on hover); a
   * cell states the fact (its claim on hover), states it in a contradiction, or leaves it out.
   */
  private static void facts(StringBuilder sb, Comparison c) {
    List<StoryFact> shared = c.facts().stream().filter(f -> !f.exclusive()).toList();
    sb.append("<section><h2>Story facts (").append(shared.size())
        .append(" stated by two or more articles)</h2>\n");
    if (shared.isEmpty()) {
      sb.append("<p class=\"none\">No fact is stated by two articles.</p></section>\n");
      return;
    }
    sb.append("<table class=\"matrix\"><thead><tr>")
        .append("<th class=\"fact\">fact (its most central wording)</th>");
    for (int i = 0; i < c.articles().size(); i++) {
      Article a = c.articles().get(i);
      sb.append("<th title=\"").append(esc(a.label())).append("\">").append(i + 1)
          .append("</th>");
    }
    sb.append("</tr></thead><tbody>\n");
    for (StoryFact f : shared) {
      sb.append("<tr><td class=\"fact\" title=\"").append(esc(f.central().text()))
          .append("\">").append(esc(f.central().text())).append("</td>");
      for (Article a : c.articles()) {
        Claim stated = f.claimOf(a.id()).orElse(null);
        if (stated == null) {
          sb.append("<td class=\"out\" title=\"").append(esc(a.id()))
              .append(": not stated\">·</td>");
        } else {
          boolean against = f.contradicted(stated);
          sb.append("<td class=\"").append(against ? "against" : "in").append("\" title=\"")
              .append(esc(a.id() + ": " + stated.text())).append("\">")
              .append(against ? "✗" : "●").append("</td>");
        }
      }
      sb.append("</tr>\n");
    }
    sb.append("</tbody></table></section>\n");
  }

  private static void alignments(StringBuilder sb, Comparison c, Map<String, Integer> claimIds) {
    sb.append("<section><h2>Aligned claims (").append(c.alignments().size()).append(")</h2>\n");
    if (c.alignments().isEmpty()) {
      sb.append("<p class=\"none\">None.</p>");
    }
    sb.append("<ol class=\"pairs\">\n");
    for (ClaimAlignment al : c.alignments()) {
      sb.append("<li data-pair=\"c").append(claimIds.get(key(al.left()))).append(" c")
          .append(claimIds.get(key(al.right()))).append("\"><p class=\"why\">")
          .append(String.format(Locale.ROOT, "score %.2f", al.score())).append(" · ")
          .append(esc(al.reason())).append("</p>");
      sb.append("<p><b>").append(esc(al.left().article())).append("</b> ")
          .append(esc(al.left().text())).append("</p>");
      sb.append("<p><b>").append(esc(al.right().article())).append("</b> ")
          .append(esc(al.right().text())).append("</p>");
      sb.append("<p class=\"diff\">");
      for (WordDiff.Run r : al.diff().runs()) {
        switch (r.op()) {
          case EQUAL -> sb.append(esc(r.left()));
          case DELETE -> sb.append("<del>").append(esc(r.left())).append("</del>");
          case INSERT -> sb.append("<ins>").append(esc(r.right())).append("</ins>");
          case CHANGE -> sb.append("<del>").append(esc(r.left())).append("</del><ins>")
              .append(esc(r.right())).append("</ins>");
          default -> throw new AssertionError(r.op());
        }
        sb.append(' ');
      }
      sb.append("</p></li>\n");
    }
    sb.append("</ol></section>\n");
  }

  private static void exclusives(StringBuilder sb, Comparison c, Map<String, Integer> claimIds) {
    sb.append("<section><h2>Exclusive claims (").append(c.exclusives().size()).append(")</h2>\n");
    for (Article a : c.articles()) {
      List<Claim> own = c.exclusives(a);
      if (own.isEmpty()) {
        continue;
      }
      sb.append("<h3>Only in ").append(esc(a.label())).append(" (").append(own.size())
          .append(")</h3><ul class=\"exclusives\">\n");
      for (Claim cl : own) {
        sb.append("<li data-pair=\"c").append(claimIds.get(key(cl))).append("\"><span class=\"pos\">")
            .append(cl.span().line()).append(':').append(cl.span().column()).append("</span> ")
            .append(esc(cl.text())).append("</li>\n");
      }
      sb.append("</ul>\n");
    }
    sb.append("</section>\n");
  }

  private static void profiles(StringBuilder sb, Comparison c) {
    sb.append("<section><h2>Loaded and opinion language</h2>\n<table class=\"profiles\"><thead>"
        + "<tr><th>per 100 words</th>");
    for (Article a : c.articles()) {
      sb.append("<th>").append(esc(a.label())).append("</th>");
    }
    sb.append("</tr></thead><tbody>\n");
    Set<Category> used = EnumSet.noneOf(Category.class);
    c.profiles().forEach(p -> used.addAll(p.reporter().keySet()));
    Map<String, java.util.function.Function<LanguageProfile, String>> rows = new LinkedHashMap<>();
    for (Category cat : used) {
      rows.put(cat.packName(), p -> String.format(Locale.ROOT, "%.1f", p.per100Words(cat)));
    }
    rows.put("all", p -> String.format(Locale.ROOT, "%.1f", p.per100Words()));
    rows.put("sentences with tags", p -> String.format(Locale.ROOT, "%.0f%%",
        100 * p.opinionShare()));
    rows.put("quoted tags", p -> Integer.toString(p.quotedTags()));
    for (Map.Entry<String, java.util.function.Function<LanguageProfile, String>> row
        : rows.entrySet()) {
      String cls = used.stream().anyMatch(k -> k.packName().equals(row.getKey()))
          ? " class=\"t-" + row.getKey() + "\"" : "";
      sb.append("<tr><th").append(cls).append('>').append(esc(row.getKey())).append("</th>");
      for (LanguageProfile p : c.profiles()) {
        sb.append("<td>").append(row.getValue().apply(p)).append("</td>");
      }
      sb.append("</tr>\n");
    }
    sb.append("</tbody></table></section>\n");
  }

  /** Escapes text for HTML element content and double-quoted attributes. */
  static String esc(String s) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(ch);
      }
    }
    return out.toString();
  }

  private static final String LEGEND = "<p class=\"legend\"><span class=\"claim aligned\">aligned"
      + " claim</span> <span class=\"claim exclusive\">exclusive claim</span> <span class=\"tag"
      + " t-loaded-term\">loaded or opinion language</span> <span class=\"tag quoted\">inside a"
      + " quotation</span> · click a claim to show what it aligns with</p>\n";

  private static final String CSS = """
      :root { --ink: #1d2330; --muted: #667085; --line: #d0d5dd; --aligned: #e8f1ff;
        --exclusive: #fff4e5; --tag: #ffd8d8; --quoted: #ececec; --focus: #ffe066; }
      * { box-sizing: border-box; }
      body { font: 15px/1.55 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--ink);
        margin: 0 auto; padding: 1.2em 2em 3em; max-width: 96em; }
      h1 { margin: 0; font-size: 1.6em; } h2 { font-size: 1.2em; margin: 1.6em 0 .5em; }
      h3 { font-size: 1em; margin: 1em 0 .3em; }
      .summary, .meta, .legend, .why, .pos { color: var(--muted); }
      .legend span { padding: 0 .3em; }
      .articles { display: grid; gap: 1.2em; overflow-x: auto; }
      article { border: 1px solid var(--line); border-radius: 6px; padding: .6em 1em 1em; }
      article h2 { margin: .2em 0; }
      .text { white-space: pre-wrap; overflow-wrap: anywhere; }
      .claim.aligned { background: var(--aligned); cursor: pointer; }
      .claim.exclusive { background: var(--exclusive); }
      .tag { border-bottom: 2px solid #d92d20; background-image: linear-gradient(var(--tag),
        var(--tag)); }
      .tag.quoted { border-bottom: 2px dotted #98a2b3; background-image: linear-gradient(
        var(--quoted), var(--quoted)); }
      .focus { outline: 2px solid #f79009; background: var(--focus) !important; }
      .pairs li, .exclusives li { margin: .6em 0; }
      .pairs p { margin: .15em 0; }
      .diff del { background: #fee4e2; text-decoration: line-through; }
      .diff ins { background: #d1fadf; text-decoration: none; }
      table.matrix { border-collapse: collapse; font-size: 12px; }
      table.matrix th, table.matrix td { padding: 0.1em 0.15em; text-align: center;
        border-bottom: 1px solid var(--line); min-width: 1.4em; }
      table.matrix td.fact, table.matrix th.fact { text-align: left; padding-right: 0.8em;
        max-width: 24em; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
      table.matrix td.in { color: #1a7f37; }
      table.matrix td.against { color: #c0262d; font-weight: bold; }
      table.matrix td.out { color: var(--line); }
      table.profiles { border-collapse: collapse; }
      .profiles th, .profiles td { border-bottom: 1px solid var(--line); padding: .2em .8em;
        text-align: right; }
      .profiles th:first-child { text-align: left; font-weight: normal; }
      .none { color: var(--muted); }
      .contradictions mark { background: #fef0c7; }
      """;

  private static final String SCRIPT = """
      document.addEventListener('click', function (e) {
        var el = e.target.closest('[data-claim]');
        document.querySelectorAll('.focus').forEach(function (x) { x.classList.remove('focus'); });
        if (!el) { return; }
        var ids = [el.dataset.claim].concat((el.dataset.partners || '').split(' '));
        ids.forEach(function (id) {
          if (!id) { return; }
          document.querySelectorAll('[data-claim="' + id + '"]').forEach(function (x) {
            x.classList.add('focus');
          });
        });
        var first = document.querySelector('[data-claim="' + (el.dataset.partners || '')
            .split(' ')[0] + '"]');
        if (first && first !== el) { first.scrollIntoView({block: 'nearest'}); }
      });
      """;
}
