package dev.parallax.contradict;

import dev.parallax.Contradiction.Kind;
import dev.parallax.TextSpan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Offices given to one named person: "the associate director of the FBI" against "deputy
 * associate director of the FBI", "U.S. District Judge" against "state District Judge", "CEO"
 * against "COO". See {@link AttributeCheck} for the rules.
 */
final class RoleTitles {
  /** The most words a role runs over before its office word. */
  static final int MAX_BEFORE = 4;
  /** The most words that name the field of an officer's title ("chief human resources officer"). */
  static final int MAX_FIELD = 3;
  private static final Set<String> COPULAS = Set.of("is", "was");
  private static final Set<String> APPOSITION_GOES_ON = Set.of("who", "whose", "during",
      "since", "from", "until", "in", "at", "for", "under", "with", "and", "between", "before",
      "when", "whom", "to");
  private static final Set<String> PLACE_PREPOSITIONS =
      Set.of("in", "at", "from", "to", "of", "near", "on", "for", "across", "outside", "inside");

  private final AttributeWords words;

  RoleTitles(AttributeWords words) {
    this.words = words;
  }

  /**
   * An office given to a named person.
   *
   * @param view the claim
   * @param person the person's name
   * @param evidence the words of the role, from its first modifier to its office word (and the
   *     "of" phrase that names its organisation)
   * @param office the office word, lower case ("director", "attorney general"), or the value of
   *     an office one person does not hold with another ("ceo")
   * @param exclusive whether the office is one of those
   * @param ranks the rank words before it ("deputy", "assistant")
   * @param dated whether a word dates it or makes it temporary ("former", "acting")
   * @param jurisdiction the level of government it belongs to, or empty
   * @param qualifiers the other words of the role, lower case ("district", "fbi")
   */
  record Role(ClaimView view, PersonName person, TextSpan evidence, String office,
      boolean exclusive, Set<String> ranks, boolean dated, String jurisdiction,
      Set<String> qualifiers) {}

  void inspect(ArticlePair pair, List<Finding> out) {
    List<Role> left = roles(pair.left());
    List<Role> right = roles(pair.right());
    Map<Object, Finding> best = new LinkedHashMap<>();
    for (Role a : left) {
      for (Role b : right) {
        if (a.dated() || b.dated() || !a.person().samePerson(b.person())) {
          continue;
        }
        String why = clash(a, b, words.exclusiveRanked(), words.portfolios());
        if (why == null || agreesElsewhere(a, right, why) || agreesElsewhere(b, left, why)
            || why.equals("office") && exclusiveElsewhere(a, b, pair)) {
          continue;
        }
        double conf = AttributeCheck.BASE;
        if (!a.qualifiers().isEmpty() && a.qualifiers().equals(b.qualifiers())) {
          conf += 0.1;
        }
        if (a.person().words() > 1 || b.person().words() > 1) {
          conf += 0.05;
        }
        conf += pair.relation(a.view(), b.view()).map(r -> 0.1 * r.score()).orElse(0.0);
        if (why.equals("jurisdiction")) {
          conf -= 0.05;
        }
        if (a.view().hedged() || b.view().hedged()) {
          conf -= 0.1;
        }
        String name = fuller(a.person().span().text(), b.person().span().text());
        List<String> notes = List.of("Both speak of " + name + ".");
        // one finding for one person's two offices
        AttributeCheck.keep(best, List.of(a.person().surname(),
            Stream.of(a.office(), b.office()).sorted().toList()),
            new Finding(Kind.ATTRIBUTE, a.view().claim(), b.view().claim(), a.evidence(),
                b.evidence(), a.evidence().text(), b.evidence().text(), "role", notes, conf));
      }
    }
    out.addAll(best.values());
  }

  /** The longer of two names, the first in alphabetical order when they are as long. */
  private static String fuller(String x, String y) {
    if (x.length() != y.length()) {
      return x.length() > y.length() ? x : y;
    }
    return x.compareTo(y) <= 0 ? x : y;
  }

