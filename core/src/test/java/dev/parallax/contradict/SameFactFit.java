package dev.parallax.contradict;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parallax.Article;
import dev.parallax.Claim;
import dev.parallax.Comparison;
import dev.parallax.Contradiction;
import dev.parallax.Parallax;
import dev.parallax.align.Synonyms;
import dev.parallax.rules.RulePack;
import dev.parallax.text.TextAnalyzer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Fits the same-fact models ({@link SameFact}) on a gold set of same-fact pairs and judges them on
 * events they were not fitted on. Not a test: a command, run from the project's root as
 * {@code docs/evaluation.md} shows.
 *
 * <p>Usage: {@code SameFactFit EVENTS.jsonl GOLD.jsonl [OUT.weights [ROWS.tsv]]}. For every event,
 * every candidate pair of amounts (numeric model) or dates (temporal model) whose values disagree
 * is a row: positive when its two claims hold the two statements of a gold contradiction of that
 * type (per gold pair, the candidate whose frames share most), negative when the two articles have
 * gold pairs and neither claim holds a gold contradiction. Each model is a logistic regression with
 * an L2 penalty, fitted by Newton's method. The events are split in two folds (alternately, by
 * sorted id); each fold is judged end to end, as {@code score_contra.py} judges the project, with
 * weights fitted on the other fold only. The weights fitted on all events are written to
 * {@code OUT.weights} when given.
 *
 * <p>With {@code --planted DIR}, the planted reports of {@code DIR} ({@link PlantedStories}) add
 * their rows to every fold's training rows, never to the judged ones;
 * {@code --story-weights W,...} counts each of them W times, one fold run per W (the written weights use the first).
 */
public final class SameFactFit {
  /** The L2 penalty on every weight but the bias. */
  static final double L2 = 1.0;
  /** The confidence a finding needs to be reported. */
  static final double SHOWN = Parallax.DEFAULT_MIN_CONFIDENCE;

  private record Row(String event, String model, Map<String, Double> x, int y, String what) {}

  /** One statement pair of a gold set: two spans of two articles, its type and its label. */
  record Gold(String a, int as, int ae, String b, int bs, int be, String type,
      boolean contra) {}

  /** One event: its articles, their claims, their comparison and its gold pairs. */
  record Event(String id, List<Article> articles, List<List<Claim>> claims,
      Comparison comparison, List<Gold> gold) {}

  private SameFactFit() {}

