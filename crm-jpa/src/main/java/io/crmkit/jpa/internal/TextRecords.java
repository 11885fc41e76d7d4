package io.crmkit.jpa.internal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The text encoding of a small list of records kept in one column (a customer's addresses, custom
 * attributes): lists that are read whole with their owner and never filtered on, so that a child
 * table would only add a join per read.
 *
 * <p>The format, fixed because stored data outlives releases: records are separated by a line feed
 * ({@code \n}); fields of a record by a vertical bar ({@code |}); the first field of every record
 * is a non-empty type tag, so that the empty text is exactly the empty list. A {@code null} field
 * is {@code %N}; any other field is its text with {@code %}, {@code |}, line feed and carriage
 * return written as {@code %25}, {@code %7C}, {@code %0A} and {@code %0D}. Every {@code %} in the
 * encoding thus starts {@code %N} or two hex digits, and decoding is the exact inverse.
 */
final class TextRecords {
  private static final String NULL = "%N";

  private TextRecords() {}

  /** Encodes records whose first field is a non-empty tag. */
  static String encode(List<List<@Nullable String>> records) {
    StringBuilder text = new StringBuilder();
    for (List<@Nullable String> fields : records) {
      String tag = fields.isEmpty() ? null : fields.get(0);
      if (tag == null || tag.isEmpty()) {
        throw new IllegalArgumentException("every record needs a non-empty tag: " + fields);
      }
      if (text.length() > 0) {
        text.append('\n');
      }
      for (int i = 0; i < fields.size(); i++) {
        if (i > 0) {
          text.append('|');
        }
        escape(fields.get(i), text);
      }
    }
    return text.toString();
  }

  /**
   * Decodes what {@link #encode} wrote.
   *
   * @throws IllegalArgumentException if the text was not written by {@link #encode}
   */
  static List<List<@Nullable String>> decode(String text) {
    List<List<@Nullable String>> records = new ArrayList<>();
    if (text.isEmpty()) {
      return records;
    }
    for (String line : text.split("\n", -1)) {
      List<@Nullable String> fields = new ArrayList<>();
      for (String field : line.split("\\|", -1)) {
        fields.add(unescape(field));
      }
      records.add(fields);
    }
    return records;
  }

  private static void escape(@Nullable String value, StringBuilder out) {
    if (value == null) {
      out.append(NULL);
      return;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '%' -> out.append("%25");
        case '|' -> out.append("%7C");
        case '\n' -> out.append("%0A");
        case '\r' -> out.append("%0D");
        default -> out.append(c);
      }
    }
  }

  private static @Nullable String unescape(String field) {
    if (field.equals(NULL)) {
      return null;
    }
    int percent = field.indexOf('%');
    if (percent < 0) {
      return field;
    }
    StringBuilder out = new StringBuilder(field.length());
    int i = 0;
    while (i < field.length()) {
      char c = field.charAt(i);
      if (c != '%') {
        out.append(c);
        i++;
        continue;
      }
      String code = i + 3 <= field.length() ? field.substring(i + 1, i + 3) : "";
      switch (code) {
        case "25" -> out.append('%');
        case "7C" -> out.append('|');
        case "0A" -> out.append('\n');
        case "0D" -> out.append('\r');
        default -> throw new IllegalArgumentException("not an encoded field: " + field);
      }
      i += 3;
    }
    return out.toString();
  }
}
