package dev.parallax.examples.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.Article;
import dev.parallax.Claim;
import dev.parallax.ClaimAlignment;
import dev.parallax.Comparison;
import dev.parallax.Contradiction;
import dev.parallax.Parallax;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores contradictions and fact alignment against a gold set of same-fact pairs in one JVM run,
 * counting as {@code shared/eval/score_contra.py} does (which runs the command-line tool once per
 * event): a gold pair is <i>flagged</i> when one reported contradiction has a claim overlapping
 * each of its two spans, and <i>aligned</i> when one alignment does.
 *
 * <pre>
 * java -cp examples/target/parallax.jar dev.parallax.examples.eval.ContradictionEval \
 *     EVENTS.jsonl GOLD.jsonl [--show] [--all] [--min-confidence X]
 * </pre>
 *
 * <p>Articles are built as the scorer builds its JSON files: id = the article id folded to lower
 * case with runs of white space as dashes, outlet, title, publication date when given. Gold
 * offsets are code points; they are turned into Java string offsets before comparing. With
 * {@code --show}, every miss and false flag is printed with both texts and the gold note, and
 * every reported contradiction that touches a gold agreement prints its explanation; with {@code
 * --all}, every reported contradiction is printed, whether a gold pair covers it or not.
 */
public final class ContradictionEval {

  private ContradictionEval() {}