  public static void main(String[] args) throws IOException {
    List<String> argList = new ArrayList<>(List.of(args));
    Path planted = null;
    int at = argList.indexOf("--planted");
    if (at >= 0 && at + 1 < argList.size()) {
      planted = Path.of(argList.get(at + 1));
      argList.subList(at, at + 2).clear();
    }
    List<Double> storyWeights = new ArrayList<>(List.of(1.0));
    at = argList.indexOf("--story-weights");
    if (at >= 0 && at + 1 < argList.size()) {
      storyWeights.clear();
      for (String w : argList.get(at + 1).split(",")) {
        storyWeights.add(Double.parseDouble(w));
      }
      argList.subList(at, at + 2).clear();
    }
    args = argList.toArray(String[]::new);
    DevEvents.requireArgs(args, 2,
        "SameFactFit EVENTS.jsonl GOLD.jsonl [OUT.weights [ROWS.tsv]] [--planted DIR]"
            + " [--story-weights W,...]");
    Map<String, JsonNode> events = DevEvents.read(Path.of(args[0]));
    Map<String, List<JsonNode>> goldByEvent = new TreeMap<>();
    for (JsonNode g : DevEvents.lines(Path.of(args[1]))) {
      goldByEvent.computeIfAbsent(g.get("event_id").asText(), k -> new ArrayList<>()).add(g);
    }
    Parallax px = Parallax.builder().minConfidence(0).build();
    TextAnalyzer analyzer = TextAnalyzer.english();
    Synonyms synonyms = Synonyms.english(analyzer);
    RulePack lexicon = RulePack.fromClasspath("/dev/parallax/contradict/en/contradict.rules");
    List<Event> all = new ArrayList<>();
    for (Map.Entry<String, List<JsonNode>> e : goldByEvent.entrySet()) {
      JsonNode ev = events.get(e.getKey());
      Map<String, String> texts = new HashMap<>();
      List<Article> articles = DevEvents.articles(ev);
      for (Article a : articles) {
        texts.put(a.id(), a.text());
      }
      List<Gold> gold = new ArrayList<>();
      for (JsonNode g : e.getValue()) {
        String a = g.get("a").get("article_id").asText();
        String b = g.get("b").get("article_id").asText();
        String ta = texts.get(a);
        String tb = texts.get(b);
        gold.add(new Gold(a, ta.offsetByCodePoints(0, g.get("a").get("start").asInt()),
            ta.offsetByCodePoints(0, g.get("a").get("end").asInt()), b,
            tb.offsetByCodePoints(0, g.get("b").get("start").asInt()),
            tb.offsetByCodePoints(0, g.get("b").get("end").asInt()), g.get("type").asText(),
            g.get("label").asText().equals("contradiction")));
      }
      List<List<Claim>> claims = new ArrayList<>();
      for (Article a : articles) {
        claims.add(px.annotate(a).claims());
      }
      all.add(new Event(e.getKey(), articles, claims, px.compare(articles), gold));
    }
    Contradictor base = new Contradictor(analyzer, synonyms, lexicon, SameFact.bundled());
    List<Row> rows = new ArrayList<>();
    for (Event ev : all) {
      rows.addAll(rows(base, ev));
    }
    System.out.printf(Locale.ROOT, "%d events, %d rows (numeric %d positive, temporal %d)%n",
        all.size(), rows.size(), positives(rows, "numeric"), positives(rows, "temporal"));
    List<Row> stories = new ArrayList<>();
    if (planted != null) {
      List<Event> told = PlantedStories.read(planted, px);
      for (Event ev : told) {
        stories.addAll(rows(base, ev));
      }
      System.out.printf(Locale.ROOT, "%d planted stories, %d rows (numeric %d positive,"
          + " temporal %d), always fitted on, never judged%n", told.size(), stories.size(),
          positives(stories, "numeric"), positives(stories, "temporal"));
    }
    for (double weight : storyWeights) {
      System.out.printf(Locale.ROOT, "-- planted stories weighted %.2f%n", weight);
      int[] total = new int[4];
      for (int fold = 0; fold < 2; fold++) {
        java.util.Set<String> test = new java.util.HashSet<>();
        for (int i = 0; i < all.size(); i++) {
          if (i % 2 == fold) {
            test.add(all.get(i).id());
          }
        }
        List<Row> train = new ArrayList<>(stories);
        for (Row r : rows) {
          if (!test.contains(r.event())) {
            train.add(r);
          }
        }
        Contradictor cx = new Contradictor(analyzer, synonyms, lexicon, fit(train, weight));
        List<Event> unseen = all.stream().filter(e -> test.contains(e.id())).toList();
        double[] mins = {0.3, 0.4, 0.5, 0.6, 0.7, 0.8};
        int[][] fs = judge(cx, unseen, mins);
        for (int m = 0; m < mins.length; m++) {
          int[] f = fs[m];
          System.out.printf(Locale.ROOT, "fold %d at %.2f (unseen events): NUMERIC+TEMPORAL %d/%d"
              + " found, %d/%d agreements flagged; %d findings between annotated articles, %d of"
              + " them gold%n", fold, mins[m], f[0], f[1], f[2], f[3], f[4], f[5]);
          if (mins[m] == SHOWN) {
            for (int k = 0; k < 4; k++) {
              total[k] += f[k];
            }
          }
        }
      }
      System.out.printf(Locale.ROOT, "both folds (unseen events): %d/%d found, %d/%d agreements"
          + " flagged%n", total[0], total[1], total[2], total[3]);
    }
    double weight = storyWeights.get(0);
    rows.addAll(stories);
    SameFact model = fit(rows, weight);
    Contradictor cx = new Contradictor(analyzer, synonyms, lexicon, model);
    int[] f = judge(cx, all, new double[] {SHOWN})[0];
    System.out.printf(Locale.ROOT, "fitted on all (seen events, stories weighted %.2f): %d/%d"
        + " found, %d/%d flagged%n", weight, f[0], f[1], f[2], f[3]);
    String text = render(model);
    System.out.print(text);
    if (args.length > 2) {
      Files.writeString(Path.of(args[2]), text, StandardCharsets.UTF_8);
    }
    if (args.length > 3) { // the rows with the final model's probability, to read its errors
      StringBuilder sb = new StringBuilder();
      for (Row r : rows) {
        sb.append(r.model()).append('\t').append(r.y()).append('\t')
            .append(String.format(Locale.ROOT, "%.3f",
                SameFact.probability(model.logit(r.model(), r.x()))))
            .append('\t').append(r.x()).append('\t').append(r.what().replace('\n', ' '))
            .append('\n');
      }
      Files.writeString(Path.of(args[3]), sb.toString(), StandardCharsets.UTF_8);
    }
  }

