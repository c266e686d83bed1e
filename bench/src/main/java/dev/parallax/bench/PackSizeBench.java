package dev.parallax.bench;

import dev.parallax.Article;
import dev.parallax.Parallax;
import dev.parallax.rules.RulePack;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * What the size of a house pack costs: loading a pack of {@code words} words, and annotating
 * about 200 KB of news with it next to the bundled packs. Loading should grow with the number of
 * words and annotating should not (word lists are matched through one index of first words).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class PackSizeBench {

  /** Seed articles, relative to the repository root. */
  @Param({Corpus.DEFAULT_SEEDS})
  public String seedDir;

  /** Words in the house pack's one rule. */
  @Param({"1000", "100000"})
  public int words;

  String packText;
  List<Article> articles;
  Parallax withPack;

  @Setup(Level.Trial)
  public void setUp() {
    packText = pack(words);
    articles = Corpus.fromSeeds(seedDir).articlesOfTotal(200_000, 4096, 42);
    withPack = Parallax.builder().addRulePack(RulePack.parse("house.rules", packText)).build();
    withPack.annotate(articles.get(0));
  }

  /** A pack of one rule with {@code n} made-up words, none of which occurs in news. */
  static String pack(int n) {
    StringBuilder b = new StringBuilder("pack house\n  version: 1\n  language: en\n"
        + "  source: bench\n  license: Apache-2.0\n\nrule many\n  category: hedge\n  words: ");
    for (int i = 0; i < n; i++) {
      b.append(i == 0 ? "" : ", ").append("=zq");
      int k = i;
      do {
        b.append((char) ('a' + k % 26));
        k /= 26;
      } while (k > 0);
    }
    return b.append("\n  why: bench\n  expect: It was [[zqa]].\n").toString();
  }

  @Benchmark
  public RulePack loadPack() {
    return RulePack.parse("house.rules", packText);
  }

  @Benchmark
  public void annotateWithPack(Blackhole bh) {
    for (Article a : articles) {
      bh.consume(withPack.annotate(a));
    }
  }
}
