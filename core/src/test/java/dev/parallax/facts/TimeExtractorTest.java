package dev.parallax.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.TimeFacet;
import dev.parallax.rules.RulePack;
import dev.parallax.text.AnalyzedText;
import dev.parallax.text.TextAnalyzer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Time expressions: spans, types and TIMEX3 values, with and without a publication date. */
class TimeExtractorTest {
  private static final TextAnalyzer ANALYZER = TextAnalyzer.english();
  private static final FactCues CUES = new FactCues(FactCues.englishPacks(), ANALYZER);
  private static final TimeExtractor EXTRACTOR = new TimeExtractor();

  /** One expected expression: its text, its first char, type, value, and interval bounds. */
  record Expected(String text, int start, String type, String value, String from, String to) {
    @Override
    public String toString() {
      return "\"" + text + "\"@" + start + " " + type + " " + value
          + (from == null ? "" : " from " + from) + (to == null ? "" : " to " + to);
    }
  }

  /** One example: a sentence, its publication date (or null) and what it must yield. */
  record Case(String text, String published, List<Expected> expected) {
    @Override
    public String toString() {
      return (published == null ? "[no date] " : "[" + published + "] ") + text;
    }
  }

  static Expected t(String text, int start, String type, String value, String from, String to) {
    return new Expected(text, start, type, value, from, to);
  }

  static Case row(String text, String published, Expected... expected) {
    return new Case(text, published, List.of(expected));
  }

