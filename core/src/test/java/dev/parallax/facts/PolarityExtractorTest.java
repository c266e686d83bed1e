package dev.parallax.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.Claim;
import dev.parallax.Claim.Stance;
import dev.parallax.PolarityFacet;
import dev.parallax.PolarityFacet.Kind;
import dev.parallax.rules.RulePack;
import dev.parallax.text.AnalyzedText;
import dev.parallax.text.TextAnalyzer;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PolarityExtractorTest {
  private static final TextAnalyzer ANALYZER = TextAnalyzer.english();
  private static final FactCues CUES = new FactCues(FactCues.englishPacks(), ANALYZER);
  private static final PolarityExtractor EXTRACTOR = new PolarityExtractor();

  static List<PolarityFacet> extract(String text) {
    AnalyzedText t = ANALYZER.analyze(text);
    return EXTRACTOR.extract(new Spans("a", t), CUES.find(t));
  }

  /** One line per facet: text | cue | kind | scope. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    // the seed sentences
    "Never before have so many North Koreans defected, with the number of defectors outpacing"
        + " the end of the Korean War in 1953. | Never | NEGATION"
        + " | before have so many North Koreans defected",
    "It’s possible that picture is changing, as one more North Korean soldier has defected."
        + " | It’s possible | HEDGE | that picture is changing",
    // negation
    "The soldier did not carry a weapon. | not | NEGATION | carry a weapon",
    "The army didn't confirm his rank; officials said little more. | didn't | NEGATION"
        + " | confirm his rank",
    "Officials won’t say more. | won’t | NEGATION | say more",
    "He crossed without a shot being fired, officials said. | without | NEGATION"
        + " | a shot being fired",
    "The guards failed to stop him before he reached the line. | failed to | NEGATION"
        + " | stop him before he reached the line",
    "Pyongyang denied that any soldier had crossed. | denied | NEGATION"
        + " | that any soldier had crossed",
    "The ministry refused to comment but confirmed the crossing. | refused to | NEGATION"
        + " | comment",
    "No one was hurt in the crossing. | No one | NEGATION | was hurt in the crossing",
    "The soldier was not armed—he carried only a radio. | not | NEGATION | armed",
    // a second reported clause, opened by "and that", is out of the first one's negation
    "She said no closures were planned and that the chain opened four stores. | no"
        + " | NEGATION | closures were planned",
    // modal
    "More soldiers may follow in the coming months. | may | MODAL | follow in the coming months",
    "The crossing could signal unrest within the ranks. | could | MODAL"
        + " | signal unrest within the ranks",
    "Seoul should press for talks, although few expect any. | should | MODAL | press for talks",
    // hedge
    "The soldier reportedly crossed at dawn. | reportedly | HEDGE | crossed at dawn",
    "He was allegedly a staff sergeant. | allegedly | HEDGE | a staff sergeant",
    "The soldier appears to be a sergeant in the border guard. | appears to | HEDGE"
        + " | be a sergeant in the border guard",
    "The defector is believed to be in good health. | is believed to | HEDGE | be in good health",
    "The soldier apparently swam. | apparently | HEDGE | swam",
  })
  void readsCueKindAndScope(String text, String cue, Kind kind, String scope) {
    List<PolarityFacet> got = extract(text);
    assertThat(got).as(got.toString()).hasSize(1);
    PolarityFacet f = got.get(0);
    assertThat(f.span().text()).isEqualTo(cue);
    assertThat(f.kind()).isEqualTo(kind);
    assertThat(f.scope().text()).isEqualTo(scope);
    assertThat(f.span().start()).isEqualTo(text.indexOf(cue));
    assertThat(f.scope().start()).isEqualTo(text.indexOf(scope, f.span().end()));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "The soldier crossed at dawn and surrendered.",
    "It’s designed not just to separate two rival nations but to prevent this kind of escape.",
    "He defected in May 2024.",
    "The army showed its military might.",
    "It is possible to apply online.",
    "The apparent motive was hunger.",
  })
  void findsNothingWhereNothingIsDeniedOrHedged(String text) {
    assertThat(extract(text)).isEmpty();
  }

  @Test
  void aNegatedModalIsBothAndNeitherNorAreTwoNegations() {
    String text = "The guards couldn't stop him. Neither side fired, nor did anyone call.";
    List<PolarityFacet> got = extract(text);
    assertThat(got).extracting(f -> f.kind() + " " + f.span().text() + " / " + f.scope().text())
        .containsExactly(
            "NEGATION couldn't / stop him",
            "MODAL couldn't / stop him",
            "NEGATION Neither / side fired",
            "NEGATION nor / did anyone call");
  }

  @Test
  void aCueAtTheEndOfItsClauseBearsOnItself() {
    List<PolarityFacet> got = extract("Did he cross? He did not.");
    assertThat(got).hasSize(1);
    assertThat(got.get(0).scope()).isEqualTo(got.get(0).span());
  }

  @Test
  void scopeIsBounded() {
    String text = "He did not " + "walk ".repeat(200) + "home.";
    PolarityFacet f = extract(text).get(0);
    assertThat(f.scope().text().split(" ")).hasSize(PolarityExtractor.MAX_SCOPE_WORDS);
  }

  @Test
  void spansIndexTheTextExactly() {
    String text = "Line one.\r\nThe soldier \uD83D\uDE00 did not return; he may stay.";
    for (PolarityFacet f : extract(text)) {
      assertThat(text.substring(f.span().start(), f.span().end())).isEqualTo(f.span().text());
      assertThat(text.substring(f.scope().start(), f.scope().end())).isEqualTo(f.scope().text());
      assertThat(f.span().line()).isEqualTo(2);
    }
  }

  /** The one facet whose cue is written {@code cue}. */
  private static PolarityFacet facetOf(String text, String cue) {
    List<PolarityFacet> got = extract(text).stream()
        .filter(f -> f.span().text().equals(cue)).toList();
    assertThat(got).as(extract(text).toString()).hasSize(1);
    return got.get(0);
  }

  /** A sentence end inside a quotation or bracket ends a scope; so does the quotation's end. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "He said: \"We will not go. The talks are over.\" Then he left. | not | go",
    "“The talks are over. We will never go back,” the envoy said. | never | go back",
    "She said: \"They did not fire! They ran away.\" | not | fire",
    "\"Did they not see it? Everyone did,\" he asked. | not | see it",
    "The envoy said: \"We may not sign… The text is not ready.\" | may | not sign",
    "The unit (the soldier never returned. His post was empty.) was disbanded. | never"
        + " | returned",
    "\"We could win. The rest is noise,\" she said. | could | win",
    "He said \"we will not go\" and left the room. | not | go",
    // no sentence ends at an abbreviation or before a lower-case word
    "He said: \"We did not meet Mr. Kim in the U.S. capital.\" | not"
        + " | meet Mr. Kim in the U.S. capital",
    "He said: \"We will not stop at 5 p.m. on Friday.\" | not | stop at 5 p.m. on Friday",
  })
  void scopeEndsAtASentenceEndInsideAQuotation(String text, String cue, String scope) {
    PolarityFacet f = facetOf(text, cue);
    assertThat(f.scope().text()).isEqualTo(scope);
    assertThat(f.scope().start()).isEqualTo(text.indexOf(scope, f.span().end()));
  }

  /** Negations that still deny, with their exact cue and scope. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "No one was injured. | No one | was injured",
    "No-one was hurt. | No-one | was hurt",
    "He is not a candidate. | not | a candidate",
    "She never visited the border. | never | visited the border",
    "He is no longer a member. | no longer | a member",
    "The firm no longer exists. | no longer | exists",
    // a contrast word right after the cue does not end its scope (it did, scope "not")
    "They have not yet decided. | not | yet decided",
    "Nobody cares. | Nobody | cares",
    "Not everyone agrees. | Not | everyone agrees",
    "No soldier swam across. | No | soldier swam across",
    "Nobody died. | Nobody | died",
    "Nothing's changed. | Nothing | changed",
    "Nobody's perfect. | Nobody | perfect",
    "Not until Friday did the ministry confirm it. | Not"
        + " | until Friday did the ministry confirm it",
    "Never has the border been so quiet. | Never | has the border been so quiet",
    "\"No, we will not resign,\" she said. | not | resign",
    // a quotation woven into the writer's sentence bounds nothing
    "He said the troops \"did not fire\" at the crowd. | not | fire\" at the crowd",
    "Officials said there was “no evidence” of a crossing. | no | evidence” of a crossing",
    "He said the army would \"not tolerate\" a crossing. | not | tolerate\" a crossing",
    "\"Not me. Nobody did,\" he said. | Nobody | did",
    "Not one soldier returns fire. | Not | one soldier returns fire",
    "After the vote, no decision was made. | no | decision was made",
    "He gave her no choice. | no | choice",
    "He found nothing, but the search went on. | nothing | nothing",
    "The talks ended without agreement. | without | agreement",
    "He didn't. | didn't | didn't",
    "The cease-fire did not hold. | not | hold",
    // after a comma or "but", "no" and the pronouns go on with a list or an ellipsis
    "We had water, but no food. | no | food",
    "The room had beds, no blankets. | no | blankets",
    "Unfortunately, there is no 3G coverage. | no | 3G coverage",
    // a subject and its verb parted by an aside
    "Nobody, not even the guards, saw him. | Nobody | Nobody",
    "No one, including the driver, was hurt. | No one | No one",
    "None of the teams — the Red Sox among them — made an offer. | None | of the teams",
    "Neither man, both aged 30, was armed. | Neither | man",
    "No injuries, police said, were reported. | No | injuries",
  })
  void stillDenies(String text, String cue, String scope) {
    List<PolarityFacet> negations = extract(text).stream()
        .filter(f -> f.kind() == Kind.NEGATION).toList();
    assertThat(negations).as(negations.toString()).hasSize(1);
    PolarityFacet f = negations.get(0);
    assertThat(f.span().text()).isEqualTo(cue);
    assertThat(f.span().start()).isEqualTo(text.indexOf(cue));
    assertThat(f.scope().text()).isEqualTo(scope);
    if (!scope.equals(cue)) {
      assertThat(f.scope().start()).isEqualTo(text.indexOf(scope, f.span().end()));
    }
  }

  /** "No" as a noun, a vote or an answer, quoted or not, denies nothing. */
  @ParameterizedTest
  @ValueSource(strings = {
    "The lone \"no\" vote came from Ohio.",
    "The lone 'no' vote came from Ohio.",
    "Campaigners urged a “no” vote in the referendum.",
    "She voted no on the bill.",
    "Voters said no to the tax.",
    "Voters said no, and the bill failed.",
    "Voters said no but the bill passed anyway.",
    "It was a no vote, and a firm no at that.",
    "The no side won by a wide margin.",
    "The answer was no.",
    "Asked whether he would resign, he said: \"No.\"",
    "Asked whether he would resign, he said \"no.\"",
    "\"No,\" the minister said.",
    "It was a question of yes or no.",
  })
  void aMentionedOrAnsweringNoDeniesNothing(String text) {
    assertThat(extract(text)).noneMatch(f -> f.kind() == Kind.NEGATION);
  }

  /** A negation whose clause holds no verb denies nothing. */
  @ParameterizedTest
  @ValueSource(strings = {
    "Not a candidate.",
    "No comment.",
    "Not yet.",
    "Never again.",
    "Not in years.",
    "No further questions, he said.",
    "No easy answers.",
    "No comment, the spokesman said.",
    "\"No comment,\" the spokesman said.",
    "Asked about the talks, she said: \"Not yet.\"",
    "\"Absolutely not,\" he said.",
    "Certainly not, she said.",
    "Officials, not the army, decided.",
    "He blamed the army, not the police.",
    "The army fired, but not the police.",
    "Without warning, troops opened fire.",
    "Asked about the talks, she said \"not yet.\"",
  })
  void aVerblessFragmentDeniesNothing(String text) {
    assertThat(extract(text)).noneMatch(f -> f.kind() == Kind.NEGATION);
  }

  /** Idioms and compounds that hold a negation word but deny nothing. */
  @ParameterizedTest
  @ValueSource(strings = {
    "The non-profit group nonetheless paid the fines.",
    "It was nothing but a rumour.",
    "Nobody but the guards saw him.",
    "Many were hurt, not least the guards.",
    "There is no doubt the army crossed.",
    "He will no doubt appeal.",
    "The group would not only help the families but also pay.",
    "No less than 30 people were hurt.",
    "The letter came from none other than the president.",
    "No wonder he fled.",
    "He is without doubt the best.",
    "Never mind the cost, the army went ahead.",
    "He went to No. 10 on Monday.",
    "The No. 2 official resigned.",
    "The no-fly zone held.",
    "A not-for-profit group paid.",
    "It was a never-ending saga.",
    "It was a yes-or-no question.",
    "The patrol entered no man's land at dawn.",
  })
  void anIdiomOrCompoundDeniesNothing(String text) {
    assertThat(extract(text)).noneMatch(f -> f.kind() == Kind.NEGATION);
  }

  /** The stance of each claim of a text, as {@code STANCE claim text}. */
  private static List<String> stances(String text) {
    AnalyzedText t = ANALYZER.analyze(text);
    FactReader.Reading r = FactReader.english(ANALYZER).read("a", t, Optional.empty());
    Spans spans = new Spans("a", t);
    return r.claims().stream()
        .map(c -> new Claim(spans.of(c.span().start(), c.span().end()), c.sentence(),
            r.facetsOf(c)))
        .map(c -> c.stance() + " " + c.text()).toList();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Asked about a second term, he said: \"No.\" | ASSERTED",
    "Asked whether he would resign, he said: \"No.\" | HEDGED",
    "Asked about the talks, the spokesman said: \"No comment.\" | ASSERTED",
    "The lone \"no\" vote came from Ohio. | ASSERTED",
    "She voted no on the bill. | ASSERTED",
    "It was nothing but a rumour. | ASSERTED",
    "Not a candidate. | ASSERTED",
    "No one was injured. | DENIED",
    "The army did not confirm his rank. | DENIED",
  })
  void theReportersClaimIsNotDeniedByAFragmentOrAMention(String text, Stance stance) {
    assertThat(stances(text)).containsExactly(stance + " " + text);
  }

  @Test
  void thePackVerifiesAndIsBundled() {
    RulePack pack = RulePack.fromClasspath("/dev/parallax/facts/en/polarity.rules");
    assertThat(pack.verify()).isEmpty();
    assertThat(pack.id()).isEqualTo("polarity-en");
    assertThat(pack.license()).isEqualTo("Apache-2.0");
    assertThat(FactCues.englishPacks()).extracting(RulePack::id).contains("polarity-en");
  }
}
