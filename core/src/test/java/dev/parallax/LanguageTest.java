package dev.parallax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.rules.Category;
import dev.parallax.rules.RulePack;
import dev.parallax.rules.Severity;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Tags through Parallax: spans, quoted words, suppression options, profiles. */
class LanguageTest {
  static final RulePack PACK = RulePack.parse("test.rules", """
      pack test-pack
        version: 1
        language: en
        source: tests
        license: Apache-2.0

      rule regime
        category: loaded-term
        words: regime
        except: tax regime, visa regime
        why: Implies illegitimate rule.
        neutral: government
        expect: The [[regime]] said so.
        expect: The tax regime changed.

      rule rogue
        category: epithet
        severity: high
        words: rogue regime, hermit kingdom
        why: A label instead of a name.
        expect: A [[rogue regime]] in the [[Hermit Kingdom]].

      rule exclaim
        category: exclamation
        shape: exclamation
        why: Raises the voice.
        expect: [[What a day!]]
      """);

  private static Parallax with(Parallax.Builder b) {
    return b.rulePacks(List.of(PACK)).build();
  }

  private static Article article(String text) {
    return Article.builder().id("a").text(text).build();
  }

  @Test
  void tagsCarryWhatTheRuleSays() {
    Annotation an = with(Parallax.builder()).annotate(article("The regime spoke. What a day!"));
    assertThat(an.tags()).containsExactly(
        new Tag(new TextSpan("a", 4, 10, "regime", 1, 5), Category.LOADED_TERM, "regime",
            "test-pack", Severity.MEDIUM, "Implies illegitimate rule.", Optional.of("government"),
            false),
        new Tag(new TextSpan("a", 18, 29, "What a day!", 1, 19), Category.EXCLAMATION, "exclaim",
            "test-pack", Severity.MEDIUM, "Raises the voice.", Optional.empty(), false));
    assertThat(an.tags().get(0).toString())
        .isEqualTo("Tag[loaded-term \"regime\" (a 1:5) by test-pack/regime]");
  }

  @Test
  void wordsInsideDirectQuotationsAreMarkedQuotedAndCountedApart() {
    Annotation an = with(Parallax.builder())
        .annotate(article("The minister said “the regime lies to us”. The regime denied it."));
    assertThat(an.tags()).extracting(Tag::quoted).containsExactly(true, false);
    LanguageProfile p = an.profile();
    assertThat(p.reporter()).isEqualTo(Map.of(Category.LOADED_TERM, 1));
    assertThat(p.quoted()).isEqualTo(Map.of(Category.LOADED_TERM, 1));
    assertThat(p.opinionSentences()).isEqualTo(1);
    assertThat(p.sentences()).isEqualTo(2);
    assertThat(p.words()).isEqualTo(12);
    assertThat(p.per100Words()).isEqualTo(100.0 / 12);
    assertThat(p.toString())
        .isEqualTo("LanguageProfile[a: 8.3 tags/100 words, 50% of sentences, 1 quoted]");
  }

