package dev.parallax.contradict;

/**
 * The year a claim tells of, read from the dates of its own events ("In 1999, 35 people died when
 * a gondola fell"; "on Sunday", in a report of a known date). News recalls earlier disasters of
 * the same kind beside the one it reports, with their own tolls, and a count of people who met a
 * fate in one year and a count in another are two facts.
 */
final class ClaimYears {

  private ClaimYears() {}

  /**
   * The one year the dates of a claim's own events fix (not a date that bounds a stretch, dates
   * the telling, or is governed by "since", "after" and the like), or 0 when none or two.
   */
  static int of(ClaimView claim) {
    int year = 0;
    for (Moment m : claim.moments()) {
      int y = m.when().year();
      if (!m.bound().isEmpty() || m.governed() || y == 0) {
        continue;
      }
      if (year != 0 && year != y) {
        return 0;
      }
      year = y;
    }
    return year;
  }

  /**
   * Whether two claims tell of two years: both fix one year and the years differ. A claim with no
   * year may tell of any ("The 2015 quake killed six people" is read with none).
   */
  static boolean two(ClaimView a, ClaimView b) {
    int x = of(a);
    int y = of(b);
    return x != 0 && y != 0 && x != y;
  }
}
