package io.crmkit.examples.report;

import static java.util.Objects.requireNonNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A named source of text: a file on disk or a resource bundled with the program. Text is read as
 * UTF-8; a byte-order mark is skipped and malformed bytes are refused.
 *
 * @param name the name used in messages, as given on the command line
 * @param opener opens the bytes, once per read
 * @since 0.1
 */
record InputFile(String name, Opener opener) {

  /** Opens the bytes of an input. */
  @FunctionalInterface
  public interface Opener {
    /** Opens a new stream at the start of the input. */
    InputStream open() throws IOException;
  }

  /** Requires both parts. */
  public InputFile {
    requireNonNull(name, "name");
    requireNonNull(opener, "opener");
  }

  /** Returns the file at a path, named as given. */
  public static InputFile of(Path path) {
    requireNonNull(path, "path");
    return new InputFile(path.toString(), () -> Files.newInputStream(path));
  }

  /** Returns a resource bundled next to this class. */
  static InputFile bundled(String resource) {
    return new InputFile(
        "bundled:" + resource,
        () -> {
          InputStream in = InputFile.class.getResourceAsStream(resource);
          if (in == null) {
            throw new IOException("the bundled resource " + resource + " is missing");
          }
          return in;
        });
  }

  /** Opens the text for reading, without its byte-order mark. */
  BufferedReader openText() throws IOException {
    Reader reader =
        new InputStreamReader(
            opener.open(),
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    BufferedReader text = new BufferedReader(reader, 1 << 16);
    text.mark(1);
    if (text.read() != '\uFEFF') {
      text.reset();
    }
    return text;
  }
}