  /**
   * Why two roles of one person cannot both hold, or null: another rank of one office ("rank"),
   * another level of government for one office ("jurisdiction"), two offices one person does
   * not hold together ("office"), or one office of two fields ("portfolio": "Interior Minister"
   * and "Justice Minister"; "finance and economy minister" holds both of its fields).
   */
  private static String clash(Role a, Role b, Set<String> ranked,
      Map<String, String> portfolios) {
    if (a.exclusive() && b.exclusive() && !a.office().equals(b.office())) {
      return "office";
    }
    if (a.office().equals(b.office()) && a.ranks().equals(b.ranks())) {
      Set<String> x = fields(a, portfolios);
      Set<String> y = fields(b, portfolios);
      if (!x.isEmpty() && !y.isEmpty() && java.util.Collections.disjoint(x, y)) {
        return "portfolio";
      }
    }
    // one office may still differ in level ("state District Judge", "U.S. District Judge"); the
    // words of one exclusive office are many names of one kind of post, which news uses for every
    // rank ("Assistant District Attorney Anthony Evans" is "Prosecutor Anthony Evans")
    if (a.exclusive() != b.exclusive() || !a.office().equals(b.office())
        || !(a.qualifiers().containsAll(b.qualifiers())
            || b.qualifiers().containsAll(a.qualifiers()))) {
      return null;
    }
    boolean sameLevel = a.jurisdiction().isEmpty() || b.jurisdiction().isEmpty()
        || a.jurisdiction().equals(b.jurisdiction());
    if (!a.ranks().equals(b.ranks()) && (!a.exclusive() || ranked.contains(a.office()))) {
      return sameLevel ? "rank" : null;
    }
    return sameLevel ? null : "jurisdiction";
  }

  /**
   * Whether {@code others} give the same person the very role {@code r} gives: the same office
   * with the same ranks and level of government (a bare "Judge Walther" does not say "state"),
   * and, when the clash is {@code why} "portfolio", a field of office in common.
   */
  private boolean agreesElsewhere(Role r, List<Role> others, String why) {
    for (Role o : others) {
      if (o.person().samePerson(r.person()) && o.office().equals(r.office())
          && o.exclusive() == r.exclusive() && o.ranks().equals(r.ranks())
          && o.jurisdiction().equals(r.jurisdiction())
          && (!why.equals("portfolio") || sharesPortfolio(o, r))) {
        return true;
      }
    }
    return false;
  }

  /** Whether two roles name a field of office in common ("Interior Minister", "interior"). */
  private boolean sharesPortfolio(Role a, Role b) {
    Set<String> x = fields(a, words.portfolios());
    x.retainAll(fields(b, words.portfolios()));
    return !x.isEmpty();
  }

  /** The fields of office a role's words name ("Home Affairs Minister": interior). */
  private static Set<String> fields(Role r, Map<String, String> portfolios) {
    Set<String> out = new LinkedHashSet<>();
    for (String q : r.qualifiers()) {
      String f = portfolios.get(q);
      if (f != null) {
        out.add(f);
      }
    }
    return out;
  }

  /**
   * For two offices one person does not hold together: whether either article writes the other
   * office's words in a claim that names the person (as in "chairman and CEO John Smith", where
   * only one office stands next to the name).
   */
  private boolean exclusiveElsewhere(Role a, Role b, ArticlePair pair) {
    if (!a.exclusive()) {
      return false;
    }
    return writes(pair.left(), a.person(), b.office()) || writes(pair.right(), b.person(),
        a.office());
  }

