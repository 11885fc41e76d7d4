package io.crmkit.examples.adapter;

import io.crmkit.core.shared.AttributeKey;
import io.crmkit.core.shared.CustomAttributes;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Reads one value that {@link RecordText} wrote, guided by the type it must have: a recursive
 * descent over the grammar in {@link RecordText}'s documentation.
 */
final class RecordTextReader {
  private final String text;
  private int at;

  RecordTextReader(String text) {
    this.text = text;
  }

  /** Reads a value of the type that must span the whole text. */
  Object readWhole(Type type) {
    Object value = read(type);
    if (value == null || at != text.length()) {
      throw fail("the end of the value");
    }
    return value;
  }

  private @Nullable Object read(Type type) {
    if (peek() == '~') {
      at++;
      return null;
    }
    Class<?> raw = RecordText.rawClass(type);
    if (raw == CustomAttributes.class) {
      return readAttributes();
    }
    if (Collection.class.isAssignableFrom(raw)) {
      Collection<Object> items = newCollection(raw);
      readList(() -> items.add(read(RecordText.typeArgument(type, 0))));
      return items;
    }
    if (Map.class.isAssignableFrom(raw)) {
      Map<Object, Object> map =
          SortedMap.class.isAssignableFrom(raw) ? new TreeMap<>() : new LinkedHashMap<>();
      readList(
          () -> {
            expect('[');
            Object key = read(RecordText.typeArgument(type, 0));
            expect(',');
            map.put(key, read(RecordText.typeArgument(type, 1)));
            expect(']');
          });
      return map;
    }
    if (raw.isSealed()) {
      Class<?> member = permittedMember(raw, readBare());
      expect('(');
      Object value = readRecord(member);
      expect(')');
      return value;
    }
    if (raw.isRecord()) {
      return readRecord(raw);
    }
    if (ScalarText.isScalar(raw)) {
      return ScalarText.parse(raw, readLeaf());
    }
    throw new IllegalArgumentException("no text form for " + raw.getName());
  }

  private Object readRecord(Class<?> type) {
    RecordComponent[] components = type.getRecordComponents();
    Object[] arguments = new Object[components.length];
    if (components.length == 1) {
      arguments[0] = read(components[0].getGenericType());
    } else {
      Map<String, RecordComponent> byName = new HashMap<>();
      for (RecordComponent component : components) {
        byName.put(component.getName(), component);
      }
      Map<String, @Nullable Object> values = new HashMap<>();
      expect('{');
      if (peek() != '}') {
        do {
          String name = readBare();
          RecordComponent component = byName.get(name);
          if (component == null) {
            throw fail("a component of " + type.getSimpleName() + " instead of '" + name + "'");
          }
          expect('=');
          values.put(name, read(component.getGenericType()));
        } while (accept(','));
      }
      expect('}');
      for (int i = 0; i < components.length; i++) {
        arguments[i] =
            values.containsKey(components[i].getName())
                ? values.get(components[i].getName())
                : absent(components[i].getType());
      }
    }
    return construct(type, components, arguments);
  }

  private static Object construct(
      Class<?> type, RecordComponent[] components, @Nullable Object[] arguments) {
    Class<?>[] parameterTypes = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      parameterTypes[i] = components[i].getType();
    }
    try {
      return type.getDeclaredConstructor(parameterTypes).newInstance(arguments);
    } catch (InvocationTargetException e) {
      throw new IllegalArgumentException(
          "the stored " + type.getSimpleName() + " is refused: " + e.getCause().getMessage(),
          e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot create a " + type.getName(), e);
    }
  }

  /** The value of a component missing from the text: written before the component existed. */
  private static @Nullable Object absent(Class<?> type) {
    if (type == long.class) {
      return 0L;
    }
    if (type == int.class) {
      return 0;
    }
    if (type == double.class) {
      return 0.0;
    }
    if (type == boolean.class) {
      return false;
    }
    if (type == CustomAttributes.class) {
      return CustomAttributes.empty();
    }
    if (Collection.class.isAssignableFrom(type)) {
      return newCollection(type);
    }
    if (Map.class.isAssignableFrom(type)) {
      return Map.of();
    }
    return null;
  }

  private CustomAttributes readAttributes() {
    Map<AttributeKey<?>, Object> values = new LinkedHashMap<>();
    readList(
        () -> {
          expect('[');
          String name = readLeaf();
          expect(',');
          String typeName = readBare();
          Class<?> type =
              AttributeKey.SUPPORTED_TYPES.stream()
                  .filter(t -> t.getSimpleName().equals(typeName))
                  .findFirst()
                  .orElseThrow(() -> fail("an attribute type instead of '" + typeName + "'"));
          expect(',');
          values.put(AttributeKey.of(name, type), read(type));
          expect(']');
        });
    return CustomAttributes.of(values);
  }

  private static Collection<Object> newCollection(Class<?> type) {
    if (SortedSet.class.isAssignableFrom(type)) {
      return new TreeSet<>();
    }
    if (Set.class.isAssignableFrom(type)) {
      return new LinkedHashSet<>();
    }
    if (type.isAssignableFrom(ArrayList.class)) {
      return new ArrayList<>();
    }
    throw new IllegalArgumentException("no text form for " + type.getName());
  }

  private static Class<?> permittedMember(Class<?> sealed, String name) {
    for (Class<?> member : sealed.getPermittedSubclasses()) {
      if (member.getSimpleName().equals(name)) {
        return member;
      }
    }
    throw new IllegalArgumentException("'" + name + "' is not a kind of " + sealed.getSimpleName());
  }

  /** Reads {@code [item, item, …]}, calling {@code item} once per element. */
  private void readList(Runnable item) {
    expect('[');
    if (peek() != ']') {
      do {
        item.run();
      } while (accept(','));
    }
    expect(']');
  }

  private String readLeaf() {
    return peek() == '"' ? readQuoted() : readBare();
  }

  private String readBare() {
    int start = at;
    while (at < text.length() && RecordText.isBare(text.charAt(at))) {
      at++;
    }
    if (at == start) {
      throw fail("a value");
    }
    return text.substring(start, at);
  }

  private String readQuoted() {
    expect('"');
    StringBuilder out = new StringBuilder();
    while (true) {
      if (at >= text.length()) {
        throw fail("the closing quote");
      }
      char c = text.charAt(at++);
      if (c == '"') {
        return out.toString();
      }
      if (c != '\\') {
        out.append(c);
        continue;
      }
      char escaped = at < text.length() ? text.charAt(at++) : ' ';
      switch (escaped) {
        case '"', '\\' -> out.append(escaped);
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'u' -> {
          if (at + 4 > text.length()) {
            throw fail("four hex digits");
          }
          out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
          at += 4;
        }
        default -> throw fail("an escape sequence");
      }
    }
  }

  private char peek() {
    return at < text.length() ? text.charAt(at) : '\0';
  }

  private boolean accept(char c) {
    if (peek() == c) {
      at++;
      return true;
    }
    return false;
  }

  private void expect(char c) {
    if (!accept(c)) {
      throw fail("'" + c + "'");
    }
  }

  private IllegalArgumentException fail(String expected) {
    return new IllegalArgumentException(
        "expected " + expected + " at character " + at + " of the stored value");
  }
}
