package dev.parallax.facts;

/**
 * One sentence as the time grammar reads it: its words {@code [from, to)} with their time cues,
 * the article's calendar, and what the text has named so far. Made for one sentence.
 *
 * @param words the time cues of the article's words
 * @param calendar the article's calendar, with its publication date if known
 * @param from the sentence's first word
 * @param to one past the sentence's last word
 * @param anchors the day and period named so far
 * @param names the month and weekday words the article writes as names
 */
record TimeClause(TimeWords words, TimeCalendar calendar, int from, int to, TimeAnchors anchors,
    TimeNames names) {}