  static Stream<Case> cases() {
    return Stream.of(
    row("It would mark the first known defection since a staff sergeant defected over the eastern part of the border in August 2024.", "2025-10-20",
        t("August 2024", 111, "DATE", "2024-08", null, null)),
    row("Never before have so many North Koreans defected, with the number of defectors outpacing the end of the Korean War in 1953.", "2025-10-20",
        t("1953", 118, "DATE", "1953", null, null)),
    row("These courageous souls have taken journeys like this to South Korea in the past decades.", "2025-10-20",
        t("the past decades", 71, "DURATION", "PXDE", null, null)),
    row("Until very recently, this has been the only path available for most North Koreans daring enough to flee their homeland.", "2025-10-20",
        t("very recently", 6, "DATE", "PAST_REF", null, "PAST_REF")),
    row("Today, millions of North Koreans are suffering from extreme hunger.", "2025-10-20",
        t("Today", 0, "DATE", "2025-10-20", null, null)),
    row("On Sunday, a North Korean soldier risked his life to defect across one of the world\u2019s most dangerous borders.", "2025-10-20",
        t("Sunday", 3, "DATE", "2025-10-19", null, null)),
    row("When soldiers have defected here before, such as in 2017 when a North Korean soldier was shot multiple times, it sparked tense military exchanges.", "2025-10-20",
        t("2017", 52, "DATE", "2017", null, null)),
    row("Despite these risks, this defection marks only the second known case via direct land crossing this year\u2014the first occurred last August in the eastern section.", "2025-10-20",
        t("this year", 94, "DATE", "2025", null, null),
        t("last August", 123, "DATE", "2025-08", null, null)),
    row("The ministry said on Monday that the soldier was in custody.", "2025-10-20",
        t("Monday", 21, "DATE", "2025-10-20", null, null)),
    row("Officials will meet again next Sunday.", "2025-10-20",
        t("next Sunday", 26, "DATE", "2025-10-26", null, null)),
    row("Defections have risen since August 2024, officials said.", "2025-10-20",
        t("August 2024", 28, "DATE", "2024-08", "2024-08", null)),
    // "since" a few words before the preposition of an event: the stretch began with it
    row("The fund has paid out $3.6 billion since its creation in 2012.", "2025-10-20",
        t("2012", 57, "DATE", "2012", "2012", null)),
    row("He has vetoed two bills since taking office in 2022.", "2025-10-20",
        t("2022", 47, "DATE", "2022", "2022", null)),
    row("Violence has grown since it was founded in 1998.", "2025-10-20",
        t("1998", 43, "DATE", "1998", "1998", null)),
    row("Since then, the company, founded in 1998, has grown.", "2025-10-20",
        t("1998", 36, "DATE", "1998", null, null)),
    row("The talks are set for Oct. 19 in Seoul.", "2025-10-20",
        t("Oct. 19", 22, "DATE", "2025-10-19", null, null)),
    row("The agreement was signed on October 19, 2025, in Panmunjom.", "2025-10-20",
        t("October 19, 2025", 28, "DATE", "2025-10-19", null, null)),
    row("Voters went to the polls on 19 October under heavy rain.", "2025-10-20",
        t("19 October", 28, "DATE", "2025-10-19", null, null)),
    row("The report, dated 2025-10-19, was released by the ministry.", "2025-10-20",
        t("2025-10-19", 18, "DATE", "2025-10-19", null, null)),
    row("The soldier crossed yesterday, was questioned today and will be moved tomorrow.", "2025-10-20",
        t("yesterday", 20, "DATE", "2025-10-19", null, null),
        t("today", 46, "DATE", "2025-10-20", null, null),
        t("tomorrow", 70, "DATE", "2025-10-21", null, null)),
    row("Artillery fire was reported last week near the border.", "2025-10-20",
        t("last week", 28, "DATE", "2025-W42", null, null)),
    row("A similar crossing took place two years ago.", "2025-10-20",
        t("two years ago", 30, "DATE", "2023", null, null)),
    row("The interrogation lasted three days.", "2025-10-20",
        t("three days", 25, "DURATION", "P3D", null, null)),
    row("Inspectors visit the guard posts every week.", "2025-10-20",
        t("every week", 33, "SET", "P1W", null, null)),
    row("Hundreds fled across the river in the 1990s.", "2025-10-20",
        t("the 1990s", 34, "DATE", "199X", null, null)),
    row("Shelling resumed in the morning.", "2025-10-20",
        t("the morning", 20, "TIME", "2025-10-20TMO", null, null)),
    row("Food prices are now far higher, and the regime currently bans private markets.", "2025-10-20",
        t("now", 16, "DATE", "PRESENT_REF", null, null),
        t("currently", 47, "DATE", "PRESENT_REF", null, null)),
    row("Relations between the two Koreas have recently worsened.", "2025-10-20",
        t("recently", 38, "DATE", "PAST_REF", null, null)),
    row("No talks are planned for the future.", "2025-10-20",
        t("the future", 25, "DATE", "FUTURE_REF", null, null)),
    row("The guards opened fire at 3 p.m. local time.", "2025-10-20",
        t("3 p.m.", 26, "TIME", "2025-10-20T15:00", null, null)),
    // tokenised text spaces "a. m."; British papers put a point between hours and minutes
    row("The gunman opened fire about 10 a. m. near the office.", "2025-10-20",
        t("10 a. m.", 29, "TIME", "2025-10-20T10:00", null, null)),
    row("The shells hit the school at 3.45pm, officials said.", "2025-10-20",
        t("3.45pm", 29, "TIME", "2025-10-20T15:45", null, null)),
    row("The soldier crossed on Sunday at 3 p.m. and surrendered.", "2025-10-20",
        t("Sunday at 3 p.m.", 23, "TIME", "2025-10-19T15:00", null, null)),
    row("The court ruled on May 3 that the law was valid.", "2025-10-20",
        t("May 3", 19, "DATE", "2025-05-03", null, null)),
    row("Protesters may march on Friday.", "2025-10-20",
        t("Friday", 24, "DATE", "2025-10-24", null, null)),
    row("The summit will take place on Friday.", "2025-10-20",
        t("Friday", 30, "DATE", "2025-10-24", null, null)),
    row("Exports fell in the first quarter of 2024 and rose last month.", "2025-10-20",
        t("the first quarter of 2024", 16, "DATE", "2024-Q1", null, null),
        t("last month", 51, "DATE", "2025-09", null, null)),
    row("The border has been closed for 18 months, and the 12-year ban remains.", "2025-10-20",
        t("18 months", 31, "DURATION", "P18M", null, null),
        t("12-year", 50, "DURATION", "P12Y", null, null)),
    row("Aid has been cut since early 2024 and markets stayed shut until Friday.", "2025-10-20",
        t("early 2024", 23, "DATE", "2024", "2024", null),
        t("Friday", 64, "DATE", "2025-10-17", null, "2025-10-17")),
    row("The plant hired 2000 workers.", "2025-10-20"),
    row("He ran for 1098 yards, and in 2005 voters approved the bond.", null,
        t("2005", 30, "DATE", "2005", null, null)),
    row("He scored with 7:41 to go and 6:00 minutes left in the half; it began at 7:41 p.m.", null,
        t("7:41 p.m.", 73, "TIME", "T19:41", null, null)),
    row("He was stopped at the 2:15 mark, at 2:56 of the sixth and 0:30 into the round.", null),
    row("He was held at half past eight and freed at a quarter to ten.", null,
        t("half past eight", 15, "TIME", "T08:30", null, null),
        t("a quarter to ten", 44, "TIME", "T09:45", null, null)),
    row("They met at ten past six p.m.; two past winners spoke for half of the eight hours.", null,
        t("ten past six p.m.", 12, "TIME", "T18:10", null, null),
        t("eight hours", 70, "DURATION", "PT8H", null, null)),
    // a part of the day after a clock time with minutes or "o'clock" is its half of the day
    row("The meeting began at 10:30 in the morning.", null,
        t("10:30 in the morning", 21, "TIME", "T10:30", null, null)),
    row("The pile-up happened at 4:20 in the afternoon; the vigil began at nine o'clock in the"
        + " evening.", null,
        t("4:20 in the afternoon", 24, "TIME", "T16:20", null, null),
        t("nine o'clock in the evening", 66, "TIME", "T21:00", null, null)),
    // hours, minutes and seconds: a race or elapsed time unless "a.m." or a zone makes a clock
    row("Tuwei ran 2:05:31, and the blast came at 10:41:03 a.m. and 14:05:31 GMT.", null,
        t("2:05:31", 10, "DURATION", "PT2H5M31S", null, null),
        t("10:41:03 a.m.", 41, "TIME", "T10:41:03", null, null),
        t("14:05:31 GMT", 59, "TIME", "T14:05:31Z", null, null)),
    // lengths of falling units, joined by "and", a comma or nothing, are one length
    row("He finished in 2 hours, 5 minutes and 31 seconds; the swim took 7 hours 48 minutes, and"
        + " the review five minutes, two hours.", null,
        t("2 hours, 5 minutes and 31 seconds", 15, "DURATION", "PT2H5M31S", null, null),
        t("7 hours 48 minutes", 64, "DURATION", "PT7H48M", null, null),
        t("five minutes", 99, "DURATION", "PT5M", null, null),
        t("two hours", 113, "DURATION", "PT2H", null, null)),
    row("He was arrested at half past eight in the morning.", null,
        t("half past eight in the morning", 19, "TIME", "T08:30", null, null)),
    // a bare hour after a preposition of time takes the part of the day after it; minutes "to"
    // an hour need "minutes", a part of the day or such a preposition
    row("Crews walked out at six in the morning and the verdict came just after 3 in the"
        + " afternoon.", null,
        t("six in the morning", 20, "TIME", "T06:00", null, null),
        t("3 in the afternoon", 71, "TIME", "T15:00", null, null)),
    row("The roof came down at ten minutes to nine; the slide hit at roughly twenty to two in the"
        + " morning.", null,
        t("ten minutes to nine", 22, "TIME", "T08:50", null, null),
        t("twenty to two in the morning", 68, "TIME", "T01:40", null, null)),
    // a number a currency sign opens is a price, whatever unit of time follows it
    row("Visitors will get refunds of the $69 day ticket, and staff earn a $5 hour bonus.", null),
    // a night after a clock time gives the evening to five to eleven, the small hours to twelve
    // to four; "that morning" and "that afternoon" say their half of the day
    row("The road reopened at twenty to ten that night; the shop shut at two that night.", null,
        t("twenty to ten that night", 21, "TIME", "T21:40", null, null),
        t("two that night", 64, "TIME", "T02:00", null, null)),
    row("Inspectors began at half past ten that morning and stopped at ten to five that afternoon.", null,
        t("half past ten that morning", 20, "TIME", "T10:30", null, null),
        t("ten to five that afternoon", 62, "TIME", "T16:50", null, null)),
    // an afternoon or evening after the day of a clock time is its half of the day
    row("The statement came at a quarter past two on Sunday afternoon.", "2025-11-09",
        t("a quarter past two on Sunday afternoon", 22, "TIME", "2025-11-09T14:15", null, null)),
    row("It came at 8:15 on Friday evening, not at 9:30 on Sunday morning.", "2025-11-09",
        t("8:15 on Friday evening", 11, "TIME", "2025-11-07T20:15", null, null),
        t("9:30 on Sunday", 42, "TIME", "2025-11-09T09:30", null, null)),
    // hours "to" a clock time are a length up to it
    row("Rain fell in the 24 hours to 6 a.m. on Wednesday.", null,
        t("24 hours", 17, "DURATION", "PT24H", null, null),
        t("6 a.m.", 29, "TIME", "T06:00", null, null),
        t("Wednesday", 39, "DATE", "XXXX-WXX-3", null, null)),
    // not a count in a morning attack, a tally, or a morning session
    row("Gunmen killed three in the morning attack; the vote was ten to nine.", null,
        t("the morning", 23, "TIME", "XXXX-XX-XXTMO", null, null)),
    row("The council voted ten to nine in the evening session.", null,
        t("the evening", 33, "TIME", "XXXX-XX-XXTEV", null, null)),
    row("An august institution was criticised.", "2025-10-20"),
    row("On Sunday, a North Korean soldier defected.", null,
        t("Sunday", 3, "DATE", "XXXX-WXX-7", null, null)),
    // after "a", a weekday with no noun after it is any such day, or a date's weekday beside it;
    // "a Friday deadline" is this week's
    row("The recount ends Dec. 8, a Friday; meetings fall on a Monday.", "2023-11-17",
        t("Dec. 8", 17, "DATE", "2023-12-08", null, null),
        t("Friday", 27, "DATE", "XXXX-WXX-5", null, null),
        t("Monday", 54, "DATE", "XXXX-WXX-1", null, null)),
    row("He faces a Friday deadline.", "2023-11-17",
        t("Friday", 11, "DATE", "2023-11-17", null, null)),
    row("The first occurred last August, and this year there were two.", null,
        t("last August", 19, "DATE", "XXXX-08", null, null),
        t("this year", 36, "DATE", "XXXX", null, null)),
    row("Prices rose in August and fell last week.", null,
        t("August", 15, "DATE", "XXXX-08", null, null),
        t("last week", 31, "DATE", "XXXX-WXX", null, null)),
    row("The soldier crossed yesterday at 3 p.m.", null,
        t("yesterday at 3 p.m.", 20, "TIME", "XXXX-XX-XXT15:00", null, null)),
    row("The guards opened fire at 3 p.m.", null,
        t("3 p.m.", 26, "TIME", "T15:00", null, null)),
    row("The talks are set for Oct. 19, and the deal was signed on October 19, 2025.", null,
        t("Oct. 19", 22, "DATE", "XXXX-10-19", null, null),
        t("October 19, 2025", 58, "DATE", "2025-10-19", null, null)),
    row("Defections have risen since August 2024 and peaked in 1953 and in the 1990s.", null,
        t("August 2024", 28, "DATE", "2024-08", "2024-08", null),
        t("1953", 54, "DATE", "1953", null, null),
        t("the 1990s", 66, "DATE", "199X", null, null)),
    row("A similar crossing took place two years ago and lasted three days.", null,
        t("two years ago", 30, "DATE", "XXXX", null, null),
        t("three days", 55, "DURATION", "P3D", null, null)),
    row("Prices are now higher than in the past decades.", null,
        t("now", 11, "DATE", "PRESENT_REF", null, null),
        t("the past decades", 30, "DURATION", "PXDE", null, null)),
    // months that are also names or a modal: a month alone only after a preposition
    row("Theresa May spoke to Mrs. May and June Carter.", "2026-03-04"),
    row("Legislators May Clarify Rules", "2026-03-04"),
    row("Prices rose in May and fell since June.", "2026-03-04",
        t("May", 15, "DATE", "2025-05", null, null),
        t("June", 34, "DATE", "2025-06", "2025-06", null)),
    row("Prices rose in May and June.", "2026-03-04",
        t("May", 15, "DATE", "2025-05", null, null),
        t("June", 23, "DATE", "2025-06", null, null)),
    // a month and day without a year: the past tense dates it on or before publication, a plan
    // on or after it, the nearest verb form deciding; a participle after "be" is passed over
    row("The flood peaked on March 3.", "2026-03-01",
        t("March 3", 20, "DATE", "2025-03-03", null, null)),
    row("The vote is on March 3.", "2026-03-01",
        t("March 3", 15, "DATE", "2026-03-03", null, null)),
    row("Talks broke down on March 10.", "2026-03-04",
        t("March 10", 20, "DATE", "2025-03-10", null, null)),
    row("Apple announced today an event to be held on March 12.", "2026-03-04",
        t("today", 16, "DATE", "2026-03-04", null, null),
        t("March 12", 45, "DATE", "2026-03-12", null, null)),
    row("He added that the deal may be signed on February 20.", "2026-03-04",
        t("February 20", 40, "DATE", "2027-02-20", null, null)),
    // a quarter without a year is the one nearest publication unless the tense says otherwise;
    // "until" a weekday reads forward unless a past tense closes the stretch
    row("Ten plants close during the fourth quarter.", "2006-08-19",
        t("the fourth quarter", 24, "DATE", "2006-Q4", null, null)),
    row("Profit fell in the fourth quarter.", "2007-01-18",
        t("the fourth quarter", 15, "DATE", "2006-Q4", null, null)),
    // money told of a quarter, far from its verb, is a result of the last such quarter
    row("It posted a net loss of $87 million for the first quarter.", "2025-10-20",
        t("the first quarter", 40, "DATE", "2025-Q1", null, null)),
    row("Markets remain closed until Friday.", "2008-09-18",
        t("Friday", 28, "DATE", "2008-09-19", null, "2008-09-19")),
    row("Markets stayed shut until Friday.", "2008-09-18",
        t("Friday", 26, "DATE", "2008-09-12", null, "2008-09-12")),
    // a verb of setting, its object and "for": the date set lies ahead, whatever the tense
    row("The mediator has called a new meeting for Monday.", "2008-09-18",
        t("Monday", 42, "DATE", "2008-09-22", null, null)),
    row("Police were called to the house on Monday.", "2008-09-18",
        t("Monday", 35, "DATE", "2008-09-15", null, null)),
    // a clock time and "on" before the weekday leave the stretch its direction
    row("The alert remains in effect until noon on Friday.", "2008-09-18",
        t("noon on Friday", 34, "TIME", "2008-09-19T12:00", null, "2008-09-19T12:00")),
    row("GM wants to cut 789 dealers by early June.", "2009-05-14",
        t("early June", 31, "DATE", "2009-06", null, null)),
    // a future word governs its clause; a base form after "to" or a modal tells no past
    row("GM will eliminate 789, or about a quarter, of its 3,200 dealers by early June.",
        "2009-05-14", t("early June", 67, "DATE", "2009-06", null, null)),
    row("He will testify about what happened on Friday.", "2009-05-14",
        t("Friday", 39, "DATE", "2009-05-08", null, null)),
    // a product name is no decade; "single" counts one unit; a range shares its unit
    row("Qatar has ordered two A380's.", "2009-01-10"),
    row("It was the worst single-day decline.", "2009-02-24",
        t("single-day", 17, "DURATION", "P1D", null, null)),
    row("It would take between 60 and 90 days.", "2009-02-24",
        t("60", 22, "DURATION", "P60D", null, null),
        t("90 days", 29, "DURATION", "P90D", null, null)),
    // the same period a year back, after the period a report is about
    row("Sales rose 43% in February compared to the same period last year.", "2010-03-03",
        t("February", 18, "DATE", "2010-02", null, null),
        t("the same period last year", 39, "DATE", "2009-02", null, null)),
    row("Profit rose in the third quarter. In the same period a year earlier, it lost money.",
        "2009-10-16",
        t("the third quarter", 15, "DATE", "2009-Q3", null, null),
        t("the same period a year earlier", 37, "DATE", "2008-Q3", null, null)),
    row("Sales fell against the same period last year.", "2010-03-03",
        t("last year", 35, "DATE", "2009", null, null)),
    // "the day" a market report ends is the day it names, not one set against another event
    row("The Dow fell 251 points on Monday to end the day at 7,114.", "2009-02-24",
        t("Monday", 27, "DATE", "2009-02-23", null, null),
        t("the day", 41, "DATE", "2009-02-23", null, null)),
    row("He recalled the day after the vote.", "2009-02-24"),
    row("She remembers the day he died and the year it closed.", "2009-02-24"),
    // recent and coming stretches are TIMEX3 references, not lengths of time
    row("Prices rose in recent days and will rise in the coming months.", "2025-10-20",
        t("recent days", 15, "DATE", "PAST_REF", null, null),
        t("the coming months", 44, "DATE", "FUTURE_REF", null, null)),
    row("The upcoming week is busy, as the past decades were.", "2025-10-20",
        t("The upcoming week", 0, "DATE", "2025-W44", null, null),
        t("the past decades", 30, "DURATION", "PXDE", null, null)),
    // "the year": the year of the period last named, else of publication
    row("The plant will close by the end of the year.", "2025-10-20",
        t("the end of the year", 24, "DATE", "2025", null, null)),
    row("GM lost $4.8 billion in the fourth quarter of 2005 and more for the entire year.",
        "2006-01-27",
        t("the fourth quarter of 2005", 24, "DATE", "2005-Q4", null, null),
        t("the entire year", 64, "DATE", "2005", null, null)),
    row("In the year 2000 he said the year ahead looked bright.", "2025-10-20",
        t("2000", 12, "DATE", "2000", null, null)),
    // fiscal years and halves of a named year; the first half of a game is no date
    row("Fiscal 2025 follows the fiscal year 2024; FY2026 and FY 2027 will be harder.",
        "2025-10-20",
        t("Fiscal 2025", 0, "DATE", "FY2025", null, null),
        t("fiscal year 2024", 24, "DATE", "FY2024", null, null),
        t("FY2026", 42, "DATE", "FY2026", null, null),
        t("FY 2027", 53, "DATE", "FY2027", null, null)),
    row("It should close in the first half of 2026 or the second half of next year.",
        "2025-10-20",
        t("the first half of 2026", 19, "DATE", "2026-H1", null, null),
        t("the second half of next year", 45, "DATE", "2026-H2", null, null)),
    row("He scored twice in the first half.", "2025-10-20"),
    row("Revenue rose in the first half of the year.", "2025-10-20",
        t("the first half of the year", 16, "DATE", "2025-H1", null, null)),
    // an earnings report: "a year earlier" and "a year ago" are the period it reports, a year
    // back; a quarter without a year is of the quarter named before; alone they stay as they were
    row("Net income rose 12 percent in the third quarter from a year earlier.", "2026-01-28",
        t("the third quarter", 30, "DATE", "2025-Q3", null, null),
        t("a year earlier", 53, "DATE", "2024-Q3", null, null)),
    row("Revenue in the fourth quarter fell 3 percent from a year ago.", "2026-01-28",
        t("the fourth quarter", 11, "DATE", "2025-Q4", null, null),
        t("a year ago", 50, "DATE", "2024-Q4", null, null)),
    row("Ford earned $2.7 billion in the fourth quarter of 2009. In the third quarter it lost"
        + " money, against a profit two years earlier.", "2026-01-28",
        t("the fourth quarter of 2009", 28, "DATE", "2009-Q4", null, null),
        t("the third quarter", 59, "DATE", "2009-Q3", null, null),
        t("two years earlier", 109, "DATE", "2007-Q3", null, null)),
    row("He moved to Paris a year ago.", "2026-01-28",
        t("a year ago", 18, "DATE", "2025", null, null)),
    row("A year earlier, he had moved to Paris.", "2026-01-28",
        t("A year", 0, "DURATION", "P1Y", null, null)),
    row("A decision is expected by June.", "2026-03-04",
        t("June", 26, "DATE", "2026-06", null, null)),
    // a vague length of time after a limiter; a century
    row("The index fell 100 points in just minutes.", "2026-03-04",
        t("minutes", 34, "DURATION", "PTXM", null, null)),
    row("The talks lasted hours and took days to plan.", "2026-03-04",
        t("hours", 17, "DURATION", "PTXH", null, null),
        t("days", 32, "DURATION", "PXD", null, null)),
    row("It took minutes to clear the road, then days of repairs.", "2026-03-04",
        t("minutes", 8, "DURATION", "PTXM", null, null),
        t("days", 40, "DURATION", "PXD", null, null)),
    row("Months of talks failed.", "2026-03-04",
        t("Months", 0, "DURATION", "PXM", null, null)),
    // a weekday's short form inside a name; a number before "x" and a number is a size
    row("The Vancouver Sun reported it, and The Sun said so on Sun, 12 May 2013.", "2026-03-04",
        t("Sun, 12 May 2013", 54, "DATE", "2013-05-12", null, null)),
    row("The screen shows 1680 x 1050 pixels, as in 2009.", "2026-03-04",
        t("2009", 43, "DATE", "2009", null, null)),
    // a recurrence word written with a capital inside a sentence is part of a name
    row("Her rep told Us Weekly and the Daily Mail about the daily visits.", "2026-03-04",
        t("daily", 52, "SET", "P1D", null, null)),
    row("Weekly sales rose.", "2026-03-04",
        t("Weekly", 0, "SET", "P1W", null, null)),
    // a plural unit joined to "long" or "old" is a vague length; the article goes with the noun
    row("It ended a decades-long feud and a weeks-old truce.", "2026-03-04",
        t("decades-long", 11, "DURATION", "PXDE", null, null),
        t("weeks-old", 35, "DURATION", "PXW", null, null)),
    row("It ended a decade-long feud.", "2026-03-04",
        t("a decade", 9, "DURATION", "P10Y", null, null)),
    // a share of a unit: before it, after the count, after the unit
    row("For half a century the plant ran, a quarter century of it at a loss.", "2026-03-04",
        t("half a century", 4, "DURATION", "P50Y", null, null),
        t("a quarter century", 34, "DURATION", "P25Y", null, null)),
    row("It took two and a half years and an hour and a half.", "2026-03-04",
        t("two and a half years", 8, "DURATION", "P2.5Y", null, null),
        t("an hour and a half", 33, "DURATION", "PT1.5H", null, null)),
    row("He has half a mind to quit in a quarter.", "2026-03-04"),
    row("He was 15 years of age.", "2026-03-04",
        t("15 years", 7, "DURATION", "P15Y", null, null)),
    row("The mill was built in the 19th century.", "2026-03-04",
        t("the 19th century", 22, "DATE", "18", null, null)),
    // quarters as a fraction are no time; consecutive quarters are
    row("Three quarters of the staff left.", "2026-03-04"),
    row("The economy shrank for two consecutive quarters of the year.", "2026-03-04",
        t("two consecutive quarters", 23, "DURATION", "P2Q", null, null),
        t("the year", 51, "DATE", "2026", null, null)));
  }

