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

  /**
   * The API shows no engine type: every public or protected member of a public type of an
   * exported package takes and returns API types, JDK types or types of the libraries the API
   * names (Lucene's analysis, Guava's), never a type of a package the module keeps to itself.
   */
  @Test
  void theApiExposesNoEngineType() throws Exception {
    Module m = Parallax.class.getModule();
    java.util.Set<String> exported = new java.util.HashSet<>();
    m.getDescriptor().exports().forEach(e -> exported.add(e.source()));
    java.util.List<String> leaks = new java.util.ArrayList<>();
    try (java.lang.module.ModuleReader r = m.getLayer().configuration()
        .findModule(m.getName()).orElseThrow().reference().open()) {
      for (String name : (Iterable<String>) r.list()::iterator) {
        if (!name.endsWith(".class") || name.equals("module-info.class")) {
          continue;
        }
        String cls = name.substring(0, name.length() - 6).replace('/', '.');
        String pkg = cls.substring(0, cls.lastIndexOf('.'));
        if (!exported.contains(pkg)) {
          continue;
        }
        Class<?> c = Class.forName(cls, false, Parallax.class.getClassLoader());
        if (!java.lang.reflect.Modifier.isPublic(c.getModifiers()) || !isVisible(c)) {
          continue;
        }
        for (java.lang.reflect.Method x : c.getDeclaredMethods()) {
          if (visible(x.getModifiers()) && !x.isSynthetic()) {
            check(c, x.getName(), x.getReturnType(), exported, m, leaks);
            for (Class<?> t : x.getParameterTypes()) {
              check(c, x.getName(), t, exported, m, leaks);
            }
          }
        }
        for (java.lang.reflect.Constructor<?> x : c.getDeclaredConstructors()) {
          if (visible(x.getModifiers())) {
            for (Class<?> t : x.getParameterTypes()) {
              check(c, "<init>", t, exported, m, leaks);
            }
          }
        }
      }
    }
    assertThat(leaks).isEmpty();
  }

  private static boolean isVisible(Class<?> c) {
    for (Class<?> k = c; k != null; k = k.getEnclosingClass()) {
      if (!java.lang.reflect.Modifier.isPublic(k.getModifiers())) {
        return false;
      }
    }
    return true;
  }

  private static boolean visible(int modifiers) {
    return java.lang.reflect.Modifier.isPublic(modifiers)
        || java.lang.reflect.Modifier.isProtected(modifiers);
  }

  private static void check(Class<?> owner, String member, Class<?> type,
      java.util.Set<String> exported, Module m, java.util.List<String> leaks) {
    while (type.isArray()) {
      type = type.getComponentType();
    }
    if (type.getModule() == m && !exported.contains(type.getPackageName())) {
      leaks.add(owner.getName() + "." + member + " uses " + type.getName());
    }
  }
}