  private boolean writes(ArticlePair.Side side, PersonName person, String office) {
    for (ClaimView c : side.claims()) {
      ClaimWords w = c.words();
      boolean names = false;
      for (int i = 0; i < w.size(); i++) {
        names |= PersonName.plain(w, i).equals(person.surname());
      }
      if (!names) {
        continue;
      }
      for (int i = 0; i < w.size(); i++) {
        if (exclusiveAt(w, i).map(p -> officeOf(p).equals(office)).orElse(false)
            && !insideLonger(w, i)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The roles of named people in the claims of one article (read once per article). */
  List<Role> roles(ArticlePair.Side side) {
    return side.memo(this, "roles", side1 -> List.copyOf(readRoles(side1)));
  }

  private List<Role> readRoles(ArticlePair.Side side) {
    Map<String, Set<List<String>>> names = null;
    List<Role> out = new ArrayList<>();
    for (ClaimView c : side.claims()) {
      ClaimWords w = c.words();
      for (int i = 0; i < w.size(); i++) {
        Role r = role(c, w, i);
        if (r == null || c.negated(r.evidence())) {
          continue;
        }
        if (names == null) {
          names = PersonName.givenNames(side, words.titles());
        }
        PersonName p = r.person().resolved(names);
        if (p != null) {
          out.add(new Role(c, p, r.evidence(), r.office(), r.exclusive(), r.ranks(), r.dated(),
              r.jurisdiction(), r.qualifiers()));
        }
      }
    }
    return out;
  }

  /**
   * The exclusive office phrase that starts at word {@code i}, longest first: a phrase of the
   * pack's exclusive offices, or an officer's title whose middle words name its field ("chief
   * information officer", "Chief Nursing Officer"), each field an office of its own.
   */
  private Optional<String> exclusiveAt(ClaimWords w, int i) {
    if (!words.exclusiveStarts().contains(w.lower(i))) {
      return Optional.empty();
    }
    String best = null;
    StringBuilder b = new StringBuilder();
    for (int k = i; k < w.size() && k < i + 4; k++) {
      if (k > i && !w.gapIsSpace(w.end(k - 1), w.start(k))) {
        break;
      }
      b.append(k > i ? " " : "").append(w.lower(k));
      if (words.exclusive().containsKey(b.toString())) {
        best = b.toString();
      }
    }
    String officer = officerAt(w, i);
    if (officer != null && (best == null || officer.length() > best.length())) {
      best = officer;
    }
    return Optional.ofNullable(best);
  }

  /**
   * "chief information officer": an opening word, one to {@value #MAX_FIELD} content words that
   * name the field, and the closing word, one space apart; or null.
   */
  private String officerAt(ClaimWords w, int i) {
    if (!words.officerOpens().contains(w.lower(i))) {
      return null;
    }
    StringBuilder b = new StringBuilder(w.lower(i));
    for (int k = i + 1; k < w.size() && k <= i + MAX_FIELD + 1; k++) {
      if (!w.gapIsSpace(w.end(k - 1), w.start(k))) {
        return null;
      }
      b.append(' ').append(w.lower(k));
      if (words.officerCloses().contains(w.lower(k))) {
        return k > i + 1 ? b.toString() : null;
      }
      if (!w.isContent(k) || PersonName.possessive(w, k)
          || words.officerRankFields().contains(w.lower(k))) {
        return null; // "chief petty officer" is a rank
      }
    }
    return null;
  }

  /** The office an exclusive phrase names: its value in the pack, or the phrase itself. */
  private String officeOf(String phrase) {
    return words.exclusive().getOrDefault(phrase, phrase);
  }

  /**
   * Whether the exclusive office phrase at word {@code i} is the end of a longer one that starts
   * at the word before it ("executive officer" in "chief executive officer", "mayor" in "deputy
   * mayor").
   */
  private boolean insideLonger(ClaimWords w, int i) {
    return i > 0 && exclusiveAt(w, i - 1).isPresent() && w.gapIsSpace(w.end(i - 1), w.start(i));
  }

  /** Whether the office word at {@code h} is a given name before one surname ("Dean Morrow"). */
  private boolean givenName(ClaimWords w, int h) {
    int s = h + 1;
    return w.isCapitalised(h) && words.givenNames().containsKey(w.lower(h)) && s < w.size()
        && PersonName.capitalised(w, s) && w.gapIsSpace(w.end(h), w.start(s))
        && (s + 1 >= w.size() || !PersonName.capitalised(w, s + 1)
            || !w.gapIsSpace(w.end(s), w.start(s + 1)));
  }

  /** The role whose office word is word {@code h}, with the person it is given to, or null. */
  private Role role(ClaimView c, ClaimWords w, int h) {
    String office;
    boolean exclusive;
    int end;
    Optional<String> x = exclusiveAt(w, h);
    if (x.isPresent()) {
      if (insideLonger(w, h)) {
        return null; // inside a longer phrase ("chief executive officer")
      }
      exclusive = true;
      office = officeOf(x.get());
      end = h + x.get().split(" ").length - 1;
    } else if (words.roleHeads().contains(w.lower(h))) {
      if (givenName(w, h)) {
        return null; // "his assistant Dean Morrow": news names someone in full, not by title
      }
      exclusive = false;
      office = w.lower(h);
      end = h;
      if (end + 1 < w.size() && words.roleHeadAfter().contains(w.lower(end + 1))
          && w.gapIsSpace(w.end(end), w.start(end + 1))) {
        end++;
        office += " " + w.lower(end);
      }
      if (end + 1 < w.size() && words.roleHeads().contains(w.lower(end + 1))
          && w.gapIsSpace(w.end(end), w.start(end + 1))) {
        return null; // not the last office word: "chief justice", read at "justice"
      }
      if (end == h && end + 1 < w.size() && words.roleHeadBeforeNoun().contains(office)
          && w.gapIsSpace(w.end(end), w.start(end + 1)) && officeNoun(w, end + 1)) {
        end++; // "the deputy chief epidemiologist": one office of two words
        office += " " + w.lower(end);
      }
    } else {
      return null;
    }
    if (PersonName.possessive(w, end)) {
      return null; // "the director's son"
    }
    boolean dated = end + 1 < w.size() && words.roleTimes().contains(w.lower(end + 1))
        && w.between(w.end(end), w.start(end + 1)).equals("-"); // "president-elect"
    // the words before the office word that belong to the role
    Set<String> ranks = new LinkedHashSet<>();
    Set<String> qualifiers = new LinkedHashSet<>();
    String jurisdiction = "";
    int first = h;
    for (int k = h - 1; k >= 0 && h - k <= MAX_BEFORE; k--) {
      String gap = w.between(w.end(k), w.start(k + 1));
      if (!gap.equals(" ") && !gap.equals("-") && !(gap.equals(". ") && abbreviation(w, k))) {
        break;
      }
      String lower = PersonName.plain(w, k);
      if (words.roleTimes().contains(lower)) {
        dated = true;
        first = k;
        continue;
      }
      if (PersonName.possessive(w, k) || w.isNumber(k)
          || w.isStopWord(k) && !w.isCapitalised(k) && !gap.equals("-")) {
        break; // "held under President Clinton": a preposition, not the rank "Under"
      }
      String level = words.jurisdictions().get(lower);
      if (level == null && lower.equals("s") && k > 0 && PersonName.plain(w, k - 1).equals("u")) {
        level = words.jurisdictions().get("us");
        k--;
      }
      if (level != null) {
        jurisdiction = level;
        first = k;
        continue;
      }
      if (words.roleRanks().contains(lower)) {
        ranks.add(lower);
      } else if (words.roleModifiers().contains(lower)) {
        first = k;
        continue;
      } else if (w.isStopWord(k) || !w.isContent(k)) {
        break;
      } else if (words.roleHeads().contains(lower)) {
        break; // another office: "mayor and police chief"
      } else if (w.isCapitalised(k) != w.isCapitalised(h)) {
        break; // "to remove state District Judge": the role's words share its case
      } else {
        qualifiers.add(lower);
      }
      first = k;
    }
    if (first > 0 && words.roleTimes().contains(w.lower(first - 1))) {
      dated = true; // "then-Gov.", "the former"
    }
    int roleEnd = end;
    // "of the FBI": the organisation of the office
    int k = end + 1;
    if (k + 1 < w.size() && w.lower(k).equals("of") && w.gapIsSpace(w.end(end), w.start(k))) {
      int o = w.lower(k + 1).equals("the") ? k + 2 : k + 1;
      int[] run = PersonName.runFrom(w, o);
      if (run != null) {
        for (int q = run[0]; q <= run[1]; q++) {
          qualifiers.add(PersonName.plain(w, q));
        }
        roleEnd = run[1];
        if (roleEnd + 1 < w.size() && w.isNumber(roleEnd + 1)
            && w.gapIsSpace(w.end(roleEnd), w.start(roleEnd + 1))) {
          roleEnd++; // a number closes the name: "vice president of Local 418"
          qualifiers.add(w.lower(roleEnd));
        }
      }
    }
    // "the deputy mayor of San Virgilio, Rosaria Mendola": the name after the organisation
    PersonName person = roleEnd > end ? personAfter(w, roleEnd, first) : null;
    if (person == null) {
      person = personAfter(w, end, first);
    }
    if (person == null) {
      person = personBefore(w, first, roleEnd);
    }
    if (person == null) {
      Role before = coordinated(c, w, first, roleEnd);
      if (before == null) {
        return null;
      }
      person = before.person();
      dated |= before.dated();
    }
    qualifiers.remove(person.surname());
    TextSpan evidence = w.span(w.start(first), w.end(roleEnd));
    return new Role(c, person, evidence, office, exclusive, Set.copyOf(ranks), dated,
        jurisdiction, Set.copyOf(qualifiers));
  }

  /**
   * "Dr. Ana Ruiz, the hospital's president and chief executive": the role before "and" when
   * the role after it closes the apposition, or null; the two offices are given to one person
   * (a date on the first, "the former president and chief executive", holds for both).
   */
  private Role coordinated(ClaimView c, ClaimWords w, int first, int roleEnd) {
    int and = first - 1;
    if (and < 1 || !w.lower(and).equals("and") || !w.gapIsSpace(w.end(and - 1), w.start(and))
        || !w.gapIsSpace(w.end(and), w.start(first)) || !closesApposition(w, roleEnd)) {
      return null;
    }
    for (int h = and - 1; h >= 0 && and - h <= MAX_BEFORE; h--) {
      Role r = role(c, w, h);
      if (r != null && r.evidence().end() == w.end(and - 1)) {
        return r;
      }
    }
    return null;
  }

  /**
   * Whether word {@code i} may be the noun of an office after a word of {@code
   * role-head-before-noun}: a lower-case content word, no number, and not a verb by its form (no
   * "-s", "-ed" or "-ing": "the chief said", "the chief opened").
   */
  private static boolean officeNoun(ClaimWords w, int i) {
    String s = w.lower(i);
    return w.isContent(i) && !w.isCapitalised(i) && !w.isNumber(i) && s.length() > 3
        && !s.endsWith("s") && !s.endsWith("ed") && !s.endsWith("ing");
  }

  /**
   * Whether the role that ends with word {@code end} may close an apposition: punctuation or
   * the end of the claim follows, or a word that goes on describing the person ("..., the
   * associate director of the FBI during the Watergate scandal who ..."). Not a verb: in "After
   * meeting Smith, the director said", "the director" is the subject of its own clause.
   */
  private static boolean closesApposition(ClaimWords w, int end) {
    if (end + 1 >= w.size()) {
      return true;
    }
    return !w.gapIsSpace(w.end(end), w.start(end + 1))
        || APPOSITION_GOES_ON.contains(w.lower(end + 1));
  }

  /** A capitalised abbreviation before a period: "U. S.", "U.S.", "Gov.", "Lt.". */
  private static boolean abbreviation(ClaimWords w, int k) {
    String t = w.text(k);
    return w.isCapitalised(k) && (t.length() <= 4 || t.contains("."));
  }

  /**
   * "District Attorney David Soares": the name right after the office word; or, after a role
   * that a determiner or an owner opens, the name set off by commas right after it ("its general
   * counsel, Dana Ortiz, said", "a spokesman, Lee Park, said"), or by a comma and the end of the
   * claim ("said a spokesman, Lee Park.").
   */
  private PersonName personAfter(ClaimWords w, int end, int first) {
    int k = end + 1;
    if (k >= w.size() || w.between(w.end(end), w.start(k)).equals("-")) {
      return null;
    }
    boolean apposed = !PersonName.joined(w, k);
    if (apposed && !(w.between(w.end(end), w.start(k)).equals(", ") && opened(w, first))) {
      return null;
    }
    int[] run = PersonName.runFrom(w, k);
    String title = PersonName.plain(w, k);
    if (run == null
        || words.titles().contains(title) && !words.courtesyTitles().contains(title)) {
      return null; // "Sheriff Deputy Ortiz": the nearer title is the role; "Dr" is no office
    }
    if (apposed && (run[1] + 1 >= w.size() ? !endsClaim(w, run[1])
        : !w.between(w.end(run[1]), w.start(run[1] + 1)).strip().equals(",")
            || PersonName.possessive(w, run[1]))) {
      return null; // the name must close its apposition: "the chairman, Ortiz and Park"
    }
    PersonName p = PersonName.of(w, run[0], run[1], words.titles());
    return apposed && p != null && words.organisationWords().contains(p.surname()) ? null : p;
  }

  /**
   * Whether word {@code last}, the claim's last, ends it with no more than a full stop and
   * closing quotation marks: "..., said the deputy mayor, Rosaria Mendola." closes its
   * apposition as a comma does.
   */
  private static boolean endsClaim(ClaimWords w, int last) {
    return w.between(w.end(last), w.claim().span().end()).strip()
        .matches("[.!]?[\"\u201d\u2019']*");
  }

  /**
   * Whether the role starting at word {@code first} opens with a determiner or an owner
   * ("the", "a", "its", "the company's"), as a role in apposition before a name does.
   */
  private boolean opened(ClaimWords w, int first) {
    int d = first - 1;
    return d >= 0 && (words.roleArticles().contains(w.lower(d))
        || words.roleOwners().contains(w.lower(d))
        || PersonName.possessive(w, d));
  }

  /**
   * "W. Mark Felt Sr., the associate director", "Felt was deputy associate director", "Smith,
   * who is the deputy director": the name before the role, in apposition or before "is" or
   * "was"; not a name after a preposition ("In Washington, the president") or an organisation's.
   */
  private PersonName personBefore(ClaimWords w, int first, int roleEnd) {
    int k = first - 1;
    if (k >= 1 && PersonName.possessive(w, k)
        && (words.roleArticles().contains(w.lower(k - 1)) && !w.isCapitalised(k)
            || w.isCapitalised(k) && w.between(w.end(k - 1), w.start(k)).strip().equals(","))) {
      // whose office it is: "Amina Yusuf, the ministry's chief epidemiologist", "Dana Whitlock,
      // Norvane's chief financial officer"
      k--;
    }
    if (k >= 0 && words.roleArticles().contains(w.lower(k))) {
      k--;
    }
    if (k < 0) {
      return null;
    }
    int nameEnd;
    String gap = w.between(w.end(k), w.start(k + 1));
    if ((gap.strip().equals(",") && !w.isStopWord(k) || gap.strip().equals(".,"))
        && closesApposition(w, roleEnd)) {
      nameEnd = k; // apposition
    } else if (COPULAS.contains(w.lower(k)) && gap.isBlank()) {
      int v = k - 1;
      if (v >= 0 && w.lower(v).equals("who")) {
        v--;
        if (v >= 0 && w.between(w.end(v), w.start(v + 1)).strip().equals(",")) {
          nameEnd = v;
        } else {
          return null;
        }
      } else if (v >= 0 && w.gapIsSpace(w.end(v), w.start(v + 1))) {
        nameEnd = v;
      } else {
        return null;
      }
    } else {
      return null;
    }
    // "Felt Sr., the": the suffix belongs to the name
    int[] run = PersonName.runTo(w, nameEnd);
    if (run == null || PersonName.possessive(w, run[1])) {
      return null;
    }
    if (run[0] > 0 && PLACE_PREPOSITIONS.contains(w.lower(run[0] - 1))
        && !(run[1] > run[0] && words.givenNames().containsKey(w.lower(run[0])))) {
      return null; // "In Washington, the president": a place; "for Colin Averett," a person
    }
    PersonName p = PersonName.of(w, run[0], run[1], words.titles());
    if (p == null || words.organisationWords().contains(p.surname())) {
      return null;
    }
    return p;
  }
}
