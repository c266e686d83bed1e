/**
 * Finds where the rules and cues of rule packs match an analysed text: every word list, token
 * pattern and sentence shape of every pack compiled into one index of first words, so one scan
 * of the text serves all packs. The fact readers (cues), the language tagger (rules) and a pack's
 * own example check use it. Not exported: packs are written and loaded through {@code
 * dev.parallax.rules}.
 */
package dev.parallax.matching;
