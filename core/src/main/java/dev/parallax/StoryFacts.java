package dev.parallax;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups the claims of a comparison into story facts. Alignments are taken from the most to the
 * least similar; each joins the groups of its two claims unless both groups hold a claim of one
 * article (a fact is stated at most once per article). Claims that join nothing are facts of
 * their own. Work: sorting the alignments, then near-constant time per alignment (union-find).
 */
final class StoryFacts {

  private StoryFacts() {}

  /** A claim by where it stands, cheap to hash (a claim hashes its text and facets). */
  private record Key(String article, int start, int end) {
    static Key of(Claim c) {
      return new Key(c.article(), c.span().start(), c.span().end());
    }
  }

  static List<StoryFact> of(Comparison c) {
    Map<String, Integer> rank = new HashMap<>();
    for (int i = 0; i < c.articles().size(); i++) {
      rank.putIfAbsent(c.articles().get(i).id(), i);
    }
    Comparator<Claim> textOrder = Comparator
        .comparingInt((Claim x) -> rank.getOrDefault(x.article(), Integer.MAX_VALUE))
        .thenComparingInt(x -> x.span().start())
        .thenComparingInt(x -> x.span().end());
    // every claim, once: those aligned and the exclusives
    Map<Key, Integer> index = new HashMap<>();
    List<Claim> all = new ArrayList<>();
    for (ClaimAlignment a : c.alignments()) {
      add(a.left(), index, all);
      add(a.right(), index, all);
    }
    c.exclusives().forEach(x -> add(x, index, all));
    int n = all.size();
    int[] parent = new int[n];
    List<Set<String>> articlesOf = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      parent[i] = i;
      articlesOf.add(new HashSet<>(Set.of(all.get(i).article())));
    }
    List<ClaimAlignment> bySimilarity = new ArrayList<>(c.alignments());
    bySimilarity.sort(Comparator.comparingDouble(ClaimAlignment::score).reversed()
        .thenComparing(ClaimAlignment::left, textOrder)
        .thenComparing(ClaimAlignment::right, textOrder));
    for (ClaimAlignment a : bySimilarity) {
      int x = find(parent, index.get(Key.of(a.left())));
      int y = find(parent, index.get(Key.of(a.right())));
      if (x == y || !java.util.Collections.disjoint(articlesOf.get(x), articlesOf.get(y))) {
        continue;
      }
      int root = Math.min(x, y);
      int other = Math.max(x, y);
      parent[other] = root;
      articlesOf.get(root).addAll(articlesOf.get(other));
    }
    Map<Integer, List<Claim>> groups = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(all.get(i));
    }
    // the alignments and contradictions inside each group, in one pass over each
    Map<Integer, List<ClaimAlignment>> aligned = new HashMap<>();
    for (ClaimAlignment a : c.alignments()) {
      int x = find(parent, index.get(Key.of(a.left())));
      if (x == find(parent, index.get(Key.of(a.right())))) {
        aligned.computeIfAbsent(x, k -> new ArrayList<>()).add(a);
      }
    }
    Map<Integer, List<Contradiction>> contradicted = new HashMap<>();
    for (Contradiction x : c.contradictions()) {
      Integer l = index.get(Key.of(x.left()));
      Integer r = index.get(Key.of(x.right()));
      // the same claims (one read with an assumed publication date may differ in its facets)
      if (l != null && r != null && all.get(l).equals(x.left()) && all.get(r).equals(x.right())
          && find(parent, l) == find(parent, r)) {
        contradicted.computeIfAbsent(find(parent, l), k -> new ArrayList<>()).add(x);
      }
    }
    List<String> ids = c.articles().stream().map(Article::id).distinct().toList();
    List<StoryFact> out = new ArrayList<>(groups.size());
    for (Map.Entry<Integer, List<Claim>> g : groups.entrySet()) {
      List<Claim> members = g.getValue();
      members.sort(textOrder);
      out.add(fact(members, aligned.getOrDefault(g.getKey(), List.of()),
          contradicted.getOrDefault(g.getKey(), List.of()), ids));
    }
    // contradictions first, then the most widely stated, then in the order of the first article
    out.sort(Comparator.comparing((StoryFact f) -> f.contradictions().isEmpty())
        .thenComparing(f -> -f.claims().size())
        .thenComparing(StoryFact::central, textOrder));
    return List.copyOf(out);
  }

  private static void add(Claim x, Map<Key, Integer> index, List<Claim> all) {
    if (index.putIfAbsent(Key.of(x), all.size()) == null) {
      all.add(x);
    }
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static StoryFact fact(List<Claim> members, List<ClaimAlignment> inside,
      List<Contradiction> contradictions, List<String> ids) {
    Map<Key, Double> centrality = new HashMap<>();
    for (ClaimAlignment a : inside) {
      centrality.merge(Key.of(a.left()), a.score(), Double::sum);
      centrality.merge(Key.of(a.right()), a.score(), Double::sum);
    }
    Claim central = members.get(0);
    for (Claim m : members) {
      if (centrality.getOrDefault(Key.of(m), 0.0)
          > centrality.getOrDefault(Key.of(central), 0.0)) {
        central = m;
      }
    }
    Key at = Key.of(central);
    List<ClaimAlignment> wordings = new ArrayList<>();
    for (ClaimAlignment a : inside) {
      if (Key.of(a.left()).equals(at) || Key.of(a.right()).equals(at)) {
        wordings.add(a);
      }
    }
    Set<String> stated = new HashSet<>();
    members.forEach(m -> stated.add(m.article()));
    List<String> missing = ids.stream().filter(id -> !stated.contains(id)).toList();
    return new StoryFact(central, members, members.stream().map(Claim::article).toList(),
        missing, wordings, contradictions);
  }
}
