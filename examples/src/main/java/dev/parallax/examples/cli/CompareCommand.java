package dev.parallax.examples.cli;

import dev.parallax.Article;
import dev.parallax.Comparison;
import dev.parallax.Parallax;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/** {@code parallax compare}: compares two or more article files and prints the comparison. */
final class CompareCommand implements Command {
  private static final String PUBLISHED = "--published";
  private static final String FORMAT = "--format";
  private static final String MIN_CONFIDENCE = "--min-confidence";
  private static final String MIN_ALIGNMENT = "--min-alignment-score";
  private static final String EVENTS = "--events";
  private static final String THREADS = "--threads";
  private static final String PROGRESS = "--progress";
  private static final String NO_PROGRESS = "--no-progress";

  private final Supplier<Parallax> parallax;

  CompareCommand(Supplier<Parallax> parallax) {
    this.parallax = parallax;
  }

  @Override
  public String name() {
    return "compare";
  }

  @Override
  public String summary() {
    return "compare two or more articles: shared claims with word diffs, exclusive claims";
  }

  @Override
  public String help() {
    return """
        Usage: parallax compare [--published DATE] [--format text|json|html]
                                [--min-confidence X] [--min-alignment-score X]
                                [RULE OPTIONS] FILE...
               parallax compare --events FILE|- [--threads N] [--published DATE]
                                [--min-confidence X] [--min-alignment-score X]
                                [RULE OPTIONS]

        Compares two or more articles about one event and prints the claims they share, with
        a word diff of each pair, the claims only one of them makes, and the loaded and
        opinion language of each.

        A FILE is plain UTF-8 text or a JSON article. A JSON article is a .json file, or a file
        whose content starts with '{': one object with the string fields id, outlet, title,
        published, url and text (text is required; article_id is read as id, date and
        dct as published; other fields are left out and named once on standard error). In plain text the
        first line is also taken as the title when it does not end with a period and is
        followed by a blank line or at most 150 characters long. The article text is always
        the whole file, so every offset in the output indexes the file's text. A plain-text
        article's id is its file name without the extension. Ids follow one rule: an id a
        JSON article states must be unique among the files (two files stating one id are an
        error, even one file given twice); an id taken from a file name is made unique with
        -2, -3, ... (the same text file given twice compares as t1 and t1-2).

        With --events, FILE (or standard input for '-') is a corpus in JSON Lines, one event
        a line: {"event_id": ..., "articles": [article, ...]}. Each event is compared on its
        own, several at a time (--threads, default: the number of cores), and written as one
        line, in input order: {"event_id": ..., "comparison": {...}} (the JSON of docs/json.md
        on one line). Articles may carry fields of their own (left out, named once on
        standard error) and the aliases article_id (for id) and date (for published). A bad
        event is reported as 'parallax: FILE:LINE: problem' and skipped (exit status 1); a
        summary line (events, articles, seconds per event) ends the run on standard error.

        Options:
          --events FILE        compare a corpus of events, one JSON event a line ('-': stdin)
          --threads N          with --events: events compared at once (default: cores)
          --progress           with --events: report progress on standard error every few
                               seconds (the default in a terminal); --no-progress: never
          --published DATE     publication date of files that give none (ISO-8601,
                               e.g. 2025-10-20 or 2025-10-20T09:30:00Z)
          --format FORMAT      text: a readable report (default); json: see docs/json.md;
                               html: one self-contained page, articles side by side
          --min-confidence X   report contradictions of at least this confidence, 0 to 1
                               (default 0.5; 0 reports every finding)
          --min-alignment-score X
                               align claims of at least this similarity, 0 to 1
                               (default 0.16)
        """ + RuleOptions.HELP + """
          -h, --help           show this help

        Exit status: 0 on success, 1 when --events skipped an event, 2 for a usage error or
        an unusable file.
        """;
  }

