package dev.parallax.examples.cli;

import java.io.File;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads article files: plain UTF-8 text, or a JSON article (a {@code .json} file, or content
 * starting with <code>{</code>). Every problem is a {@link CliException} naming the file as the
 * user wrote it.
 */
final class ArticleFiles {
  private static final int MAX_ID_LENGTH = 64;

  private ArticleFiles() {}

  /**
   * Reads one article file.
   *
   * @param name the file as given on the command line, for messages
   * @param ignored collects the fields of a JSON article that are the input's own
   */
  static ArticleInput read(String name, java.util.Set<String> ignored) throws CliException {
    Path path;
    try {
      path = Path.of(name);
    } catch (InvalidPathException e) {
      throw CliException.about(name, "invalid file name");
    }
    String text = readText(path, name);
    boolean json = name.toLowerCase(Locale.ROOT).endsWith(".json") || JsonArticles.looksLikeJson(text);
    if (json) {
      return JsonArticles.parse(text, name, ignored);
    }
    return new ArticleInput(
        name,
        Optional.empty(),
        Optional.empty(),
        Titles.detect(text),
        Optional.empty(),
        Optional.empty(),
        text);
  }

  /**
   * The file's text, decoded strictly as UTF-8; a leading byte-order mark is dropped (it marks the
   * encoding, it is not text).
   */
  static String readText(Path path, String name) throws CliException {
    if (Files.isDirectory(path)) {
      throw CliException.about(name, "is a directory, not a file");
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw CliException.about(name, "no such file");
    } catch (AccessDeniedException e) {
      throw CliException.about(name, "cannot read the file: permission denied");
    } catch (IOException e) {
      throw CliException.about(name, "cannot read the file: " + e);
    }
    String text = decodeUtf8(bytes, name);
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static String decodeUtf8(byte[] bytes, String name) throws CliException {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length); // UTF-8 never has fewer bytes than chars
    CoderResult r = decoder.decode(in, out, true);
    if (!r.isError()) {
      r = decoder.flush(out);
    }
    if (r.isError()) {
      throw CliException.about(name, "not UTF-8 text: invalid byte at offset " + in.position());
    }
    return out.flip().toString();
  }

  /**
   * An article id from a file name: the name without its extension, with every run of characters
   * other than letters, digits, {@code .}, {@code _} and {@code -} replaced by {@code -}; at most
   * {@value #MAX_ID_LENGTH} characters; {@code article} when nothing is left.
   */
  static String idOf(String name) {
    String file = name;
    int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf(File.separatorChar));
    file = file.substring(slash + 1);
    int dot = file.lastIndexOf('.');
    if (dot > 0) {
      file = file.substring(0, dot);
    }
    String id = file.replaceAll("[^\\p{L}\\p{N}._-]+", "-").replaceAll("^[-.]+|[-.]+$", "");
    if (id.length() > MAX_ID_LENGTH) {
      int cut = Character.isHighSurrogate(id.charAt(MAX_ID_LENGTH - 1)) ? MAX_ID_LENGTH - 1 : MAX_ID_LENGTH;
      id = id.substring(0, cut).replaceAll("[-.]+$", "");
    }
    return id.isEmpty() ? "article" : id;
  }
}
