package dev.parallax.rules;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What kind of loaded or opinion language a rule tags. Written in packs in kebab-case. */
public enum Category {
  /** Words that carry a judgement ("regime", "scheme", "slammed"). */
  LOADED_TERM,
  /** Labels and nicknames for people, groups or countries ("Hermit Kingdom", "rogue regime"). */
  EPITHET,
  /** Words that turn up intensity without adding facts ("extremely", "utterly"). */
  INTENSIFIER,
  /** Exaggeration ("unprecedented", "catastrophic", "huge deal"). */
  HYPERBOLE,
  /** Appeals to fear, pity, pride or outrage ("courageous souls", "heartbreaking"). */
  EMOTIONAL_APPEAL,
  /** Questions the writer asks the reader. */
  RHETORICAL_QUESTION,
  /** Telling the reader what to do ("reinforce our borders"). */
  CALL_TO_ACTION,
  /** Sentences that end with "!" in the writer's own voice. */
  EXCLAMATION,
  /** Opinion on what must or should happen ("America must continue"). */
  PRESCRIPTIVE,
  /** Hedges and weasel words ("arguably", "some say"). */
  HEDGE,
  /** Claims without a source ("experts say", "it is widely believed"). */
  UNATTRIBUTED,
  /** Guesses about causes, motives or the future stated as likely ("could signal"). */
  SPECULATION,
  /** Sarcasm and scare quotes ("so-called"). */
  SARCASM;

  /** The name packs and JSON use: {@code loaded-term}, {@code rhetorical-question}, ... */
  public String packName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The category a pack names, if there is one. */
  public static Optional<Category> fromPackName(String name) {
    return Arrays.stream(values()).filter(c -> c.packName().equals(name)).findFirst();
  }

  /** The pack names of all categories, comma-separated, for messages. */
  static String packNames() {
    return String.join(", ", Arrays.stream(values()).map(Category::packName).toList());
  }
}