  @Test
  void aShortQuotationAfterAWordOfSayingIsQuotedAndNoScareQuote() {
    Parallax px = Parallax.standard();
    // the bundled scare-quote rule: a short quotation in the writer's voice, not after "said"
    assertThat(px.annotate(article("The regime's \"experts\" denied any shortage.")).tags())
        .filteredOn(t -> t.rule().equals("scare-quotes"))
        .extracting(t -> t.span().text(), Tag::quoted)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("\"experts\"", false));
    Annotation said = px.annotate(
        article("The minister said the plan was \"reckless\" and the show \"Friends\" ended."));
    assertThat(said.tags()).extracting(Tag::rule).doesNotContain("scare-quotes");
    assertThat(said.tags()).filteredOn(t -> t.span().text().equals("reckless"))
        .extracting(Tag::quoted).containsExactly(true);
  }

  @Test
  void overlappingTagsOfOneCategoryCountOnce() {
    // a house pack that tags what a bundled rule tags: one tag, the other rule named in it
    RulePack house = RulePack.parse("house.rules", """
        pack house
          version: 1
          language: en
          source: tests
          license: Apache-2.0

        rule regime-words
          category: loaded-term
          words: regime
          why: House style.
          expect: The [[regime]] fell.

        rule brutal-regime
          category: loaded-term
          words: brutal regime
          why: House style.
          expect: The [[brutal regime]] fell.
        """);
    Parallax px = Parallax.builder().addRulePack(house).build();
    Annotation a = px.annotate(article("The brutal regime fell, and the regime's army fled."));
    assertThat(a.tags()).filteredOn(t -> t.category() == Category.LOADED_TERM)
        .extracting(t -> t.span().text() + " by " + t.pack() + "/" + t.rule() + " " + t.alsoBy())
        .containsExactly(
            "brutal regime by house/brutal-regime [loaded-language-en/cruelty-and-brutality,"
                + " loaded-language-en/regime-for-government, house/regime-words]",
            "regime by loaded-language-en/regime-for-government [house/regime-words]");
    assertThat(a.profile().reporter().get(Category.LOADED_TERM)).isEqualTo(2);
  }

  @Test
  void namesAndTitlesInQuotationMarksAreNoScareQuotes() {
    Parallax px = Parallax.standard();
    // titles and nicknames keep their stop words in lower case; typewritten marks pair as well
    for (String text : List.of(
        "Boaters gathered for the \"Ring of Fire\" on the lake.",
        "Gravano, known as \"Sammy the Bull\" to friends, testified.",
        "Gigante, dubbed \"the Oddfather\" by tabloids, pleaded guilty.",
        "She starred in \"Van Wilder '' and ``The Prestige'' last year.",
        "The navy sank the trawler \"Ekawat Nava 5 '' after a gunbattle.",
        "The \"zero day '' flaw lets hackers in.")) {
      assertThat(px.annotate(article(text)).tags()).as(text)
          .extracting(Tag::rule).doesNotContain("scare-quotes");
    }
    assertThat(px.annotate(article("The regime's ``experts'' denied it.")).tags())
        .filteredOn(t -> t.rule().equals("scare-quotes"))
        .extracting(t -> t.span().text()).containsExactly("``experts''");
  }

  @Test
  void aQuotationAfterAnIndefiniteArticleIntroducesATerm() {
    Parallax px = Parallax.standard();
    // each row: a text, then the scare quotes it gets
    Map<String, List<String>> rows = new java.util.LinkedHashMap<>();
    rows.put("The ministry set up a \"safe zone\" for the camps.", List.of());
    rows.put("The patch fixes an \"unpatched\" hole in the browser.", List.of());
    // after "as", "and" or a verb of being, the noun labels what is named already
    rows.put("The regulator is a \"watchdog\" in name only.", List.of("\"watchdog\""));
    rows.put("The agency has become a \"megaphone\" for the party.",
        List.of("\"megaphone\""));
    rows.put("The agency's \"reforms\" cut the staff by half.", List.of("\"reforms\""));
    rows.forEach((text, quotes) -> assertThat(px.annotate(article(text)).tags()).as(text)
        .filteredOn(t -> t.rule().equals("scare-quotes"))
        .extracting(t -> t.span().text()).containsExactlyElementsOf(quotes));
  }

  @Test
  void aShortQuotationNextToQuotedSpeechIsThatSpeakersWords() {
    Parallax px = Parallax.standard();
    Annotation an = px.annotate(article("The union met on Monday. The plan was \"reckless\"."
        + " \"We will fight it,\" the leader said."));
    assertThat(an.tags()).extracting(Tag::rule).doesNotContain("scare-quotes");
    assertThat(an.tags()).filteredOn(t -> t.span().text().equals("reckless"))
        .extracting(Tag::quoted).containsExactly(true);
    // across a paragraph break the writer speaks again
    Annotation apart = px.annotate(article("\"We will fight it,\" the leader said.\n"
        + "The agency's \"reforms\" cut the staff by half."));
    assertThat(apart.tags()).filteredOn(t -> t.rule().equals("scare-quotes"))
        .extracting(t -> t.span().text(), Tag::quoted)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("\"reforms\"", false));
    // words that end in a comma inside typewritten marks are speech, as "such fun," is
    assertThat(px.annotate(article("Modeling was \"such fun, '' even at times.")).tags())
        .extracting(Tag::rule).doesNotContain("scare-quotes");
  }

  @Test
  void aQuestionOrExclamationWhoseMarkIsQuotedIsTheSpeakers() {
    Parallax px = Parallax.standard();
    assertThat(px.annotate(article("Forstall: \"Who is taller, Lebron or Kobe?\" Siri answered."))
        .tags())
        .filteredOn(t -> t.category() == Category.RHETORICAL_QUESTION)
        .extracting(t -> t.span().text(), Tag::quoted)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(
            "Forstall: \"Who is taller, Lebron or Kobe?\"", true));
    assertThat(px.annotate(article("She wrote in a tweet: \"I'm hosting the Oscars!\"")).tags())
        .filteredOn(t -> t.category() == Category.EXCLAMATION)
        .extracting(Tag::quoted).containsExactly(true);
    // typewritten marks that do not pair: the mark before a closing '' ends a quotation
    assertThat(px.annotate(
        article("''Would we have done it without him? '' Colts coach Bruce Arians asked."))
        .tags())
        .filteredOn(t -> t.category() == Category.RHETORICAL_QUESTION)
        .extracting(Tag::quoted).containsExactly(true);
    assertThat(px.annotate(article("Why are defections so rare?")).tags())
        .filteredOn(t -> t.category() == Category.RHETORICAL_QUESTION)
        .extracting(t -> t.span().text(), Tag::quoted)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Why are defections so rare?", false));
  }

  @Test
  void aCancellingCueLeavesOutTheTagsOfItsCategoryAroundIt() {
    Parallax px = Parallax.standard();
    assertThat(px.annotate(article("Did you feel the earthquake? Tell us in the comments."))
        .tags()).extracting(Tag::category).doesNotContain(Category.RHETORICAL_QUESTION);
    assertThat(px.annotate(article("Can you believe it?")).tags())
        .extracting(Tag::category).containsExactly(Category.RHETORICAL_QUESTION);
    RulePack wrong = RulePack.parse("w.rules", """
        pack wrong
          version: 1
          language: en
          source: tests
          license: Apache-2.0

        cue odd
          facet: cancels
          value: no-such-category
          words: you
          expect: [[you]]
        """);
    assertThatThrownBy(() -> Parallax.builder().rulePacks(List.of(wrong)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("wrong/odd").hasMessageContaining("no-such-category");
  }

  @Test
  void aLoadedWordInsideANameIsNoJudgement() {
    Parallax px = Parallax.standard();
    for (String text : List.of(
        "Klitschko could face Tyson Fury in the near future.",
        "Officials of the National Disaster Mitigation Agency said ten homes were damaged.",
        "The laptop has a built-in AirPort Extreme card.",
        "She starred in Dangerous Liaisons in 1988.")) {
      assertThat(px.annotate(article(text)).tags()).as(text).isEmpty();
    }
    // a headline capitalises its words; a capital after a colon or at the start is no name
    for (String text : List.of(
        "Bernie Sanders Is Crazy, But The Only Democrat Who Can Win",
        "The answer was simple: Supposedly Americans prefer him.",
        "Furious Residents blocked the road.")) {
      assertThat(px.annotate(article(text)).tags()).as(text).isNotEmpty();
    }
  }

  @Test
  void aQuestionMarkBeforeANumberIsALostSignNoQuestion() {
    Parallax px = Parallax.standard();
    // the euro sign of the source became "?"; the number of a list item is no such sign
    assertThat(px.annotate(article("The government agreed an? 110 billion loan with lenders."))
        .tags())
        .extracting(Tag::category).doesNotContain(Category.RHETORICAL_QUESTION);
    // (the second question, an item of a numbered list, opens with no word of asking: no tag)
    assertThat(px.annotate(article("How fast will they grow? 2. What will Intel do?")).tags())
        .filteredOn(t -> t.category() == Category.RHETORICAL_QUESTION)
        .extracting(t -> t.span().text())
        .containsExactly("How fast will they grow?");
  }

  @Test
  void exceptionsAllowListsAndDisabledRulesAndCategories() {
    Article a = article("The tax regime and the regime. A rogue regime!");
    assertThat(with(Parallax.builder()).annotate(a).tags())
        .extracting(t -> t.rule() + ":" + t.span().text())
        .containsExactly("regime:regime", "exclaim:A rogue regime!", "rogue:rogue regime",
            "regime:regime");
    assertThat(with(Parallax.builder().disableRule("regime")).annotate(a).tags())
        .extracting(Tag::rule).containsExactly("exclaim", "rogue");
    assertThat(with(Parallax.builder().disableRule("test-pack/rogue")).annotate(a).tags())
        .extracting(Tag::rule).containsExactly("regime", "exclaim", "regime");
    assertThat(with(Parallax.builder().disableCategory(Category.EXCLAMATION)).annotate(a).tags())
        .extracting(Tag::rule).containsExactly("regime", "rogue", "regime");
    assertThat(with(Parallax.builder().allowTerm("regimes")).annotate(a).tags())
        .extracting(Tag::rule).containsExactly("exclaim", "rogue");
  }

  @Test
  void disablingAnUnknownRuleFailsByName() {
    assertThatThrownBy(() -> with(Parallax.builder().disableRule("nope")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot disable rule 'nope': no pack in force has it (packs: test-pack)");
  }

  @Test
  void twoPacksWithOneIdAreRejected() {
    assertThatThrownBy(() -> Parallax.builder().rulePacks(List.of(PACK)).addRulePack(PACK).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("two rule packs share the id 'test-pack' (test.rules)");
  }

  @Test
  void comparisonsCarryTagsAndProfilesPerArticle() {
    Article a = Article.builder().id("a").text("The regime spoke.").build();
    Article b = Article.builder().id("b").text("The government spoke.").build();
    Comparison c = with(Parallax.builder()).compare(a, b);
    assertThat(c.tags(a)).hasSize(1);
    assertThat(c.tags(b)).isEmpty();
    assertThat(c.profile(a).reporterTags()).isEqualTo(1);
    assertThat(c.profile(b).reporterTags()).isZero();
    assertThat(c.toString()).endsWith(", 1 tag]");
  }

  @Test
  void aParagraphOpenedByAQuotationMarkIsTheSpeakersWords() {
    // news quotes speech a paragraph at a time; a mark left open earlier changes nothing
    Annotation an = Parallax.standard().annotate(article(
        "The mayor spoke on \"Friday.\nHe wept.\n\"It is terrifying. The regime must go.\n"
            + "The regime is brutal, and everyone knows it. \"\nThe regime's thugs beat protesters."));
    assertThat(an.tags()).extracting(t -> t.span().text(), Tag::quoted).containsExactly(
        org.assertj.core.groups.Tuple.tuple("terrifying", true),
        org.assertj.core.groups.Tuple.tuple("regime", true),
        org.assertj.core.groups.Tuple.tuple("regime", true),
        org.assertj.core.groups.Tuple.tuple("brutal", true),
        org.assertj.core.groups.Tuple.tuple("everyone knows", true),
        org.assertj.core.groups.Tuple.tuple("regime", false),
        org.assertj.core.groups.Tuple.tuple("thugs", false));
  }

  @Test
  void wordsOfAWebAddressAreNoJudgement() {
    Parallax px = Parallax.standard();
    for (String text : List.of(
        "http://www.example.com/crooks-2-6-million-heist-paris/",
        "Source: http://pix11.com/2013/03/12/vigil-snowballs-into-full-blown-riot/#axzz2",
        "See www.example.org/disaster-precursors-quake for more.")) {
      assertThat(px.annotate(article(text)).tags()).as(text).isEmpty();
    }
    // the same words in prose are tagged
    assertThat(px.annotate(article("The crooks fled. The vigil became a full-blown riot.")).tags())
        .extracting(t -> t.span().text()).containsExactly("crooks", "full-blown");
  }

  @Test
  void aMarkInsideAQuotationOpenedInItsSentenceIsTheSpeakers() {
    Parallax px = Parallax.standard();
    // sentence text, then whether its exclamation or question tag is quoted
    Map<String, Boolean> rows = new java.util.LinkedHashMap<>();
    rows.put("Vitali urged on fans when the first chants of \"Klitschko!", true);
    rows.put("His friend said: 'As the cops opened fire, he was screaming, \u2018Stop!", true);
    rows.put("I\u2019m not running!\u2019", true);
    rows.put("A \"John McCain is so old '' joke is never in bad taste!", false);
    rows.put("A \u201cJohn McCain is so old\u201d joke is never in bad taste!", false);
    rows.put("Why did the company\u2019s shares fall so far?", false);
    for (var r : rows.entrySet()) {
      assertThat(px.annotate(article(r.getKey())).tags())
          .filteredOn(t -> t.category() == Category.EXCLAMATION
              || t.category() == Category.RHETORICAL_QUESTION)
          .as(r.getKey()).extracting(Tag::quoted).containsExactly(r.getValue());
    }
  }

  @Test
  void aStrayQuestionMarkAsksNothing() {
    Parallax px = Parallax.standard();
    for (String text : List.of("?", "The studio does not usually pay such fees to filmmakers like Ross.?")) {
      assertThat(px.annotate(article(text)).tags()).as(text)
          .noneMatch(t -> t.category() == Category.RHETORICAL_QUESTION);
    }
    assertThat(px.annotate(article("Is this really a good idea...?")).tags())
        .extracting(Tag::category).containsExactly(Category.RHETORICAL_QUESTION);
  }

  @Test
  void aQuestionStandsOnlyWithAWordOfAsking() {
    Parallax px = Parallax.standard();
    // each row: a text, then the rhetorical-question tags it gets
    Map<String, List<String>> rows = new java.util.LinkedHashMap<>();
    rows.put("Can you believe it? I can't.", List.of("Can you believe it?"));
    rows.put("What does he do? He pushes it.", List.of("What does he do?"));
    // "So" and a question word open a lead-in that the writer answers; "So what?" still asks
    rows.put("So what does he do? He pushes it.", List.of());
    rows.put("So why did the shares fall? Profits missed.", List.of());
    rows.put("So what? Nobody reads the fine print.", List.of("So what?"));
    rows.put("He has 2,029 points, but who's counting?",
        List.of("He has 2,029 points, but who's counting?"));
    rows.put("It's about time, right?", List.of("It's about time, right?"));
    rows.put("People still shame women for -- what?",
        List.of("People still shame women for -- what?"));
    rows.put("I wonder what this means for the show?",
        List.of("I wonder what this means for the show?"));
    // lead-ins to an answer, list items and headlines: no word of asking
    rows.put("Price? The basic model starts at $2,199.", List.of());
    rows.put("The guy who had it before Cam? Peyton Manning in 1998.", List.of());
    rows.put("Oh, and the best part? It ships today.", List.of());
    rows.put("Saints could shut down Reggie Bush?", List.of());
    rows.put("1. How much will AMD focus on the dense space?", List.of());
    for (var r : rows.entrySet()) {
      assertThat(px.annotate(article(r.getKey())).tags())
          .filteredOn(t -> t.category() == Category.RHETORICAL_QUESTION)
          .as(r.getKey()).extracting(t -> t.span().text()).containsExactlyElementsOf(r.getValue());
    }
  }
}