  /**
   * Runs the evaluation.
   *
   * @param args events file, gold file, then options
   * @throws IOException if a file cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: ContradictionEval EVENTS.jsonl GOLD.jsonl [--show]"
          + " [--min-confidence X]");
      System.exit(2);
    }
    boolean show = List.of(args).contains("--show");
    boolean all = List.of(args).contains("--all");
    Parallax.Builder b = Parallax.builder();
    for (int i = 2; i < args.length; i++) {
      if (args[i].equals("--min-confidence")) {
        b.minConfidence(Double.parseDouble(args[++i]));
      }
    }
    Parallax px = b.build();
    ObjectMapper json = new ObjectMapper();
    Map<String, JsonNode> events = new LinkedHashMap<>();
    for (JsonNode r : read(json, args[0])) {
      events.put(r.get("event_id").asText(), r);
    }
    Map<String, List<JsonNode>> byEvent = new LinkedHashMap<>();
    for (JsonNode g : read(json, args[1])) {
      byEvent.computeIfAbsent(g.get("event_id").asText(), k -> new ArrayList<>()).add(g);
    }
    Map<String, int[]> perType = new TreeMap<>(); // hit, contra, false, agree, aligned, pairs
    int reported = 0;
    int pairs = 0;
    long t0 = System.nanoTime();
    for (Map.Entry<String, List<JsonNode>> e : byEvent.entrySet()) {
      JsonNode event = events.get(e.getKey());
      List<Article> arts = new ArrayList<>();
      Map<String, String> texts = new LinkedHashMap<>();
      for (JsonNode a : event.get("articles")) {
        String id = slug(a.hasNonNull("article_id") ? a.get("article_id").asText()
            : a.get("outlet").asText());
        Article.Builder ab = Article.builder().id(id).text(a.get("text").asText());
        if (a.hasNonNull("outlet")) {
          ab.outlet(a.get("outlet").asText());
        }
        if (a.hasNonNull("title")) {
          ab.title(a.get("title").asText());
        }
        if (a.hasNonNull("date") && !a.get("date").asText().isBlank()) {
          ab.published(a.get("date").asText());
        }
        Article art = ab.build();
        arts.add(art);
        texts.put(id, art.text());
      }
      Comparison c = px.compare(arts);
      int n = arts.size();
      pairs += n * (n - 1) / 2;
      reported += c.contradictions().size();
      if (all) {
        for (Contradiction x : c.contradictions()) {
          String gold = "none";
          for (JsonNode g : e.getValue()) {
            String ka = slug(g.get("a").get("article_id").asText());
            String kb = slug(g.get("b").get("article_id").asText());
            if (texts.containsKey(ka) && texts.containsKey(kb) && covers(List.of(x.left(),
                x.right()), ka, span(texts.get(ka), g.get("a")), kb, span(texts.get(kb),
                g.get("b")))) {
              gold = g.get("label").asText();
            }
          }
          System.out.printf(Locale.ROOT,
              "REPORTED %s %.2f gold=%s (%s)%n  a: %s%n  b: %s%n  said: %s%n", x.kind(),
              x.confidence(), gold, e.getKey(), cut(x.left().text()), cut(x.right().text()),
              x.explanation());
        }
      }
      for (JsonNode g : e.getValue()) {
        String ka = slug(g.get("a").get("article_id").asText());
        String kb = slug(g.get("b").get("article_id").asText());
        int[] sa = span(texts.get(ka), g.get("a"));
        int[] sb = span(texts.get(kb), g.get("b"));
        Contradiction flag = null;
        for (Contradiction x : c.contradictions()) {
          if (covers(List.of(x.left(), x.right()), ka, sa, kb, sb)) {
            flag = x;
            break;
          }
        }
        boolean aligned = false;
        for (ClaimAlignment x : c.alignments()) {
          aligned |= covers(List.of(x.left(), x.right()), ka, sa, kb, sb);
        }
        String type = g.get("type").asText();
        int[] t = perType.computeIfAbsent(type, k -> new int[6]);
        boolean contra = g.get("label").asText().equals("contradiction");
        boolean f = flag != null;
        if (contra) {
          t[0] += f ? 1 : 0;
          t[1]++;
        } else {
          t[2] += f ? 1 : 0;
          t[3]++;
        }
        t[4] += aligned ? 1 : 0;
        t[5]++;
        if (show && f != contra) {
          System.out.printf(Locale.ROOT, "%s %s %s (%s)%n  a: %s%n  b: %s%n  gold: %s%n",
              contra ? "MISSED" : "FALSE FLAG", type, aligned ? "aligned" : "not aligned",
              e.getKey(), cut(texts.get(ka).substring(sa[0], sa[1])),
              cut(texts.get(kb).substring(sb[0], sb[1])), g.get("note").asText());
          if (f) {
            System.out.printf(Locale.ROOT, "  said: %s %.2f %s%n", flag.kind(), flag.confidence(),
                flag.explanation());
          }
        }
      }
    }
    int hit = 0;
    int contra = 0;
    int fals = 0;
    int agree = 0;
    int aligned = 0;
    for (Map.Entry<String, int[]> e : perType.entrySet()) {
      int[] t = e.getValue();
      System.out.printf(Locale.ROOT, "  %-10s contradictions %d/%d  false flags %d/%d"
          + "  aligned %d/%d%n", e.getKey(), t[0], t[1], t[2], t[3], t[4], t[5]);
      hit += t[0];
      contra += t[1];
      fals += t[2];
      agree += t[3];
      aligned += t[4];
    }
    System.out.printf(Locale.ROOT, "contra_recall=%.3f (%d/%d) false_flags=%d/%d aligned=%d/%d"
        + " reported_per_pair=%.2f seconds=%.1f%n", contra == 0 ? 0.0 : (double) hit / contra,
        hit, contra, fals, agree, aligned, contra + agree,
        pairs == 0 ? 0.0 : (double) reported / pairs, (System.nanoTime() - t0) / 1e9);
  }

  private static String cut(String s) {
    String t = s.replaceAll("\\s+", " ");
    return t.length() <= 240 ? t : t.substring(0, 240);
  }

  private static boolean covers(List<Claim> claims, String ka, int[] sa, String kb, int[] sb) {
    boolean a = false;
    boolean b = false;
    for (Claim cl : claims) {
      int s = cl.span().start();
      int e = cl.span().end();
      a |= cl.article().equals(ka) && s < sa[1] && sa[0] < e;
      b |= cl.article().equals(kb) && s < sb[1] && sb[0] < e;
    }
    return a && b;
  }

  /** A gold span in code points as Java string offsets. */
  private static int[] span(String text, JsonNode g) {
    int s = text.offsetByCodePoints(0, g.get("start").asInt());
    int e = text.offsetByCodePoints(0, g.get("end").asInt());
    return new int[] {s, e};
  }

  /** As the scorer names articles: lower case, white space runs as dashes, at most 128. */
  static String slug(String s) {
    String t = String.join("-", s.toLowerCase(Locale.ROOT).trim().split("\\s+"));
    return t.length() <= 128 ? t : t.substring(0, 128);
  }

  private static List<JsonNode> read(ObjectMapper json, String path) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(Path.of(path), StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank()) {
          out.add(json.readTree(line));
        }
      }
    }
    return out;
  }
}
