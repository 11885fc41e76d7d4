package io.crmkit.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the Java snippets of {@code docs/} compiled: every {@code ```java} block that does not
 * start with {@code // prose} must appear, whitespace aside, in a source file the build compiles
 * and tests (the examples' sources and tests, or crm-tck's in-memory TCK run).
 */
class DocsAreCompiledTest {
  private static final Path ROOT = Path.of("..");
  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);

  @Test
  void everyJavaSnippetOfTheDocs_isInACompiledSourceFile() throws IOException {
    String compiled = compiledSources();
    List<Path> docs;
    try (Stream<Path> files = Files.list(ROOT.resolve("docs"))) {
      docs = files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
    assertThat(docs).extracting(p -> p.getFileName().toString()).contains("writing-rules.md");

    List<String> checked = new ArrayList<>();
    for (Path doc : docs) {
      Matcher block = JAVA_BLOCK.matcher(Files.readString(doc, StandardCharsets.UTF_8));
      while (block.find()) {
        String code = block.group(1);
        if (code.strip().startsWith("// prose")) {
          continue;
        }
        checked.add(doc.getFileName() + ": " + code.lines().findFirst().orElse(""));
        assertThat(compiled)
            .as("a snippet of %s is not in any compiled source:%n%s", doc.getFileName(), code)
            .contains(squeeze(code));
      }
    }
    assertThat(checked).hasSizeGreaterThanOrEqualTo(15);
  }

  private static String compiledSources() throws IOException {
    StringBuilder all = new StringBuilder();
    for (Path dir :
        List.of(
            ROOT.resolve("examples/src/main/java"),
            ROOT.resolve("examples/src/test/java"),
            ROOT.resolve("crm-tck/src/test/java"))) {
      try (Stream<Path> files = Files.walk(dir)) {
        files
            .filter(p -> p.toString().endsWith(".java"))
            .forEach(p -> all.append(squeeze(read(p))).append('\n'));
      }
    }
    return all.toString();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Drops every whitespace character, so that indentation and line breaks do not matter. */
  private static String squeeze(String text) {
    return text.replaceAll("\\s+", "");
  }
}