  static List<TimeFacet> extract(String text, String published) {
    AnalyzedText analyzed = ANALYZER.analyze(text);
    return EXTRACTOR.extract(new Spans("t", analyzed), CUES.find(analyzed),
        Optional.ofNullable(published).map(LocalDate::parse));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void findsAndNormalises(Case c) {
    List<Expected> got = new ArrayList<>();
    for (TimeFacet f : extract(c.text(), c.published())) {
      assertThat(f.span().text()).isEqualTo(c.text().substring(f.span().start(), f.span().end()));
      got.add(new Expected(f.span().text(), f.span().start(), f.type().name(), f.value(),
          f.from().orElse(null), f.to().orElse(null)));
    }
    assertThat(got).containsExactlyElementsOf(c.expected());
  }

  @Test
  void thePackKeepsItsExamples() {
    assertThat(RulePack.fromClasspath("/dev/parallax/facts/en/time.rules").verify()).isEmpty();
  }

  @Test
  void spansIndexTheOriginalTextAcrossSentencesAndSurrogates() {
    String text = "\uD83D\uDE00 Talks ended on Sunday.\r\nThey resume next week.";
    List<TimeFacet> found = extract(text, "2025-10-20");
    assertThat(found).extracting(f -> f.span().text()).containsExactly("Sunday", "next week");
    assertThat(found).extracting(f -> f.span().start())
        .containsExactly(text.indexOf("Sunday"), text.indexOf("next week"));
    assertThat(found.get(1).span().line()).isEqualTo(2);
  }

  @Test
  void aClockTimeTakesTheDayNamedInAnEarlierSentence() {
    List<TimeFacet> found =
        extract("The jet made its first flight on Tuesday. It landed at 18:00 UTC.", "2009-12-16");
    assertThat(found).extracting(TimeFacet::value)
        .containsExactly("2009-12-15", "2009-12-15T18:00Z");
  }

  @Test
  void aLongTextGivesSixExpressionsInEachSentence() {
    String sentence = "On Sunday, last week, in August 2024 and every year since 1953, "
        + "the the the a a a last last next 3 3 3 p.m. ";
    AnalyzedText analyzed = ANALYZER.analyze(sentence.repeat(2000)); // 50,000 words
    CueHits hits = CUES.find(analyzed);
    Optional<LocalDate> published = Optional.of(LocalDate.of(2025, 10, 20));
    List<TimeFacet> found = EXTRACTOR.extract(new Spans("t", analyzed), hits, published);
    List<Expected> each = List.of(
        t("Sunday", sentence.indexOf("Sunday"), "DATE", "2025-10-19", null, null),
        t("last week", sentence.indexOf("last week"), "DATE", "2025-W42", null, null),
        t("August 2024", sentence.indexOf("August 2024"), "DATE", "2024-08", null, null),
        t("every year", sentence.indexOf("every year"), "SET", "P1Y", null, null),
        t("1953", sentence.indexOf("1953"), "DATE", "1953", "1953", null),
        t("3 p.m.", sentence.indexOf("3 p.m."), "TIME", "2025-10-19T15:00", null, null));
    assertThat(found).hasSize(2000 * each.size());
    for (int i = 0; i < found.size(); i++) {
      TimeFacet f = found.get(i);
      Expected e = each.get(i % each.size());
      assertThat(f.span().text()).as("expression %d", i).isEqualTo(e.text());
      assertThat(f.span().start()).as("expression %d", i)
          .isEqualTo(i / each.size() * sentence.length() + e.start());
      assertThat(f.type().name()).as("expression %d", i).isEqualTo(e.type());
      assertThat(f.value()).as("expression %d", i).isEqualTo(e.value());
      assertThat(f.from()).isEqualTo(Optional.ofNullable(e.from()));
      assertThat(f.to()).isEqualTo(Optional.ofNullable(e.to()));
    }
  }

  @Test
  void printsReadably() {
    TimeFacet f = extract("Since August 2024, prices rose.", "2025-10-20").get(0);
    assertThat(f.toString()).contains("DATE 2024-08 from 2024-08").contains("August 2024");
    assertThat(EXTRACTOR.toString()).startsWith("TimeExtractor");
  }
}
