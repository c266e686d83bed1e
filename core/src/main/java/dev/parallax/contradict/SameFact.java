package dev.parallax.contradict;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;

/**
 * How likely two mentions of two articles state one fact: a small logistic model over features
 * of their frames and claims, one model per check. The features are ours (below); the weights
 * are a documented resource, {@code same-fact.weights}, fitted on the development set by a
 * reproducible command (see {@code docs/evaluation.md}) and judged on events it was not fitted
 * on.
 *
 * <p>Features of every pair: the words of what happened that the two nearest-word cores share
 * ({@code core}), that the frames share ({@code what}) and that share of the smaller frame
 * ({@code whatShare}); the names the frames share ({@code names}) and whether both name someone
 * and no name is common ({@code others}); how much of their wording the two claims share
 * ({@code overlap}), whether the aligner paired them ({@code aligned}) and its score
 * ({@code alignScore}); whether either claim is hedged ({@code hedged}); how many other
 * mentions either could be paired with ({@code rivals}, at most three). Each
 * check adds its own (the ratio of two amounts, whether two dates fix a day, and so on).
 *
 * <p>Immutable and thread-safe.
 */
final class SameFact {
  /** The bundled weights. */
  static final String RESOURCE = "/dev/parallax/contradict/en/same-fact.weights";

  private final Map<String, Map<String, Double>> models;

  /**
   * A model set.
   *
   * @param models for each model name ({@code numeric}, {@code temporal}), the weight of each
   *     feature; feature {@code bias} is the intercept
   */
  SameFact(Map<String, Map<String, Double>> models) {
    Map<String, Map<String, Double>> copy = new HashMap<>();
    models.forEach((k, v) -> copy.put(k, Map.copyOf(v)));
    this.models = Map.copyOf(copy);
  }