  private static long positives(List<Row> rows, String model) {
    return rows.stream().filter(r -> r.model().equals(model) && r.y() == 1).count();
  }

  /** The rows of one event. */
  private static List<Row> rows(Contradictor cx, Event ev) {
    NumericCheck numeric = cx.check(NumericCheck.class);
    TemporalCheck temporal = cx.check(TemporalCheck.class);
    List<Row> out = new ArrayList<>();
    for (ArticlePair ap : cx.pairs(ev.articles(), ev.claims(), ev.comparison().alignments())) {
      List<Cand> cands = new ArrayList<>();
      for (SameFact.Pair<NumericCheck.Holder> p : numeric.pairs(ap)) {
        String type = NumericCheck.temporal(p.left().amount()) ? "TEMPORAL"
            : "NUMERIC"; // as NumericCheck reports it
        cands.add(new Cand("numeric", type, p.left().view(), p.right().view(),
            p.features(), p.disagree(), p.left().amount().evidence().text() + " | "
                + p.right().amount().evidence().text() + " | " + p.left().view().claim().text()
                + " | " + p.right().view().claim().text()));
      }
      for (SameFact.Pair<TemporalCheck.Holder> p : temporal.pairs(ap)) {
        cands.add(new Cand("temporal", "TEMPORAL", p.left().view(), p.right().view(),
            p.features(), p.disagree(), p.left().moment().facet().span().text() + " | "
                + p.right().moment().facet().span().text() + " | "
                + p.left().view().claim().text() + " | " + p.right().view().claim().text()));
      }
      label(ev, ap, cands, out);
    }
    return out;
  }

  private record Cand(String model, String type, ClaimView l, ClaimView r,
      Map<String, Double> x, boolean disagree, String what) {
    double strength() {
      return x.get("core") + x.get("what") + 2 * x.get("overlap");
    }
  }

