package dev.parallax.examples.cli;

import dev.parallax.Article;
import dev.parallax.Parallax;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@code parallax annotate}: JSON Lines in, JSON Lines out. Each input line is a JSON article (the
 * fields of {@code compare}'s JSON files); each output line holds its id, sentences, words and
 * tags with offsets, and its language profile. A line that cannot be used is reported on standard error with its line number and
 * skipped.
 */
final class AnnotateCommand implements Command {
  private static final String PUBLISHED = "--published";
  private static final String PROGRESS = "--progress";
  private static final String NO_PROGRESS = "--no-progress";

  private final Supplier<Parallax> parallax;

  AnnotateCommand(Supplier<Parallax> parallax) {
    this.parallax = parallax;
  }

  @Override
  public String name() {
    return "annotate";
  }

  @Override
  public String summary() {
    return "sentences, words and loaded-language tags of articles: JSON Lines in and out";
  }

  @Override
  public String help() {
    return """
        Usage: parallax annotate [--published DATE] [RULE OPTIONS] [FILE|-]...

        Reads JSON Lines: one JSON article per line, an object with the string fields id,
        outlet, title, published, url and text (text is required; article_id is read as id, date
        and dct as published; other fields are left out and named once on standard error). Reads the FILEs in order,
        or standard input when none or '-' is given. Writes one line per article:
          {"id":...,
           "sentences":[{"start","end","text"}],
           "claims":[{"start","end","text","sentence","stance"}],
           "tokens":[{"start","end","text","term","stem"}],
           "facets":{"times":[{...,"type","value","from","to","claim"}],
                     "quantities":[{...,"value","low","high","unit","dimension",
                                    "toBase","approximation","claim"}],
                     "ordinals":[{...,"ordinal","event","window","qualifiers","claim"}],
                     "polarity":[{...,"kind","scope","claim"}],
                     "attributions":[{...,"mode","source","cue","claim"}],
                     "names":[{...,"canonical","claim"}]},
           "tags":[{"article","start","end","text","line","column","category","rule",
                    "pack","severity","why","alternative","quoted","alsoBy"}],
           "profile":{"article","words","sentences","opinionSentences",
                      "tagsPer100Words","opinionShare","reporter","quoted"}}
        where ... stands for start, end and text, claim is the index of the facet's claim
        in claims, and the profile's reporter and quoted count tags by category (every field
        is described in docs/json.md).
        Offsets are UTF-16 char indices into the text, end exclusive. An article without an
        id gets <input name>-<line number>, such as stdin-3. Blank lines are skipped; a line
        that cannot be used is reported on standard error as 'parallax: NAME:LINE: problem'
        and skipped; an article whose publication date is malformed is reported the same way
        and annotated without a date.

        Options:
          --published DATE     publication date of articles that give none (ISO-8601)
          --progress           report progress on standard error every few seconds (the
                               default when run in a terminal); --no-progress: never
        """ + RuleOptions.HELP + """
          -h, --help           show this help

        Exit status: 0 when every line was annotated as given, 1 when some lines were skipped or
        annotated without their malformed date, 2 for a usage error or an unreadable input.
        """;
  }

  @Override
  public int run(List<String> args, Streams io) throws CliException {
    Options opts = Options.parse(name(), args, union(Set.of(PUBLISHED), RuleOptions.VALUED),
        union(RuleOptions.FLAGS, Set.of(PROGRESS, NO_PROGRESS)));
    if (opts.has("--help")) {
      io.out().print(help());
      return Main.OK;
    }
    String published = opts.value(PUBLISHED).orElse(null);
    if (published != null) {
      ArticleInput.checkPublished(published);
    }
    List<String> sources = opts.operands().isEmpty() ? List.of("-") : opts.operands();
    for (String s : sources) {
      if (!s.equals("-")) {
        Path p = Path.of(s);
        if (Files.isDirectory(p)) {
          throw CliException.about(s, "is a directory, not a file");
        }
      }
    }
    Parallax px = RuleOptions.parallax(opts, parallax);
    boolean show = opts.has(PROGRESS) || (!opts.has(NO_PROGRESS) && System.console() != null);
    Progress progress = new Progress(show ? io.err() : null, "article", "annotated");
    int skipped = 0;
    for (String source : sources) {
      skipped += annotate(source, published, px, io, progress);
    }
    progress.done();
    io.out().flush();
    return skipped == 0 ? Main.OK : Main.FAILED;
  }

  /** Annotates every line of one source; returns the number of lines skipped. */
  private int annotate(String source, String published, Parallax px, Streams io,
      Progress progress) throws CliException {
    String name = source.equals("-") ? "stdin" : source;
    String idBase = source.equals("-") ? "stdin" : ArticleFiles.idOf(source);
    int skipped = 0;
    int lineNo = 0;
    java.util.Set<String> ignored = new java.util.TreeSet<>();
    try (BufferedReader r = open(source, io.in())) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        String where = name + ":" + lineNo;
        try {
          ArticleInput in = JsonArticles.parse(line, where, ignored);
          String id = in.id().orElse(idBase + "-" + lineNo);
          Article a;
          try {
            a = in.toArticle(id, published);
          } catch (CliException e) {
            if (in.published().isEmpty() || !badDate(in.published().get())) {
              throw e;
            }
            // a corpus with a malformed date: say so, and read the article without one
            io.err().println(Main.PREFIX + Main.oneLine(e.getMessage())
                + "; annotated without a publication date");
            a = new ArticleInput(in.source(), in.id(), in.outlet(), in.title(), Optional.empty(),
                in.url(), in.text()).toArticle(id, published);
            skipped++;
          }
          io.out().print(px.annotate(a).toJson() + "\n");
          progress.tick(a.text().length());
        } catch (CliException e) {
          io.err().println(Main.PREFIX + Main.oneLine(e.getMessage()));
          skipped++;
        }
      }
    } catch (IOException e) {
      throw readProblem(name, lineNo + 1, e);
    }
    if (!ignored.isEmpty()) {
      io.err().println(Main.PREFIX + name + ": " + CompareCommand.leftOut(ignored));
    }
    return skipped;
  }

  /** What went wrong reading line {@code line} of input {@code name}, for the user. */
  static CliException readProblem(String name, int line, IOException e) {
    if (e instanceof NoSuchFileException) {
      return CliException.about(name, "no such file");
    }
    if (e instanceof AccessDeniedException) {
      return CliException.about(name, "cannot read the file: permission denied");
    }
    if (e instanceof CharacterCodingException) {
      return CliException.about(name + ":" + line, "not UTF-8 text");
    }
    return CliException.about(name, "cannot read: " + e);
  }

  static BufferedReader open(String source, InputStream stdin) throws IOException {
    InputStream in =
        source.equals("-")
            ? new FilterInputStream(stdin) {
                @Override
                public void close() {
                  // standard input stays open: '-' may be given again, and it is not ours
                }
              }
            : Files.newInputStream(Path.of(source));
    return new BufferedReader(
        new InputStreamReader(
            in,
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)));
  }

  private static boolean badDate(String iso) {
    try {
      Article.builder().published(iso);
      return false;
    } catch (IllegalArgumentException e) {
      return true;
    }
  }

  static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new java.util.HashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }
}
