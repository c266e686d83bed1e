package dev.parallax.contradict;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parallax.Article;
import dev.parallax.Claim;
import dev.parallax.Parallax;
import dev.parallax.align.Synonyms;
import dev.parallax.rules.RulePack;
import dev.parallax.text.TextAnalyzer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Shows why gold disagreements are missed. Not a test: a command, run from the project's root as
 * {@code docs/evaluation.md} shows.
 *
 * <p>Usage: {@code SameFactProbe EVENTS.jsonl GOLD.jsonl [TYPE
 * [rivals]]}. For every gold contradiction of
 * {@code TYPE} (default NUMERIC), prints the claims of each article that overlap its two
 * statements, every amount (measure, counted noun, value, approximation, step, frame, core, scope)
 * and date (value, bound, frame) the checks read in them, whether the two claims are related, and
 * every candidate pair of the numeric and temporal checks between them with its features and the
 * probability the bundled same-fact models give it ({@code rivals}: also every candidate
 * pair of one of the two statements' amounts with an amount elsewhere, marked RIVAL). A gold pair without a candidate lacks a
 * mention or a shared frame word; a candidate under the default minimum confidence is the model's
 * call.
 */
public final class SameFactProbe {

  private SameFactProbe() {}

  public static void main(String[] args) throws IOException {
    DevEvents.requireArgs(args, 2, "SameFactProbe EVENTS.jsonl GOLD.jsonl [TYPE]");
    Map<String, JsonNode> events = DevEvents.read(Path.of(args[0]));
    String type = args.length > 2 ? args[2] : "NUMERIC";
    boolean rivals = args.length > 3 && args[3].equals("rivals");
    Parallax px = Parallax.builder().minConfidence(0).build();
    TextAnalyzer analyzer = TextAnalyzer.english();
    Synonyms synonyms = Synonyms.english(analyzer);
    Contradictor cx = new Contradictor(analyzer, synonyms,
        RulePack.fromClasspath("/dev/parallax/contradict/en/contradict.rules"), SameFact.bundled());
    NumericCheck numeric = cx.check(NumericCheck.class);
    TemporalCheck temporal = cx.check(TemporalCheck.class);
    Map<String, List<ArticlePair>> pairsOf = new HashMap<>();
    for (JsonNode g : DevEvents.lines(Path.of(args[1]))) {
      if (!g.get("label").asText().equals("contradiction")
          || !g.get("type").asText().equals(type)) {
        continue;
      }
      String eid = g.get("event_id").asText();
      List<ArticlePair> pairs = pairsOf.computeIfAbsent(eid,
          k -> articlePairs(px, cx, events.get(k)));
      String ida = g.get("a").get("article_id").asText();
      String idb = g.get("b").get("article_id").asText();
      for (ArticlePair ap : pairs) {
        boolean forward = ap.left().id().equals(ida) && ap.right().id().equals(idb);
        if (!forward && !(ap.left().id().equals(idb) && ap.right().id().equals(ida))) {
          continue;
        }
        List<ClaimView> lc = overlapping(ap.left(), forward ? g.get("a") : g.get("b"));
        List<ClaimView> rc = overlapping(ap.right(), forward ? g.get("b") : g.get("a"));
        System.out.println("=== " + eid + " " + g.get("note").asText());
        lc.forEach(c -> print("L", c));
        rc.forEach(c -> print("R", c));
        boolean related = false;
        Set<Amount> la = new HashSet<>();
        Set<Amount> ra = new HashSet<>();
        Set<Moment> lm = new HashSet<>();
        Set<Moment> rm = new HashSet<>();
        for (ClaimView a : lc) {
          la.addAll(a.amounts());
          lm.addAll(a.moments());
          for (ClaimView b : rc) {
            related |= ap.relation(a, b).isPresent();
          }
        }
        for (ClaimView b : rc) {
          ra.addAll(b.amounts());
          rm.addAll(b.moments());
        }
        System.out.println("  related=" + related);
        for (SameFact.Pair<TemporalCheck.Holder> p : temporal.pairs(ap)) {
          if (lm.contains(p.left().moment()) && rm.contains(p.right().moment())) {
            System.out.printf(Locale.ROOT, "  DATES %s | %s p=%.3f disagree=%s %s%n",
                p.left().moment().facet().span().text(), p.right().moment().facet().span().text(),
                SameFact.probability(p.logit()), p.disagree(), new java.util.TreeMap<>(p.features()));
          }
        }
        for (SameFact.Pair<NumericCheck.Holder> p : numeric.pairs(ap)) {
          boolean l = holds(la, p.left().amount());
          boolean r = holds(ra, p.right().amount());
          if (l && r || rivals && (l || r)) {
            System.out.printf(Locale.ROOT, "  %s %s | %s p=%.3f disagree=%s %s%n",
                l && r ? "AMOUNTS" : "RIVAL",
                p.left().amount().evidence().text(), p.right().amount().evidence().text(),
                SameFact.probability(p.logit()), p.disagree(), new java.util.TreeMap<>(p.features()));
          }
        }
        for (NumericCheck.Holder h : numeric.holders(ap.left())) {
          for (NumericCheck.Holder o : numeric.holders(ap.right())) {
            if (holds(la, h.amount()) && holds(ra, o.amount())) {
              String why = numeric.rejection(ap, h, o);
              if (why != null && h.amount().measure().equals(o.amount().measure())) {
                System.out.printf(Locale.ROOT, "  NO PAIR %s | %s: %s%n",
                    h.amount().evidence().text(), o.amount().evidence().text(), why);
              }
            }
          }
        }
      }
    }
  }

  /**
   * Whether {@code amounts} hold {@code a} by its evidence: a restatement is held with the words
   * of the sum it restates, a copy of the claim's amount.
   */
  private static boolean holds(java.util.Collection<Amount> amounts, Amount a) {
    return amounts.stream().anyMatch(x -> x.evidence().equals(a.evidence()));
  }

  /** The article pairs of one event as the checks read them. */
  private static List<ArticlePair> articlePairs(Parallax px, Contradictor cx, JsonNode event) {
    List<Article> articles = DevEvents.articles(event);
    List<List<Claim>> claims = new ArrayList<>();
    for (Article a : articles) {
      claims.add(px.annotate(a).claims());
    }
    return cx.pairs(articles, claims, px.compare(articles).alignments());
  }

  /**
   * The claims of a side that overlap a gold statement. Gold offsets count code points, claim
   * offsets UTF-16 units: they differ only after a character outside the Basic Multilingual Plane,
   * which shifts this diagnostic's view by a character or two.
   */
  private static List<ClaimView> overlapping(ArticlePair.Side side, JsonNode gold) {
    List<ClaimView> out = new ArrayList<>();
    for (ClaimView c : side.claims()) {
      String text = c.claim().span().text();
      int start = c.claim().span().start();
      int end = c.claim().span().end();
      if (start < gold.get("end").asInt() && gold.get("start").asInt() < end && !text.isEmpty()) {
        out.add(c);
      }
    }
    return out;
  }

  private static void print(String side, ClaimView c) {
    System.out.println("  " + side + ": " + c.claim().text());
    for (Amount a : c.amounts()) {
      System.out.println("     " + a.evidence().text() + " measure=" + a.measure() + " noun="
          + a.noun() + " value=" + a.value() + " " + a.approximation() + " step=" + a.step()
          + " frame=" + a.frame() + " core=" + a.core() + " names=" + a.names() + " scope=" + new java.util.TreeSet<>(a.scope())
          + (a.derived() ? " derived" : "") + (a.increment() ? " increment" : "")
          + (c.negated(a.evidence()) ? " negated" : ""));
    }
    for (Moment m : c.moments()) {
      System.out.println("     @" + m.facet().span().text() + " " + m.facet().value() + " bound="
          + m.bound() + (m.governed() ? " governed" : "") + (m.expected() ? " expected" : "")
          + " frame=" + m.frame() + " names=" + m.names());
    }
  }
}
