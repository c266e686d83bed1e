package dev.parallax.contradict;

import dev.parallax.Contradiction.Kind;
import dev.parallax.TextSpan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * ATTRIBUTE, what a named person is: the occupation ("Jane Roe, a retired teacher", "a
 * 34-year-old nurse", "forecaster Jane Roe"), the party ("Carrasco, a Democrat in her second
 * term") or the relation to another person ("Roe's mother, Ana Roe", "Ana Roe, the victim's
 * sister") news sets next to a name to say who the person is. Occupations are grouped by field
 * of work, party members by party, relations by kind (pack facets {@code occupation}, {@code
 * party-member} and {@code kin-relation}); the words that name no one trade or relation ("worker", "relative")
 * are no descriptors, so a general word and a specific one never meet.
 *
 * <p>A descriptor is read in four set forms: before the name as a title ("forecaster Jane Roe",
 * "his mother Ana Roe"); before the name set off by commas after an article or an owner ("Roe's
 * mother, Ana Roe, said", "a local teacher, Jane Roe, said"); after the name in apposition, past
 * an age ("Jane Roe, 34, a teacher from Dover"); and after "is" or "was" ("Roe was a
 * firefighter"). Modifiers may stand between the article and the noun ("a 34-year-old retired
 * teacher"); a noun followed by another lower-case word is a modifier itself ("a teacher union
 * leader"), unless the word goes on describing the person ("a nurse at the clinic", pack facet
 * {@code descriptor-link}). A second descriptor joined by "and" belongs to the same person ("a
 * nurse and mother of three"). An occupation made past, future or partial by a word before it
 * ("former", "student", "volunteer", pack facet {@code descriptor-time}) is not compared.
 *
 * <p>Two descriptors of one person (one surname with compatible given names) in the two
 * articles clash when both are occupations of two fields, members of two parties, or both are
 * relations of two kinds to
 * one person: the owner before the relation ("Roe's", "the victim's") or the name after "of";
 * an owner named by a common noun stands for the one named person of the story that either
 * article describes by that noun ("the firefighter's sister" is the sister of "Firefighter Tom
 * Roe"). Nothing is flagged when either article gives the person descriptors of two fields or
 * kinds (one may hold both, "a nurse and a teacher"), or writes the other's noun in a claim that
 * names the person. A finding stands at {@value #BASE}, 0.05 more when a full name is given,
 * plus a tenth of the claims' alignment score, 0.1 less when either claim is hedged.
 */
final class Descriptors {
  /** The confidence of a finding before the name and the claims' alignment. */
  static final double BASE = 0.5;
  /** The most modifiers between the article and the descriptor's noun. */
  static final int MAX_MODIFIERS = 4;
  /** The most words of one occupation or relation phrase ("real estate agent"). */
  static final int MAX_PHRASE = 3;
  private static final String OCCUPATION = "occupation";
  private static final String KIN = "kin";
  private static final String PARTY = "party";

  private final AttributeWords words;
  private final DescriptorWords lists;

  Descriptors(AttributeWords words) {
    this.words = words;
    this.lists = words.descriptors();
  }

  /**
   * What one claim says a named person is.
   *
   * @param view the claim
   * @param person the person
   * @param evidence the words of the descriptor, from its article or first modifier to its noun
   * @param noun the descriptor's phrase, lower case ("dairy farmer" is "farmer")
   * @param kind occupation or kin
   * @param value the field of work or the kind of relation
   * @param anchor for a relation, the person it relates to (a surname or a common noun, lower
   *     case), or null
   * @param dated whether a word makes the occupation past or partial
   * @param head the index of the descriptor's last word in the claim
   */
  record Descriptor(ClaimView view, PersonName person, TextSpan evidence, String noun,
      String kind, String value, String anchor, boolean dated, int head) {}

  void inspect(ArticlePair pair, List<Finding> out) {
    List<Descriptor> left = descriptors(pair.left());
    List<Descriptor> right = descriptors(pair.right());
    Map<String, Set<String>> named = new HashMap<>();
    Stream.concat(left.stream(), right.stream()).filter(d -> d.kind().equals(OCCUPATION))
        .forEach(d -> named.computeIfAbsent(d.noun(), k -> new LinkedHashSet<>())
            .add(d.person().surname()));
    Map<Object, Finding> best = new LinkedHashMap<>();
    for (Descriptor a : left) {
      for (Descriptor b : right) {
        if (a.dated() || b.dated() || !a.kind().equals(b.kind()) || agree(a.value(), b.value())
            || !a.person().samePerson(b.person())) {
          continue;
        }
        if (a.kind().equals(KIN) && (a.anchor() == null || b.anchor() == null
            || !resolve(a.anchor(), named).equals(resolve(b.anchor(), named)))) {
          continue;
        }
        if (several(a, left) || several(b, right) || writes(pair.left(), a.person(), b.noun())
            || writes(pair.right(), b.person(), a.noun())) {
          continue;
        }
        double conf = BASE;
        if (a.person().words() > 1 || b.person().words() > 1) {
          conf += 0.05;
        }
        conf += pair.relation(a.view(), b.view()).map(r -> 0.1 * r.score()).orElse(0.0);
        if (a.view().hedged() || b.view().hedged()) {
          conf -= 0.1;
        }
        String what = a.kind().equals(KIN) ? "kin" : a.kind().equals(PARTY) ? "party"
            : "occupation";
        AttributeCheck.keep(best, List.of(a.person().surname(), a.kind(),
            Stream.of(a.value(), b.value()).sorted().toList()),
            new Finding(Kind.ATTRIBUTE, a.view().claim(), b.view().claim(), a.evidence(),
                b.evidence(), a.evidence().text(), b.evidence().text(), what,
                List.of("Both speak of " + fuller(a.person().span().text(),
                    b.person().span().text()) + "."), conf));
      }
    }
    out.addAll(best.values());
  }

  /**
   * Whether two values of one kind may describe one person: the same, or one field of work
   * written as "field/specialty" and as "field" alone ("a doctor" and "an anaesthetist"), while
   * two specialties of one field ("an anaesthetist" and "a paediatrician") do not.
   */
  static boolean agree(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    int sa = a.indexOf('/');
    int sb = b.indexOf('/');
    String fa = sa < 0 ? a : a.substring(0, sa);
    String fb = sb < 0 ? b : b.substring(0, sb);
    return fa.equals(fb) && (sa < 0 || sb < 0);
  }

  /** The longer of two names, the first in alphabetical order when they are as long. */
  private static String fuller(String x, String y) {
    if (x.length() != y.length()) {
      return x.length() > y.length() ? x : y;
    }
    return x.compareTo(y) <= 0 ? x : y;
  }

  /** The surname a relation's owner stands for: itself, or the one person named by its noun. */
  private static String resolve(String anchor, Map<String, Set<String>> named) {
    Set<String> s = named.get(anchor);
    return s != null && s.size() == 1 ? s.iterator().next() : anchor;
  }

  /** Whether the article gives the person of {@code d} another descriptor of its kind. */
  private static boolean several(Descriptor d, List<Descriptor> all) {
    for (Descriptor o : all) {
      if (o.person().samePerson(d.person()) && o.kind().equals(d.kind())
          && !agree(o.value(), d.value())) {
        return true;
      }
    }
    return false;
  }

  /** Whether a claim of the article that names the person writes the noun (or its plural). */
  private static boolean writes(ArticlePair.Side side, PersonName person, String noun) {
    String last = noun.substring(noun.lastIndexOf(' ') + 1);
    for (ClaimView c : side.claims()) {
      ClaimWords w = c.words();
      boolean names = false;
      boolean writes = false;
      for (int i = 0; i < w.size(); i++) {
        String p = PersonName.unowned(w, i);
        names |= p.equals(person.surname());
        writes |= p.equals(last) || p.equals(last + "s");
      }
      if (names && writes) {
        return true;
      }
    }
    return false;
  }

  /** The descriptors of named people in the claims of one article (read once per article). */
  List<Descriptor> descriptors(ArticlePair.Side side) {
    return side.memo(this, "descriptors", s -> List.copyOf(read(s)));
  }

  private List<Descriptor> read(ArticlePair.Side side) {
    Map<String, Set<List<String>>> names = PersonName.givenNames(side, words.titles());
    List<Descriptor> out = new ArrayList<>();
    for (ClaimView c : side.claims()) {
      ClaimWords w = c.words();
      List<Descriptor> here = new ArrayList<>();
      for (int h = 0; h < w.size(); h++) {
        Descriptor d = descriptor(c, w, h, here);
        if (d == null || c.negated(d.evidence())) {
          continue;
        }
        PersonName p = d.person().resolved(names);
        if (p != null) {
          Descriptor r = new Descriptor(c, p, d.evidence(), d.noun(), d.kind(), d.value(),
              d.anchor(), d.dated(), d.head());
          here.add(r);
          Descriptor j = joinedBefore(c, w, w.firstWordFrom(r.evidence().start()), p);
          if (j != null) {
            here.add(j);
          }
        }
      }
      out.addAll(here);
    }
    return out;
  }

  /** The descriptor whose noun ends at word {@code h}, with its person, or null. */
  private Descriptor descriptor(ClaimView c, ClaimWords w, int h, List<Descriptor> earlier) {
    int p = nounStart(w, h);
    String phrase = p < 0 ? null : phrase(w, p, h);
    if (phrase == null || PersonName.possessive(w, h)
        || h + 1 < w.size() && w.between(w.end(h), w.start(h + 1)).equals("-")) {
      return null; // "the firefighter's sister", "mother-in-law"
    }
    String kind = kindOf(phrase);
    boolean kin = kind.equals(KIN);
    String value = valueOf(phrase, kind);
    // the modifiers and the article or owner before the noun
    boolean dated = false;
    int first = p;
    int opener = -1;
    String anchor = null;
    for (int k = p - 1; k >= 0 && p - k <= MAX_MODIFIERS + 1; k--) {
      String gap = w.between(w.end(k), w.start(k + 1));
      boolean owner = PersonName.possessive(w, k) && gap.endsWith(" ")
          && gap.strip().matches("['\u2019]s?|");
      if (!gap.equals(" ") && !gap.equals("-") && !owner) {
        break;
      }
      String lower = w.lower(k);
      if (owner) {
        anchor = PersonName.unowned(w, k);
        opener = k;
        if (k > 0 && words.roleArticles().contains(w.lower(k - 1))
            && w.gapIsSpace(w.end(k - 1), w.start(k))) {
          opener = k - 1;
        }
        break;
      }
      if (words.roleArticles().contains(lower) || words.roleOwners().contains(lower)) {
        opener = k;
        break;
      }
      if (lists.times().contains(lower) || k > 0 && w.between(w.end(k - 1), w.start(k))
          .equals("-") && lists.times().contains(w.lower(k - 1) + "-" + lower)) {
        dated = true;
      }
      if (w.isStopWord(k) && !w.isNumber(k) || !w.isContent(k) && !w.isNumber(k)) {
        break;
      }
      first = k;
    }
    if (opener >= 0) {
      first = opener;
    }
    if (kin && anchor == null) {
      anchor = ownerAfter(w, h);
    }
    TextSpan evidence = w.span(w.start(first), w.end(h));
    PersonName person = titled(w, p, h);
    if (person == null && opener >= 0) {
      person = setOffAfter(w, h);
    }
    if (person == null && opener >= 0 && closes(w, h)) {
      person = before(w, first);
    }
    if (person == null && first > 1 && w.lower(first - 1).equals("and") && closes(w, h)) {
      for (Descriptor e : earlier) {
        if (e.head() == first - 2) {
          person = e.person(); // "a nurse and mother of three"
        }
      }
    }
    if (person == null) {
      return null;
    }
    return new Descriptor(c, person, evidence, phrase, kind, value, anchor, dated, h);
  }

  /** The kind of a descriptor phrase: occupation, party or kin. */
  private String kindOf(String phrase) {
    return lists.occupations().containsKey(phrase) ? OCCUPATION
        : lists.parties().containsKey(phrase) ? PARTY : KIN;
  }

  /** The field, party or relation a phrase of a kind names. */
  private String valueOf(String phrase, String kind) {
    return kind.equals(OCCUPATION) ? lists.occupations().get(phrase)
        : kind.equals(PARTY) ? lists.parties().get(phrase) : lists.kin().get(phrase);
  }

  /**
   * The first word of the longest occupation or kin phrase that ends at word {@code h}, its
   * words one space or hyphen apart, or -1.
   */
  private int nounStart(ClaimWords w, int h) {
    int p = -1;
    for (int s = h; s >= 0 && h - s < MAX_PHRASE; s--) {
      String x = phrase(w, s, h);
      if (x == null) {
        break;
      }
      if (lists.describes(x)) {
        p = s;
      }
    }
    return p;
  }

  /** Words {@code s} to {@code h} lower case with their spaces and hyphens, or null. */
  private static String phrase(ClaimWords w, int s, int h) {
    StringBuilder b = new StringBuilder(w.lower(s));
    for (int k = s + 1; k <= h; k++) {
      String gap = w.between(w.end(k - 1), w.start(k));
      if (!gap.equals(" ") && !gap.equals("-")) {
        return null;
      }
      b.append(gap).append(w.lower(k));
    }
    return b.toString();
  }

  /**
   * "CNN medical reporter and hospital neurosurgeon Dr. Ana Roe": the occupation or relation
   * joined by "and" before the descriptor that opens at word {@code first}, given to its person
   * (only to tell that the person has two), or null.
   */
  private Descriptor joinedBefore(ClaimView c, ClaimWords w, int first, PersonName person) {
    int h = first - 2;
    if (h < 0 || !w.lower(first - 1).equals("and") || !w.gapIsSpace(w.end(h), w.start(h + 1))) {
      return null;
    }
    int p = nounStart(w, h);
    if (p < 0 || PersonName.possessive(w, h)) {
      return null;
    }
    String phrase = phrase(w, p, h);
    String kind = kindOf(phrase);
    return new Descriptor(c, person, w.span(w.start(p), w.end(h)), phrase, kind,
        valueOf(phrase, kind), null, false, h);
  }

  /** "the mother of Tom Roe", "the sister of the victim": the person after "of", or null. */
  private static String ownerAfter(ClaimWords w, int h) {
    int o = h + 1;
    if (o + 1 >= w.size() || !w.lower(o).equals("of") || !w.gapIsSpace(w.end(h), w.start(o))) {
      return null;
    }
    o++;
    if (w.lower(o).equals("the") && o + 1 < w.size()) {
      int[] run = PersonName.runFrom(w, o + 1);
      return run == null && w.isContent(o + 1) && !w.isNumber(o + 1) ? w.lower(o + 1) : null;
    }
    int[] run = PersonName.runFrom(w, o);
    return run == null ? null : PersonName.unowned(w, run[1]);
  }

  /**
   * Whether the descriptor ending at word {@code h} closes: the claim ends, punctuation follows,
   * or a word that goes on describing the person ("a teacher from Dover").
   */
  private boolean closes(ClaimWords w, int h) {
    return h + 1 >= w.size() || !w.gapIsSpace(w.end(h), w.start(h + 1))
        || lists.links().contains(w.lower(h + 1));
  }

  /** "forecaster Jane Roe": the name right after the noun, or null. */
  private PersonName titled(ClaimWords w, int p, int h) {
    if (h + 1 >= w.size() || !w.gapIsSpace(w.end(h), w.start(h + 1))) {
      return null;
    }
    if (w.isCapitalised(p) && p > 0 && PersonName.capitalised(w, p - 1)
        && PersonName.joined(w, p)) {
      return null; // inside a name: "Tom Baker Smith"
    }
    if (p > 0 && w.lower(p - 1).equals("to")) {
      return null; // a verb: "to nurse Jane back"
    }
    int[] run = PersonName.runFrom(w, h + 1);
    return run == null ? null : name(w, run[0], run[1]);
  }

  /** "Roe's mother, Ana Roe, said": the name set off by commas after the noun, or null. */
  private PersonName setOffAfter(ClaimWords w, int h) {
    if (h + 1 >= w.size() || !w.between(w.end(h), w.start(h + 1)).equals(", ")) {
      return null;
    }
    int[] run = PersonName.runFrom(w, h + 1);
    if (run == null || PersonName.possessive(w, run[1])) {
      return null;
    }
    if (run[1] + 1 < w.size()) {
      String after = w.between(w.end(run[1]), w.start(run[1] + 1)).strip();
      if (after.isEmpty() || !(after.startsWith(",") || after.startsWith(".")
          || after.startsWith(";") || after.startsWith("\u2014"))) {
        return null;
      }
    }
    return name(w, run[0], run[1]);
  }

  /**
   * "Jane Roe, 34, a teacher", "Roe was a firefighter", "Roe, who is a nurse": the name before
   * the descriptor that opens at word {@code first}, or null.
   */
  private PersonName before(ClaimWords w, int first) {
    int k = first - 1;
    if (k < 0) {
      return null;
    }
    String gap = k >= 1 ? w.between(w.end(k - 1), w.start(k)) : ""; // a name may open the claim
    int nameEnd;
    if (w.between(w.end(k), w.start(first)).strip().equals(",")) {
      nameEnd = k;
      if (k >= 1 && w.isNumber(k) && w.between(w.end(k - 1), w.start(k)).strip().equals(",")) {
        nameEnd = k - 1; // an age between: "Jane Roe, 34, a teacher"
      }
    } else if (k >= 1 && lists.copulas().contains(w.lower(k))
        && w.gapIsSpace(w.end(k), w.start(first))) {
      if (w.lower(k - 1).equals("who") && k >= 2
          && w.between(w.end(k - 2), w.start(k - 1)).strip().equals(",")) {
        nameEnd = k - 2;
      } else if (gap.equals(" ")) {
        nameEnd = k - 1;
      } else {
        return null;
      }
    } else {
      return null;
    }
    int[] run = PersonName.runTo(w, nameEnd);
    if (run == null || PersonName.possessive(w, run[1])
        || run[0] > 0 && lists.placeLeads().contains(w.lower(run[0] - 1))) {
      return null; // "In Dover, a teacher said"
    }
    return name(w, run[0], run[1]);
  }

  /**
   * The person's name in the run, past the descriptors and people nouns that open it
   * ("Passenger Jane Roe", "Firefighter Tom Roe"), or null.
   */
  private PersonName name(ClaimWords w, int from, int to) {
    int f = from;
    while (f < to && (lists.describes(w.lower(f)) || words.nationalityPersons()
            .containsKey(w.lower(f)))) {
      f++;
    }
    PersonName p = PersonName.of(w, f, to, words.titles());
    return p == null || words.organisationWords().contains(p.surname()) ? null : p;
  }
}