  private static void label(Event ev, ArticlePair ap, List<Cand> cands, List<Row> out) {
    String li = ap.left().id();
    String ri = ap.right().id();
    boolean annotated = ev.gold().stream().anyMatch(g -> g.a().equals(li) && g.b().equals(ri)
        || g.a().equals(ri) && g.b().equals(li));
    Map<Gold, Cand> best = new LinkedHashMap<>();
    for (Cand c : cands) {
      if (!c.disagree()) {
        continue;
      }
      Gold hit = null;
      boolean near = false;
      for (Gold g : ev.gold()) {
        if (!g.contra()) {
          continue;
        }
        boolean holds = g.a().equals(li) && g.b().equals(ri) && in(c.l(), g.as(), g.ae())
            && in(c.r(), g.bs(), g.be())
            || g.a().equals(ri) && g.b().equals(li) && in(c.r(), g.as(), g.ae())
            && in(c.l(), g.bs(), g.be());
        if (holds && g.type().equals(c.type())) {
          hit = g;
        }
        near |= g.a().equals(li) && in(c.l(), g.as(), g.ae())
            || g.b().equals(li) && in(c.l(), g.bs(), g.be())
            || g.a().equals(ri) && in(c.r(), g.as(), g.ae())
            || g.b().equals(ri) && in(c.r(), g.bs(), g.be());
      }
      if (hit != null) {
        Cand old = best.get(hit);
        if (old == null || c.strength() > old.strength()) {
          best.put(hit, c);
        }
      } else if (!near && annotated) {
        out.add(new Row(ev.id(), c.model(), c.x(), 0, c.what()));
      }
    }
    for (Cand c : best.values()) {
      out.add(new Row(ev.id(), c.model(), c.x(), 1, c.what()));
    }
  }

  private static boolean in(ClaimView c, int start, int end) {
    return c.claim().span().start() < end && start < c.claim().span().end();
  }

  /**
   * Per minimum confidence of {@code mins}: found and gold NUMERIC and TEMPORAL contradictions,
   * flagged and gold agreements, and the NUMERIC and TEMPORAL findings between articles that have
   * gold pairs with those of them that hold a gold contradiction.
   */
  private static int[][] judge(Contradictor cx, List<Event> events, double[] mins) {
    int[][] out = new int[mins.length][6];
    for (Event ev : events) {
      List<Contradiction> all = cx.find(ev.articles(), ev.claims(), ev.comparison().alignments());
      for (int m = 0; m < mins.length; m++) {
        double min = mins[m];
        int[] f = out[m];
        List<Contradiction> found = all.stream().filter(c -> c.confidence() >= min).toList();
        for (Contradiction c : found) {
          if (c.kind() != Contradiction.Kind.NUMERIC && c.kind() != Contradiction.Kind.TEMPORAL) {
            continue;
          }
          String l = c.left().article();
          String r = c.right().article();
          if (ev.gold().stream().anyMatch(g -> g.a().equals(l) && g.b().equals(r)
              || g.a().equals(r) && g.b().equals(l))) {
            f[4]++;
            f[5] += ev.gold().stream().anyMatch(g -> g.contra() && covers(c, g)) ? 1 : 0;
          }
        }
        for (Gold g : ev.gold()) {
          if (!g.type().equals("NUMERIC") && !g.type().equals("TEMPORAL")) {
            continue;
          }
          boolean flagged = found.stream().anyMatch(c -> covers(c, g));
          if (g.contra()) {
            f[0] += flagged ? 1 : 0;
            f[1]++;
          } else {
            f[2] += flagged ? 1 : 0;
            f[3]++;
          }
        }
      }
    }
    return out;
  }

  private static boolean covers(Contradiction c, Gold g) {
    return cover(c.left(), g.a(), g.as(), g.ae()) && cover(c.right(), g.b(), g.bs(), g.be())
        || cover(c.right(), g.a(), g.as(), g.ae()) && cover(c.left(), g.b(), g.bs(), g.be());
  }

  private static boolean cover(Claim c, String article, int start, int end) {
    return c.article().equals(article) && c.span().start() < end && start < c.span().end();
  }

