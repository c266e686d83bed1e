package dev.parallax.text;

/**
 * The words a {@link StemMemo} remembers, looked up by the chars of a token: an open-addressing
 * table of parallel arrays (each word's hash, its chars and its {@link StemMemo.Known}), at most
 * half full. A lookup compares stored hashes first and reads a word's chars only when its hash is
 * the one sought, so a probe past another word costs no read of that word's chars (a token is
 * looked up at every word of every text). Confined to the thread of its memo; not thread-safe.
 */
final class KnownWords {
  private int[] hashes = new int[2048];
  private char[][] words = new char[2048][];
  private StemMemo.Known[] known = new StemMemo.Known[2048];
  private int size;

  /** The number of words held. */
  int size() {
    return size;
  }

  /** The word of chars {@code [0, length)} of {@code chars}, or null when it is not held. */
  StemMemo.Known get(char[] chars, int length) {
    int h = hash(chars, length);
    int mask = known.length - 1;
    for (int i = slot(h) & mask; ; i = (i + 1) & mask) {
      StemMemo.Known k = known[i];
      if (k == null) {
        return null;
      }
      if (hashes[i] == h && sameChars(words[i], chars, length)) {
        return k;
      }
    }
  }

  /** Holds {@code word} (its own array, not copied), which is not held yet, as {@code k}. */
  void put(char[] word, StemMemo.Known k) {
    if (2 * (size + 1) > known.length) {
      grow();
    }
    insert(hash(word, word.length), word, k);
    size++;
  }

  private void insert(int h, char[] word, StemMemo.Known k) {
    int mask = known.length - 1;
    int i = slot(h) & mask;
    while (known[i] != null) {
      i = (i + 1) & mask;
    }
    hashes[i] = h;
    words[i] = word;
    known[i] = k;
  }

  private void grow() {
    int[] oldHashes = hashes;
    char[][] oldWords = words;
    StemMemo.Known[] oldKnown = known;
    int n = oldKnown.length * 2;
    hashes = new int[n];
    words = new char[n][];
    known = new StemMemo.Known[n];
    for (int i = 0; i < oldKnown.length; i++) {
      if (oldKnown[i] != null) {
        insert(oldHashes[i], oldWords[i], oldKnown[i]);
      }
    }
  }

  private static int hash(char[] chars, int length) {
    int h = 0;
    for (int i = 0; i < length; i++) {
      h = 31 * h + chars[i];
    }
    return h;
  }

  /** Spreads a hash over the slots (a word's hash differs mostly in its low bits). */
  private static int slot(int h) {
    int m = h * 0x9E3779B9;
    return m ^ (m >>> 16);
  }

  private static boolean sameChars(char[] word, char[] chars, int length) {
    if (word.length != length) {
      return false;
    }
    for (int i = 0; i < length; i++) { // words are short: a plain loop beats a vectorised one
      if (word[i] != chars[i]) {
        return false;
      }
    }
    return true;
  }
}
