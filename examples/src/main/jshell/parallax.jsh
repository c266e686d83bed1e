// Parallax in JShell: compare two small articles about one event.
// From the repository root, after `mvn -q -pl examples -am package -DskipTests`:
//   jshell --class-path examples/target/parallax.jar examples/src/main/jshell/parallax.jsh
// Or open JShell with `jshell --class-path examples/target/parallax.jar` and type the lines below.

import dev.parallax.*;

Article article(String id, String outlet, String text) {
  return Article.builder()
      .id(id)
      .outlet(outlet)
      .published("2025-10-20")
      .text(text)
      .build();
}

var wire = article("wire", "Wire report",
    "A North Korean soldier defected to South Korea on Sunday, crossing the middle of the"
        + " demilitarized zone. The South Korean military took him into custody. It is the first"
        + " known defection across the border since August 2024.");

var opinion = article("opinion", "Opinion analysis",
    "On Sunday a North Korean soldier risked his life to defect across the demilitarized zone to"
        + " South Korea. The regime rules by fear. The South Korean military swiftly took custody"
        + " of the soldier.");

var comparison = Parallax.standard().compare(wire, opinion);

// The summary: Comparison[2 articles, N aligned pairs, M exclusive claims, K contradictions, T tags]
System.out.println(comparison);

// The first aligned pair of claims, and the word diff between them
if (!comparison.alignments().isEmpty()) {
  ClaimAlignment first = comparison.alignments().get(0);
  System.out.println(first);
  System.out.println("diff: " + first.diff());
}

// What one article says, read as facts: claims with their time expressions, quantities, ...
var annotation = Parallax.standard().annotate(wire);
System.out.println(annotation);
annotation.facets(TimeFacet.class).forEach(System.out::println);
System.out.println("stance of the last claim: "
    + annotation.claims().get(annotation.claims().size() - 1).stance());

// Loaded language, with the rule's reason, and each article's profile
comparison.tags().forEach(t -> System.out.println(t + " - " + t.why()));
comparison.profiles().forEach(System.out::println);

// Claims that cannot both be true
comparison.contradictions().forEach(c -> System.out.println(c + "\n  " + c.explanation()));

// The whole report: articles, aligned claims with diffs, exclusive claims, contradictions, tags
System.out.println(comparison.report());

/exit