  /**
   * Logistic regression with an L2 penalty per model, by Newton's method; each row of a planted
   * story counts {@code storyWeight} times.
   */
  static SameFact fit(List<Row> rows, double storyWeight) {
    Map<String, Map<String, Double>> models = new TreeMap<>();
    for (String model : new TreeSet<>(rows.stream().map(Row::model).toList())) {
      List<Row> rs = rows.stream().filter(r -> r.model().equals(model)).toList();
      List<String> names = new ArrayList<>(new TreeSet<>(
          rs.stream().flatMap(r -> r.x().keySet().stream()).toList()));
      names.add(0, "bias");
      int k = names.size();
      double[] w = new double[k];
      for (int iter = 0; iter < 50; iter++) {
        double[] grad = new double[k];
        double[][] hess = new double[k][k];
        for (Row r : rs) {
          double[] x = vector(r, names);
          double z = 0;
          for (int i = 0; i < k; i++) {
            z += w[i] * x[i];
          }
          double p = SameFact.probability(z);
          double v = r.event().startsWith("planted/") ? storyWeight : 1.0;
          for (int i = 0; i < k; i++) {
            grad[i] += v * (p - r.y()) * x[i];
            for (int j = 0; j < k; j++) {
              hess[i][j] += v * p * (1 - p) * x[i] * x[j];
            }
          }
        }
        for (int i = 1; i < k; i++) {
          grad[i] += L2 * w[i];
          hess[i][i] += L2;
        }
        hess[0][0] += 1e-6;
        double[] step = solve(hess, grad);
        double size = 0;
        for (int i = 0; i < k; i++) {
          w[i] -= step[i];
          size = Math.max(size, Math.abs(step[i]));
        }
        if (size < 1e-7) {
          break;
        }
      }
      Map<String, Double> m = new LinkedHashMap<>();
      for (int i = 0; i < k; i++) {
        m.put(names.get(i), Math.round(w[i] * 1e4) / 1e4);
      }
      models.put(model, m);
    }
    return new SameFact(models);
  }

  private static double[] vector(Row r, List<String> names) {
    double[] x = new double[names.size()];
    x[0] = 1;
    for (int i = 1; i < x.length; i++) {
      x[i] = r.x().getOrDefault(names.get(i), 0.0);
    }
    return x;
  }

  /** Solves {@code a x = b} by Gaussian elimination with partial pivoting. */
  private static double[] solve(double[][] a, double[] b) {
    int n = b.length;
    double[][] m = new double[n][n + 1];
    for (int i = 0; i < n; i++) {
      System.arraycopy(a[i], 0, m[i], 0, n);
      m[i][n] = b[i];
    }
    for (int c = 0; c < n; c++) {
      int p = c;
      for (int r = c + 1; r < n; r++) {
        if (Math.abs(m[r][c]) > Math.abs(m[p][c])) {
          p = r;
        }
      }
      double[] t = m[c];
      m[c] = m[p];
      m[p] = t;
      for (int r = c + 1; r < n; r++) {
        double f = m[r][c] / m[c][c];
        for (int j = c; j <= n; j++) {
          m[r][j] -= f * m[c][j];
        }
      }
    }
    double[] x = new double[n];
    for (int i = n - 1; i >= 0; i--) {
      double s = m[i][n];
      for (int j = i + 1; j < n; j++) {
        s -= m[i][j] * x[j];
      }
      x[i] = s / m[i][i];
    }
    return x;
  }

  private static String render(SameFact model) {
    StringBuilder sb = new StringBuilder();
    sb.append("# Same-fact models of the contradiction checks (SameFact): one logistic model per"
        + " check,\n# 'model.feature weight' per line. Written by SameFactFit; do not edit by"
        + " hand: refit\n# (docs/evaluation.md, \"Same-fact models\") and say what changed.\n");
    for (Map.Entry<String, Map<String, Double>> e : new TreeMap<>(model.models()).entrySet()) {
      sb.append('\n');
      sb.append(e.getKey()).append(".bias ").append(e.getValue().getOrDefault("bias", 0.0))
          .append('\n');
      new TreeMap<>(e.getValue()).forEach((f, w) -> {
        if (!f.equals("bias")) {
          sb.append(e.getKey()).append('.').append(f).append(' ').append(w).append('\n');
        }
      });
    }
    return sb.toString();
  }
}
