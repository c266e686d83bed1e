package dev.parallax;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import org.junit.jupiter.api.Test;

/** The module exports the API and nothing else. */
class ModuleBoundaryTest {

  @Test
  void onlyTheApiPackagesAreExported() {
    Module m = Parallax.class.getModule();
    assertThat(m.isNamed()).as("the tests run inside the module").isTrue();
    assertThat(m.getDescriptor().exports()).extracting(ModuleDescriptor.Exports::source)
        .containsExactlyInAnyOrder("dev.parallax", "dev.parallax.rules");
    assertThat(m.getPackages()).contains("dev.parallax.facts", "dev.parallax.contradict",
        "dev.parallax.text", "dev.parallax.align", "dev.parallax.language");
  }
}
