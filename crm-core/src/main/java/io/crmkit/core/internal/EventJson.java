package io.crmkit.core.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Writes an event record as JSON text for the event outbox, from its record components; the format
 * is the one {@code io.crmkit.spi.OutboxEntry} documents. Values of other classes than those listed
 * there are written as the JSON string of their {@code toString()}.
 */
public final class EventJson {
  private EventJson() {}

  /**
   * Returns the JSON object of a record's components.
   *
   * @throws IllegalArgumentException if {@code event} is not a record
   */
  public static String of(Record event) {
    StringBuilder out = new StringBuilder(256);
    components(event, false, out);
    return out.toString();
  }

  private static void components(Record record, boolean typed, StringBuilder out) {
    out.append('{');
    boolean first = true;
    if (typed) {
      string("@type", out); // no record component can be named so
      out.append(':');
      string(record.getClass().getSimpleName(), out);
      first = false;
    }
    for (RecordComponent component : record.getClass().getRecordComponents()) {
      if (!first) {
        out.append(',');
      }
      first = false;
      string(component.getName(), out);
      out.append(':');
      value(read(record, component), component.getType(), out);
    }
    out.append('}');
  }

  private static void value(@Nullable Object value, Class<?> declared, StringBuilder out) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof Record record) {
      RecordComponent[] parts = record.getClass().getRecordComponents();
      if (declared != record.getClass()) {
        components(record, true, out); // one of several kinds: say which
      } else if (parts.length == 1) {
        value(read(record, parts[0]), parts[0].getType(), out); // an id or a code
      } else {
        components(record, false, out);
      }
    } else if (value instanceof CharSequence || value instanceof Character) {
      string(value.toString(), out);
    } else if (value instanceof Boolean) {
      out.append(value);
    } else if (value instanceof BigDecimal decimal) {
      out.append(decimal.toPlainString());
    } else if (value instanceof Double || value instanceof Float) {
      double number = ((Number) value).doubleValue();
      if (Double.isFinite(number)) {
        out.append(value);
      } else {
        string(value.toString(), out);
      }
    } else if (value instanceof Long
        || value instanceof Integer
        || value instanceof Short
        || value instanceof Byte
        || value instanceof BigInteger) {
      out.append(value);
    } else if (value instanceof Enum<?> constant) {
      string(constant.name(), out);
    } else if (value instanceof Optional<?> optional) {
      value(optional.orElse(null), Object.class, out);
    } else if (value instanceof Map<?, ?> map) {
      object(map, out);
    } else if (value instanceof Collection<?> collection) {
      array(collection, out);
    } else {
      string(value.toString(), out); // instants, dates, UUIDs, currencies: their ISO text
    }
  }

  private static void object(Map<?, ?> map, StringBuilder out) {
    Map<String, @Nullable Object> sorted = new TreeMap<>();
    map.forEach((key, item) -> sorted.put(String.valueOf(key), item));
    out.append('{');
    boolean first = true;
    for (Map.Entry<String, @Nullable Object> entry : sorted.entrySet()) {
      if (!first) {
        out.append(',');
      }
      first = false;
      string(entry.getKey(), out);
      out.append(':');
      value(entry.getValue(), Object.class, out);
    }
    out.append('}');
  }

  private static void array(Collection<?> collection, StringBuilder out) {
    List<String> items = new ArrayList<>(collection.size());
    for (Object item : collection) {
      StringBuilder one = new StringBuilder();
      value(item, item == null ? Object.class : item.getClass(), one);
      items.add(one.toString());
    }
    if (collection instanceof Set<?>) {
      items.sort(null); // a set has no order of its own: equal sets give equal text
    }
    out.append('[').append(String.join(",", items)).append(']');
  }

  /** Writes a JSON string: quotes, backslash and control characters escaped, the rest as is. */
  static void string(String text, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20
              || c == '\u2028'
              || c == '\u2029'
              || Character.isSurrogate(c) && !paired(text, i)) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  /** Returns whether the surrogate at {@code i} is half of a valid pair (an emoji, say). */
  private static boolean paired(String text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
    }
    return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
  }

  private static @Nullable Object read(Record record, RecordComponent component) {
    Method accessor = component.getAccessor();
    if (!accessor.canAccess(record)) {
      accessor
          .trySetAccessible(); // a record crm-core does not export: reflecting on its own module
    }
    try {
      return accessor.invoke(record);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot read " + component + " of " + record.getClass(), e);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException(
          "reading " + component + " of " + record.getClass() + " failed", e.getCause());
    }
  }
}
