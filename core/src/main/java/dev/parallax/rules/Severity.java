package dev.parallax.rules;

import java.util.Locale;
import java.util.Optional;

/** How strongly a rule's words colour a text. */
public enum Severity {
  /** Mild colouring: worth a look. */
  LOW,
  /** Clear colouring (the default). */
  MEDIUM,
  /** Strong colouring: name-calling, incitement, gross exaggeration. */
  HIGH;

  /** The name packs and JSON use: {@code low}, {@code medium}, {@code high}. */
  public String packName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The severity a pack names, if there is one. */
  public static Optional<Severity> fromPackName(String name) {
    for (Severity s : values()) {
      if (s.packName().equals(name)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
