package dev.parallax.contradict;

import dev.parallax.TimeFacet;
import java.util.Set;

/**
 * A date or time of day as a fact mention: the parts of the calendar and clock its words fix, and
 * the words around it that say what happened then.
 *
 * @param claim the claim's words
 * @param facet the time expression
 * @param when the calendar and clock parts it fixes
 * @param frame the stems of the content words around it, up to the next date or length of time
 * @param core the stems of the nearest content words of the frame, two each way
 * @param names the stems of the frame written only with a capital: who and where, not what
 * @param bound empty for the date of an event; {@code from} or {@code to} when the date starts or
 *     ends a stretch of time ("has led the union since 2002", "served from 1990 to 1998"): such
 *     dates are compared only with dates that bound the same way (a clock time of a start,
 *     "started at 7:30 a.m.", is the date of an event); {@code told} when it dates the
 *     telling of the news ("Smith said Friday that she went", "HP on Monday said it would
 *     buy"), compared only with the date of another telling
 * @param governed whether a connective before it ("since", "after", "until", "by") makes it the
 *     bound or the anchor of another event rather than the date of the claim's own
 * @param expected whether its clause speaks of a plan or an expectation ("will", "is expected",
 *     "is scheduled", "plans to") rather than of something that happened
 */
record Moment(
    ClaimWords claim, TimeFacet facet, When when, Set<String> frame, Set<String> core,
    Set<String> names, String bound, boolean governed,
    boolean expected) implements Mention {}
