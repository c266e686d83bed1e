package dev.parallax.align;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * Proposes the pairs of sentences worth scoring when there are too many to score them all. Every
 * sentence becomes one document of an in-memory Lucene index ({@link ByteBuffersDirectory}) that
 * holds its stems; each sentence then queries it (BM25 over its stems, rarest first, its own text
 * excluded) and takes the best hits, a few per other text and {@link #MAX_HITS} at most. Pairs of
 * identical sentences of different texts are always proposed. Immutable; one index per call.
 */
final class CandidateIndex {

  private static final String TEXT = "text";
  private static final String STEMS = "stems";
  private static final String ID = "id";
  private static final int MAX_QUERY_TERMS = 512;
  /**
   * The most candidates one sentence takes from the index, however many texts there are: work
   * per sentence stays bounded, so comparing many articles grows about linearly. With more than
   * 40 texts (at 5 candidates a text) a sentence is matched against its 200 nearest only.
   */
  private static final int MAX_HITS = 200;

  private final int perText;

  /** An index that takes {@code perText} hits per sentence and other text. */
  CandidateIndex(int perText) {
    this.perText = perText;
  }

  /**
   * The candidate pairs the index proposes, and all pairs of identical sentences, of compared
   * texts only (see {@link TextPairs}), each once as
   * {@code larger * n + smaller} (sentence indices, {@code n} sentences): ordered by the text of the
   * smaller, then numerically, so that the pairs of one pair of texts are adjacent.
   */
  long[] candidates(SentenceCorpus corpus, TextPairs compared) {
    LongList keys = new LongList();
    addHits(corpus, compared, null, keys);
    addIdentical(corpus, compared, null, keys);
    return byTextOfSmaller(corpus, keys.toSortedDistinct());
  }

  /**
   * The second look: for each sentence in {@code unmatched}, the pairs with the best hits its
   * stems find in the texts NOT compared with its own (a few per such text, {@link #MAX_HITS} at
   * most), and with the identical sentences of those texts; keyed and ordered as {@link
   * #candidates}. The work grows with the number of unmatched sentences, not with the pairs of
   * texts.
   */
  long[] uncompared(SentenceCorpus corpus, TextPairs compared, BitSet unmatched) {
    LongList keys = new LongList();
    addHits(corpus, compared, unmatched, keys);
    addIdentical(corpus, compared, unmatched, keys);
    return byTextOfSmaller(corpus, keys.toSortedDistinct());
  }

  /**
   * Adds, for each sentence, its pairs with the best hits its stems find in the other texts:
   * the compared ones when {@code unmatched} is null, else, for the sentences in {@code
   * unmatched} only, the texts not compared with theirs.
   */
  private void addHits(
      SentenceCorpus corpus, TextPairs compared, BitSet unmatched, LongList keys) {
    List<SentenceTerms> sentences = corpus.sentences;
    long n = sentences.size();
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      index(dir, sentences);
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        searcher.setSimilarity(new BM25Similarity());
        StoredFields stored = reader.storedFields();
        int[] sentenceOfDoc = new int[reader.maxDoc()]; // read the stored ids once, not per hit
        for (int d = 0; d < sentenceOfDoc.length; d++) {
          sentenceOfDoc[d] = stored.document(d).getField(ID).numericValue().intValue();
        }
        Map<String, Integer> docFreq = new HashMap<>();
        for (SentenceTerms st : sentences) {
          for (String stem : st.stems()) {
            if (!docFreq.containsKey(stem)) {
              docFreq.put(stem, reader.docFreq(new Term(STEMS, stem)));
            }
          }
        }
        int textCount = corpus.texts.size();
        for (int i = 0; i < sentences.size(); i++) {
          SentenceTerms st = sentences.get(i);
          if (st.stems().isEmpty() || (unmatched != null && !unmatched.get(i))) {
            continue;
          }
          BooleanQuery.Builder q = new BooleanQuery.Builder();
          st.stems().stream()
              .sorted(Comparator.comparing((String s) -> docFreq.get(s)).thenComparing(s -> s))
              .limit(MAX_QUERY_TERMS)
              .forEach(s -> q.add(new TermQuery(new Term(STEMS, s)), Occur.SHOULD));
          q.add(new TermQuery(new Term(TEXT, Integer.toString(st.text()))), Occur.MUST_NOT);
          int others = textCount - 1;
          if (unmatched != null) {
            List<BytesRef> partners = new ArrayList<>();
            for (int t = 0; t < textCount; t++) {
              if (compared.compared(st.text(), t)) {
                partners.add(new BytesRef(Integer.toString(t)));
              }
            }
            others -= partners.size();
            if (others == 0) {
              continue;
            }
            if (!partners.isEmpty()) {
              q.add(new TermInSetQuery(TEXT, partners), Occur.MUST_NOT);
            }
          } else if (!compared.complete()) {
            List<BytesRef> partners = new ArrayList<>();
            for (int t = 0; t < textCount; t++) {
              if (compared.compared(st.text(), t)) {
                partners.add(new BytesRef(Integer.toString(t)));
              }
            }
            others = partners.size();
            if (others == 0) {
              continue;
            }
            q.add(new TermInSetQuery(TEXT, partners), Occur.FILTER);
          }
          int hits = Math.min(perText * others, MAX_HITS);
          for (ScoreDoc hit : searcher.search(q.build(), hits).scoreDocs) {
            int j = sentenceOfDoc[hit.doc];
            keys.add(i < j ? j * n + i : i * n + j);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("in-memory index failed", e);
    }
  }

  /**
   * Adds the pairs of identical sentences (one group) of different, compared texts; or, when
   * {@code unmatched} is not null, of different texts not compared, one of the two unmatched.
   */
  private static void addIdentical(
      SentenceCorpus corpus, TextPairs compared, BitSet unmatched, LongList keys) {
    List<SentenceTerms> sentences = corpus.sentences;
    long n = sentences.size();
    Map<Integer, List<Integer>> byGroup = new HashMap<>();
    for (int i = 0; i < sentences.size(); i++) {
      byGroup.computeIfAbsent(corpus.group[i], k -> new ArrayList<>()).add(i);
    }
    for (List<Integer> same : byGroup.values()) {
      if (unmatched != null && same.stream().noneMatch(unmatched::get)) {
        continue;
      }
      for (int x = 0; x < same.size(); x++) {
        for (int y = x + 1; y < same.size(); y++) {
          int i = same.get(x); // i < j: added in order
          int j = same.get(y);
          int a = corpus.textOf(i);
          int b = corpus.textOf(j);
          boolean wanted = unmatched == null ? compared.compared(a, b)
              : a != b && !compared.compared(a, b) && (unmatched.get(i) || unmatched.get(j));
          if (wanted) {
            keys.add(j * n + i);
          }
        }
      }
    }
  }

  /** {@code sorted}, stably reordered by the text of the smaller sentence of each pair. */
  private static long[] byTextOfSmaller(SentenceCorpus corpus, long[] sorted) {
    // stable counting sort by the text of the smaller sentence: then by that of the larger
    int textCount = corpus.texts.size();
    int[] start = new int[textCount + 1];
    for (long k : sorted) {
      start[corpus.textOf(corpus.smaller(k)) + 1]++;
    }
    for (int t = 0; t < textCount; t++) {
      start[t + 1] += start[t];
    }
    long[] out = new long[sorted.length];
    for (long k : sorted) {
      out[start[corpus.textOf(corpus.smaller(k))]++] = k;
    }
    return out;
  }

  private static void index(ByteBuffersDirectory dir, List<SentenceTerms> sentences)
      throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(new WhitespaceAnalyzer());
    config.setSimilarity(new BM25Similarity());
    try (IndexWriter writer = new IndexWriter(dir, config)) {
      for (int i = 0; i < sentences.size(); i++) {
        SentenceTerms st = sentences.get(i);
        Document doc = new Document();
        doc.add(new StringField(TEXT, Integer.toString(st.text()), Field.Store.NO));
        doc.add(new StoredField(ID, i));
        doc.add(new TextField(STEMS, String.join(" ", st.stems()), Field.Store.NO));
        writer.addDocument(doc);
      }
    }
  }
}
