package dev.parallax;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes facets as JSON: an object of arrays by kind ({@code times}, {@code quantities},
 * {@code ordinals}, {@code polarity}, {@code attributions}, {@code names}), each item a span's
 * fields plus the facet's own, and optionally the index of its claim. Stateless.
 */
final class FacetJson {
  private FacetJson() {}

  /** The facets of {@code claims} under {@code name}, each with its claim's index. */
  static void facetsOfClaims(JsonGenerator g, String name, List<Claim> claims)
      throws IOException {
    List<Facet> facets = new ArrayList<>();
    List<Integer> owners = new ArrayList<>();
    for (int c = 0; c < claims.size(); c++) {
      for (Facet f : claims.get(c).facets()) {
        facets.add(f);
        owners.add(c);
      }
    }
    write(g, name, facets, owners);
  }

  /** The facets of one claim under {@code name}. */
  static void facets(JsonGenerator g, String name, List<Facet> facets) throws IOException {
    write(g, name, facets, null);
  }

  private static void write(JsonGenerator g, String name, List<Facet> facets, List<Integer> owners)
      throws IOException {
    g.writeObjectFieldStart(name);
    for (Kind kind : Kind.values()) {
      g.writeArrayFieldStart(kind.json);
      for (int i = 0; i < facets.size(); i++) {
        Facet f = facets.get(i);
        if (kind.type.isInstance(f)) {
          g.writeStartObject();
          span(g, f.span());
          fields(g, f);
          if (owners != null) {
            g.writeNumberField("claim", owners.get(i));
          }
          g.writeEndObject();
        }
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private static void fields(JsonGenerator g, Facet f) throws IOException {
    if (f instanceof TimeFacet t) {
      g.writeStringField("type", t.type().name());
      g.writeStringField("value", t.value());
      g.writeStringField("from", t.from().orElse(null));
      g.writeStringField("to", t.to().orElse(null));
    } else if (f instanceof QuantityFacet q) {
      number(g, "value", q.value());
      number(g, "low", q.low());
      number(g, "high", q.high());
      g.writeStringField("unit", q.unit().orElse(null));
      g.writeStringField("dimension", q.dimension().orElse(null));
      number(g, "toBase", q.toBase());
      g.writeStringField("approximation", q.approximation().name().toLowerCase(Locale.ROOT));
    } else if (f instanceof OrdinalFacet o) {
      g.writeNumberField("ordinal", o.ordinal());
      g.writeStringField("event", o.event());
      if (o.window().isPresent()) {
        g.writeObjectFieldStart("window");
        span(g, o.window().get().span());
        fields(g, o.window().get());
        g.writeEndObject();
      } else {
        g.writeNullField("window");
      }
      g.writeArrayFieldStart("qualifiers");
      for (String q : o.qualifiers()) {
        g.writeString(q);
      }
      g.writeEndArray();
    } else if (f instanceof PolarityFacet p) {
      g.writeStringField("kind", p.kind().name().toLowerCase(Locale.ROOT));
      g.writeObjectFieldStart("scope");
      span(g, p.scope());
      g.writeEndObject();
    } else if (f instanceof AttributionFacet a) {
      g.writeStringField("mode", a.mode().name().toLowerCase(Locale.ROOT));
      g.writeStringField("source", a.source().orElse(null));
      g.writeStringField("cue", a.cue().orElse(null));
    } else if (f instanceof NameFacet n) {
      g.writeStringField("canonical", n.canonical());
    }
  }

  private static void number(JsonGenerator g, String name, double v) throws IOException {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      g.writeNumberField(name, (long) v);
    } else if (Double.isFinite(v)) {
      g.writeNumberField(name, v);
    } else {
      g.writeNullField(name); // an open end ("more than 40" has no upper bound)
    }
  }

  private static void span(JsonGenerator g, TextSpan s) throws IOException {
    g.writeNumberField("start", s.start());
    g.writeNumberField("end", s.end());
    g.writeStringField("text", s.text());
  }

  /** The kinds of facet, in the order JSON lists them. */
  private enum Kind {
    TIMES("times", TimeFacet.class),
    QUANTITIES("quantities", QuantityFacet.class),
    ORDINALS("ordinals", OrdinalFacet.class),
    POLARITY("polarity", PolarityFacet.class),
    ATTRIBUTIONS("attributions", AttributionFacet.class),
    NAMES("names", NameFacet.class);

    final String json;
    final Class<? extends Facet> type;

    Kind(String json, Class<? extends Facet> type) {
      this.json = json;
      this.type = type;
    }
  }
}
