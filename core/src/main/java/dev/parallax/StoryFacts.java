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
    Map<Claim, Integer> index = new LinkedHashMap<>();
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
      int x = find(parent, index.get(a.left()));
      int y = find(parent, index.get(a.right()));
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
    List<StoryFact> out = new ArrayList<>(groups.size());
    for (List<Claim> members : groups.values()) {
      members.sort(textOrder);
      out.add(fact(c, members, rank));
    }
    // contradictions first, then the most widely stated, then in the order of the first article
    out.sort(Comparator.comparing((StoryFact f) -> f.contradictions().isEmpty())
        .thenComparing(f -> -f.claims().size())
        .thenComparing(StoryFact::central, textOrder));
    return List.copyOf(out);
  }

  private static void add(Claim x, Map<Claim, Integer> index, List<Claim> all) {
    if (!index.containsKey(x)) {
      index.put(x, all.size());
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

  private static StoryFact fact(Comparison c, List<Claim> members, Map<String, Integer> rank) {
    Set<Claim> in = new HashSet<>(members);
    Map<Claim, Double> centrality = new HashMap<>();
    List<ClaimAlignment> inside = new ArrayList<>();
    if (members.size() > 1) {
      for (ClaimAlignment a : c.alignments()) {
        if (in.contains(a.left()) && in.contains(a.right())) {
          inside.add(a);
          centrality.merge(a.left(), a.score(), Double::sum);
          centrality.merge(a.right(), a.score(), Double::sum);
        }
      }
    }
    Claim central = members.get(0);
    for (Claim m : members) {
      if (centrality.getOrDefault(m, 0.0) > centrality.getOrDefault(central, 0.0)) {
        central = m;
      }
    }
    List<ClaimAlignment> wordings = new ArrayList<>();
    for (ClaimAlignment a : inside) {
      if (a.left().equals(central) || a.right().equals(central)) {
        wordings.add(a);
      }
    }
    List<String> stated = members.stream().map(Claim::article).toList();
    List<String> missing = c.articles().stream().map(Article::id)
        .filter(id -> !stated.contains(id)).distinct().toList();
    List<Contradiction> contradictions = c.contradictions().stream()
        .filter(x -> in.contains(x.left()) && in.contains(x.right())).toList();
    return new StoryFact(central, members, stated, missing, wordings, contradictions);
  }
}
