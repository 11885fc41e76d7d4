package io.crmkit.examples.adapter;

import io.crmkit.core.shared.AttributeKey;
import io.crmkit.core.shared.CustomAttributes;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The codec of the store: writes a snapshot record (and everything inside it) as one line of text
 * and reads it back equal. Records are written component by component, by name, so that a file
 * stays readable with a text editor and a component added by a later crmkit release reads as absent
 * (null, empty or zero) from an older file.
 *
 * <p>The grammar (see the adapter's README for examples):
 *
 * <pre>
 * value      = "~"                                 a null
 *            | bare | quoted                       a leaf value (see ScalarText)
 *            | "{" [ name "=" value { "," name "=" value } ] "}"   a record
 *            | Name "(" value ")"                  a record in a sealed-interface position
 *            | "[" [ value { "," value } ] "]"     a list or set; a map is a list of [key,value]
 * bare       = one or more of A-Z a-z 0-9 _ . + -
 * quoted     = '"' text with \" \\ \n \r \t and \\uXXXX escapes '"'
 * </pre>
 *
 * <p>A record of one component (an id such as {@code CustomerId}, a code such as {@code Tag}) is
 * written as that component alone. {@link CustomAttributes} are a list of {@code
 * [name,Type,value]}. The text never holds a line break, so that one value fits on one line of the
 * log file.
 */
final class RecordText {
  private RecordText() {}

  /** Returns the one-line text of a record. */
  static String encode(Record value) {
    StringBuilder out = new StringBuilder(256);
    write(value, value.getClass(), out);
    return out.toString();
  }

  /**
   * Reads a record of the type back from what {@link #encode} wrote.
   *
   * @throws IllegalArgumentException if the text is not a value of the type
   */
  static <T extends Record> T decode(String text, Class<T> type) {
    return type.cast(new RecordTextReader(text).readWhole(type));
  }

  /** Writes a value of the declared (possibly generic) type. */
  private static void write(@Nullable Object value, Type declared, StringBuilder out) {
    if (value == null) {
      out.append('~');
    } else if (value instanceof CustomAttributes attributes) {
      writeAttributes(attributes, out);
    } else if (value instanceof Collection<?> items) {
      Type element = typeArgument(declared, 0);
      out.append('[');
      String separator = "";
      for (Object item : items) {
        out.append(separator);
        write(item, element, out);
        separator = ",";
      }
      out.append(']');
    } else if (value instanceof Map<?, ?> map) {
      out.append('[');
      String separator = "";
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        out.append(separator).append('[');
        write(entry.getKey(), typeArgument(declared, 0), out);
        out.append(',');
        write(entry.getValue(), typeArgument(declared, 1), out);
        out.append(']');
        separator = ",";
      }
      out.append(']');
    } else if (value instanceof Record record) {
      if (rawClass(declared).isInterface()) {
        // a member of a sealed family (a contact point, an activity): its name, then its value
        out.append(record.getClass().getSimpleName()).append('(');
        writeRecord(record, out);
        out.append(')');
      } else {
        writeRecord(record, out);
      }
    } else {
      writeLeaf(ScalarText.format(value), out);
    }
  }

  private static void writeRecord(Record record, StringBuilder out) {
    RecordComponent[] components = record.getClass().getRecordComponents();
    if (components.length == 1) {
      write(valueOf(record, components[0]), components[0].getGenericType(), out);
      return;
    }
    out.append('{');
    for (int i = 0; i < components.length; i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(components[i].getName()).append('=');
      write(valueOf(record, components[i]), components[i].getGenericType(), out);
    }
    out.append('}');
  }

  private static void writeAttributes(CustomAttributes attributes, StringBuilder out) {
    out.append('[');
    String separator = "";
    for (AttributeKey<?> key : attributes.keys()) {
      Object value = attributes.get(key).orElseThrow();
      out.append(separator).append('[');
      writeLeaf(key.name(), out);
      out.append(',').append(key.type().getSimpleName()).append(',');
      write(value, key.type(), out);
      out.append(']');
      separator = ",";
    }
    out.append(']');
  }

  /** Writes a leaf bare when it is made of safe characters only, else quoted. */
  private static void writeLeaf(String text, StringBuilder out) {
    if (!text.isEmpty() && text.chars().allMatch(RecordText::isBare)) {
      out.append(text);
      return;
    }
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (needsEscape(text, i)) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  /**
   * Control characters, Unicode line separators and unpaired surrogates (which UTF-8 cannot carry)
   * are written as {@code \\uXXXX}.
   */
  private static boolean needsEscape(String text, int i) {
    char c = text.charAt(i);
    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
      return true;
    }
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
    }
    return false;
  }

  /** Returns whether the character may appear in a bare (unquoted) leaf. */
  static boolean isBare(int c) {
    return c >= 'a' && c <= 'z'
        || c >= 'A' && c <= 'Z'
        || c >= '0' && c <= '9'
        || c == '_'
        || c == '.'
        || c == '+'
        || c == '-';
  }

  /** Returns the class of a declared type: {@code List} for {@code List<Address>}. */
  static Class<?> rawClass(Type type) {
    if (type instanceof Class<?> plain) {
      return plain;
    }
    if (type instanceof ParameterizedType generic) {
      return (Class<?>) generic.getRawType();
    }
    throw new IllegalArgumentException("no text form for the type " + type);
  }

  /** Returns a type argument: {@code Address} for argument 0 of {@code List<Address>}. */
  static Type typeArgument(Type type, int index) {
    if (type instanceof ParameterizedType generic) {
      Type argument = generic.getActualTypeArguments()[index];
      if (argument instanceof Class<?> || argument instanceof ParameterizedType) {
        return argument;
      }
    }
    throw new IllegalArgumentException("no element type known for " + type);
  }

  private static @Nullable Object valueOf(Record record, RecordComponent component) {
    try {
      return component.getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + component + " of " + record.getClass(), e);
    }
  }
}
