/**
 * Rule packs: plain-text files of rules that tag loaded and opinion language, each rule with its
 * reason, a neutral alternative and examples that must and must not fire.
 *
 * <pre>{@code
 * RulePack pack = RulePack.parse("house.rules", """
 *     pack house-style
 *       version: 1
 *       language: en
 *       source: Our style guide
 *       license: Apache-2.0
 *
 *     rule attack-verbs
 *       category: loaded-term
 *       words: slam, blast
 *       why: Frames criticism as a physical attack.
 *       neutral: criticized
 *       expect: The senator [[slammed]] the plan.
 *       expect: She slammed the door.
 *     """);                                  // fails with file:line:col on a broken pack
 * pack.verify();                             // empty: every expect: line holds
 * }</pre>
 *
 * <p>The grammar, element by element:
 *
 * <table>
 *   <caption>Pack grammar</caption>
 *   <tr><th>line</th><th>meaning</th></tr>
 *   <tr><td>{@code pack <id>}</td><td>first line; then indented {@code version}, {@code language},
 *       {@code source}, {@code license}, optional {@code description}</td></tr>
 *   <tr><td>{@code rule <id>}</td><td>starts a rule; then indented keys:</td></tr>
 *   <tr><td>{@code category:}</td><td>one of {@link dev.parallax.rules.Category} in kebab-case</td></tr>
 *   <tr><td>{@code severity:}</td><td>{@code low}, {@code medium} (default), {@code high}</td></tr>
 *   <tr><td>{@code words:}</td><td>words and phrases, comma-separated, matched on stems;
 *       {@code =word} for the exact form</td></tr>
 *   <tr><td>{@code pattern:}</td><td>a token pattern: words, {@code a|b}, {@code *},
 *       {@code ...}, {@code <Cap>}, {@code <num>}, {@code ^}, final {@code ?} or {@code !}</td></tr>
 *   <tr><td>{@code shape:}</td><td>{@code question} or {@code exclamation}: the whole sentence;
 *       {@code scare-quote}: a short quotation inside a sentence</td></tr>
 *   <tr><td>{@code except:}</td><td>phrases in which a match is not loaded</td></tr>
 *   <tr><td>{@code why:}</td><td>the reason shown to readers (required)</td></tr>
 *   <tr><td>{@code neutral:}</td><td>a neutral alternative</td></tr>
 *   <tr><td>{@code expect:}</td><td>an example; {@code [[...]]} marks what must be tagged</td></tr>
 * </table>
 *
 * <p>The full description, with the categories, is {@code docs/rule-packs.md}.
 */
package dev.parallax.rules;