  @Override
  public int run(List<String> args, Streams io) throws CliException {
    Options opts = Options.parse(name(),
        args, AnnotateCommand.union(
            Set.of(PUBLISHED, FORMAT, MIN_CONFIDENCE, MIN_ALIGNMENT, EVENTS, THREADS),
            RuleOptions.VALUED),
        AnnotateCommand.union(Set.of(PROGRESS, NO_PROGRESS), RuleOptions.FLAGS));
    if (opts.has("--help")) {
      io.out().print(help());
      return Main.OK;
    }
    String format = opts.value(FORMAT).orElse("text");
    if (!format.equals("text") && !format.equals("json") && !format.equals("html")) {
      throw new CliException("invalid --format '" + format + "': expected text, json or html");
    }
    String published = opts.value(PUBLISHED).orElse(null);
    if (published != null) {
      ArticleInput.checkPublished(published);
    }
    if (opts.has(EVENTS)) {
      return events(opts, published, io);
    }
    for (String only : List.of(THREADS, PROGRESS, NO_PROGRESS)) {
      if (opts.has(only)) {
        throw new CliException(only + " goes with --events (see 'parallax compare --help')");
      }
    }
    List<String> files = opts.operands();
    if (files.size() < 2) {
      throw new CliException(
          "compare needs at least two files, got " + files.size()
              + " (see 'parallax compare --help')");
    }

    List<ArticleInput> inputs = new ArrayList<>(files.size());
    for (String file : files) {
      java.util.Set<String> ignored = new java.util.TreeSet<>();
      inputs.add(ArticleFiles.read(file, ignored));
      if (!ignored.isEmpty()) {
        io.err().println(Main.PREFIX + file + ": " + leftOut(ignored));
      }
    }
    List<String> ids = assignIds(inputs);
    List<Article> articles = new ArrayList<>(inputs.size());
    for (int i = 0; i < inputs.size(); i++) {
      articles.add(inputs.get(i).toArticle(ids.get(i), published));
    }

    Comparison comparison;
    try {
      comparison = parallax(opts).compare(articles);
    } catch (IllegalArgumentException e) {
      throw new CliException(e.getMessage());
    }
    if (format.equals("json")) {
      io.out().print(comparison.toJson() + "\n");
    } else if (format.equals("html")) {
      io.out().print(comparison.toHtml());
    } else {
      io.out().print(comparison.report());
    }
    io.out().flush();
    return Main.OK;
  }

  /** The Parallax the options ask for: rule options, minimum confidence and alignment score. */
  private Parallax parallax(Options opts) throws CliException {
    Double minConfidence = fraction(opts, MIN_CONFIDENCE);
    Double minAlignment = fraction(opts, MIN_ALIGNMENT);
    RuleOptions.BuilderStep tune = minConfidence == null && minAlignment == null ? null : b -> {
      if (minConfidence != null) {
        b.minConfidence(minConfidence);
      }
      if (minAlignment != null) {
        b.minAlignmentScore(minAlignment);
      }
    };
    try {
      return RuleOptions.parallax(opts, parallax, tune);
    } catch (IllegalArgumentException e) {
      throw new CliException(e.getMessage());
    }
  }

  /** {@code --events FILE}: one comparison per event line. */
  private int events(Options opts, String published, Streams io) throws CliException {
    if (!opts.operands().isEmpty()) {
      throw new CliException("--events reads its events from one file; other files given: "
          + String.join(" ", opts.operands()));
    }
    if (opts.has(FORMAT) && !opts.value(FORMAT).orElse("").equals("json")) {
      throw new CliException("--events writes JSON Lines; --format " + opts.value(FORMAT).get()
          + " does not go with it");
    }
    int threads = Runtime.getRuntime().availableProcessors();
    if (opts.has(THREADS)) {
      String v = opts.value(THREADS).orElse("");
      try {
        threads = Integer.parseInt(v);
      } catch (NumberFormatException e) {
        threads = 0;
      }
      if (threads < 1 || threads > 256) {
        throw new CliException("invalid --threads '" + v + "': expected a whole number from 1"
            + " to 256");
      }
    }
    boolean show = opts.has(PROGRESS) || (!opts.has(NO_PROGRESS) && System.console() != null);
    int skipped = new EventLines(parallax(opts), published, threads, show)
        .run(opts.value(EVENTS).orElseThrow(), io);
    return skipped == 0 ? Main.OK : Main.FAILED;
  }

  /** "fields left out: author, lang (known fields: id, ...)". */
  static String leftOut(java.util.Set<String> ignored) {
    return (ignored.size() == 1 ? "field left out: " : "fields left out: ")
        + String.join(", ", ignored) + " (known fields: " + String.join(", ", JsonArticles.FIELDS)
        + ")";
  }

  /** The value of a 0-to-1 option, or null when it is not given. */
  private static Double fraction(Options opts, String name) throws CliException {
    if (!opts.has(name)) {
      return null;
    }
    String v = opts.value(name).orElse("");
    try {
      double d = Double.parseDouble(v);
      if (d >= 0 && d <= 1) {
        return d;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new CliException("invalid " + name + " '" + v + "': expected a number from 0 to 1");
  }

  /**
   * The id of each input: the one a JSON article gives (two alike are an error), else the file
   * name's, made unique with a suffix {@code -2}, {@code -3}... when two files share a name.
   */
  static List<String> assignIds(List<ArticleInput> inputs) throws CliException {
    Map<String, String> owner = new HashMap<>();
    for (ArticleInput in : inputs) {
      if (in.id().isPresent()) {
        String previous = owner.putIfAbsent(in.id().get(), in.source());
        if (previous != null) {
          throw CliException.about(
              in.source(), "article id '" + in.id().get() + "' is also the id of " + previous);
        }
      }
    }
    List<String> ids = new ArrayList<>(inputs.size());
    for (ArticleInput in : inputs) {
      if (in.id().isPresent()) {
        ids.add(in.id().get());
        continue;
      }
      String base = ArticleFiles.idOf(in.source());
      String id = base;
      for (int n = 2; owner.containsKey(id); n++) {
        id = base + "-" + n;
      }
      owner.put(id, in.source());
      ids.add(id);
    }
    return ids;
  }
}
