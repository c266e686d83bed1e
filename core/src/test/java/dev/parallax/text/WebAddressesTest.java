package dev.parallax.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.Annotation;
import dev.parallax.Article;
import dev.parallax.AttributionFacet;
import dev.parallax.Parallax;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WebAddressesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      See http://example.com/2013/03/12/fire.html for more. | http://example.com/2013/03/12/fire.html
      Photos at www.example.org/gallery, the paper said.     | www.example.org/gallery,
      Read HTTPS://EXAMPLE.COM/A now.                        | HTTPS://EXAMPLE.COM/A
      """)
  void findsAnAddressUpToWhiteSpace(String text, String address) {
    List<CharSpan> found = WebAddresses.find(text);
    assertThat(found).hasSize(1);
    assertThat(text.substring(found.get(0).start(), found.get(0).end())).isEqualTo(address);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The fire started at 3 a.m. on Monday.  | false
      He said: look it up, www is not a site. | false
      http://example.com/news/fire.html      | true
      (http://example.com/news/fire.html)    | true
      Source: http://example.com/news/fire.html | false
      """)
  void tellsASentenceThatIsOnlyAnAddress(String text, boolean only) {
    assertThat(WebAddresses.only(text)).isEqualTo(only);
  }

  @Test
  void numbersDatesAndNamesInsideAnAddressAreNoFacts() {
    String text = "http://example.com/2013/03/12/130909-Paris-fire-kills-2.html\n"
        + "The fire killed 2 people in Paris on Monday.";
    Annotation a = Parallax.standard().annotate(
        Article.builder().id("a").published("2013-03-12").text(text).build());
    int address = text.indexOf('\n');
    List<String> facts = a.claims().stream().flatMap(c -> c.facets().stream())
        .filter(f -> !(f instanceof AttributionFacet))
        .map(f -> f.span().start() + " " + f.span().text()).toList();
    assertThat(address).isEqualTo(60);
    assertThat(facts).containsExactly("77 2", "89 Paris", "98 Monday");
  }
}