  /** The bundled weights. */
  static SameFact bundled() {
    try (InputStream in = SameFact.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /**
   * Weights from text: one {@code model.feature weight} per line; {@code #} starts a comment.
   *
   * @param text the weights
   * @param source what to name in errors
   * @throws IllegalArgumentException naming {@code source:line} for a malformed line
   */
  static SameFact parse(String text, String source) {
    Map<String, Map<String, Double>> models = new LinkedHashMap<>();
    try (BufferedReader r = new BufferedReader(new java.io.StringReader(text))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        int hash = line.indexOf('#');
        String s = (hash >= 0 ? line.substring(0, hash) : line).strip();
        if (s.isEmpty()) {
          continue;
        }
        String[] parts = s.split("\\s+");
        int dot = parts[0].indexOf('.');
        if (parts.length != 2 || dot <= 0 || dot == parts[0].length() - 1) {
          throw new IllegalArgumentException(source + ":" + n
              + ": expected 'model.feature weight', got '" + s + "'");
        }
        double w;
        try {
          w = Double.parseDouble(parts[1]);
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(source + ":" + n + ": '" + parts[1]
              + "' is not a number");
        }
        models.computeIfAbsent(parts[0].substring(0, dot), k -> new LinkedHashMap<>())
            .put(parts[0].substring(dot + 1), w);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new SameFact(models);
  }

  /** The weights of each model, by feature. */
  Map<String, Map<String, Double>> models() {
    return models;
  }

  /**
   * The log-odds that a pair with these features states one fact, by {@code model}.
   *
   * @throws IllegalArgumentException when there is no such model
   */
  double logit(String model, Map<String, Double> features) {
    Map<String, Double> w = models.get(model);
    if (w == null) {
      throw new IllegalArgumentException("no weights for model '" + model + "'");
    }
    double z = w.getOrDefault("bias", 0.0);
    for (Map.Entry<String, Double> f : features.entrySet()) {
      z += w.getOrDefault(f.getKey(), 0.0) * f.getValue();
    }
    return z;
  }

  /**
   * Every candidate pair of a left and a right mention, scored by {@code model}: the features
   * {@code features} reads, plus {@code rivals}, how many other candidates either mention has
   * (at most three).
   *
   * @param <T> what holds a mention
   * @param model the model's name
   * @param left the mentions of the left article
   * @param right the mentions of the right article
   * @param candidate whether two mentions may state one fact at all
   * @param features the features of a candidate pair
   * @param disagree whether the values of two mentions cannot be one value
   */
  <T> List<Pair<T>> pairs(String model, List<T> left, List<T> right,
      BiPredicate<T, T> candidate, BiFunction<T, T, Map<String, Double>> features,
      BiPredicate<T, T> disagree) {
    return pairs(model, left, right, candidate, features, disagree, (x, y) -> false);
  }

  /**
   * Every candidate pair of a left and a right mention, as {@link #pairs(String, List, List,
   * BiPredicate, BiFunction, BiPredicate)}, except that a rival that repeats the mention of its
   * own article in the pair is no rival: a report that gives one count twice ("dozens hurt" in
   * its headline, "injuring 38" in its text) states one fact, which competes with nothing.
   *
   * @param repeats whether two mentions of one article repeat one fact
   */
  <T> List<Pair<T>> pairs(String model, List<T> left, List<T> right,
      BiPredicate<T, T> candidate, BiFunction<T, T, Map<String, Double>> features,
      BiPredicate<T, T> disagree, BiPredicate<T, T> repeats) {
    List<List<T>> found = new ArrayList<>();
    Map<T, List<T>> partners = new IdentityHashMap<>();
    for (T a : left) {
      for (T b : right) {
        if (candidate.test(a, b)) {
          found.add(List.of(a, b));
          partners.computeIfAbsent(a, k -> new ArrayList<>()).add(b);
          partners.computeIfAbsent(b, k -> new ArrayList<>()).add(a);
        }
      }
    }
    List<Pair<T>> out = new ArrayList<>(found.size());
    for (List<T> ab : found) {
      T a = ab.get(0);
      T b = ab.get(1);
      Map<String, Double> f = new LinkedHashMap<>(features.apply(a, b));
      f.put("rivals", (double) Math.min(3, rivals(partners.get(a), b, repeats)
          + rivals(partners.get(b), a, repeats)));
      out.add(new Pair<>(a, b, Map.copyOf(f), logit(model, f), disagree.test(a, b)));
    }
    return out;
  }

  /** How many of {@code partners} other than {@code own} do not repeat it. */
  private static <T> int rivals(List<T> partners, T own, BiPredicate<T, T> repeats) {
    int n = 0;
    for (T p : partners) {
      if (p != own && !repeats.test(p, own)) {
        n++;
      }
    }
    return n;
  }

  /** The probability of a log-odds. */
  static double probability(double logit) {
    return 1 / (1 + Math.exp(-logit));
  }

  /**
   * The features every check shares, of mentions {@code a} (in {@code rel.left()}) and {@code b}
   * (in {@code rel.right()}).
   */
  static Map<String, Double> common(Mention a, Mention b, ArticlePair.Related rel) {
    Map<String, Double> f = new LinkedHashMap<>();
    int what = Mention.shared(a.what(), b.what());
    int smaller = Math.min(a.what().size(), b.what().size());
    f.put("core", (double) Math.min(3, Mention.shared(a.coreWhat(), b.coreWhat())));
    f.put("what", (double) Math.min(5, what));
    f.put("whatShare", smaller == 0 ? 0 : (double) what / smaller);
    f.put("names", (double) Math.min(2, Mention.shared(a.names(), b.names())));
    f.put("others", a.aboutOthersThan(b) ? 1.0 : 0.0);
    f.put("overlap", rel.overlap());
    f.put("aligned", rel.score() > 0 ? 1.0 : 0.0);
    f.put("alignScore", rel.score());
    f.put("hedged", rel.left().hedged() || rel.right().hedged() ? 1.0 : 0.0);
    return f;
  }

  /**
   * A candidate pair of mentions of two articles, with its features and the model's log-odds.
   *
   * @param <T> what holds a mention
   * @param left the mention of the left article
   * @param right the mention of the right article
   * @param features the features of the pair
   * @param logit the log-odds that the two state one fact
   * @param disagree whether their values cannot be one value
   */
  record Pair<T>(T left, T right, Map<String, Double> features, double logit, boolean disagree) {}

  @Override
  public String toString() {
    return "SameFact" + models.keySet();
  }
}
