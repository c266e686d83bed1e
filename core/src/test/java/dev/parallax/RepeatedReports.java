package dev.parallax;

import java.util.ArrayList;
import java.util.List;

/** Test articles: reports that repeat one of two versions of a fact. */
final class RepeatedReports {

  private RepeatedReports() {}

  /** Four reports r1 to r4: r1 and r2 give 12 injured, r3 and r4 give 18. */
  static List<Article> fourOfTwoVersions() {
    List<Article> four = new ArrayList<>();
    for (int i = 1; i <= 4; i++) {
      four.add(Article.builder().id("r" + i).published("2025-10-20")
          .text("Police said " + (i <= 2 ? "12" : "18") + " people were injured in the riots on"
              + " Sunday.").build());
    }
    return four;
  }
}
