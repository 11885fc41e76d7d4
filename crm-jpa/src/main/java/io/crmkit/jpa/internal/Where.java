package io.crmkit.jpa.internal;

import jakarta.persistence.Query;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The {@code where} clause of a JPQL list or count query, built from the criteria that are set,
 * with every value bound as a parameter (never concatenated into the text).
 */
final class Where {
  private final StringBuilder clause = new StringBuilder();
  private final Map<String, Object> parameters = new LinkedHashMap<>();

  /** Adds a condition with the parameter it uses. */
  Where and(String condition, String parameter, Object value) {
    and(condition);
    parameters.put(parameter, value);
    return this;
  }

  /** Binds one more parameter, which a condition added before uses a second time or more. */
  Where with(String parameter, Object value) {
    parameters.put(parameter, value);
    return this;
  }

  /** Adds a condition when the value is set. */
  Where andIf(@Nullable Object value, String condition, String parameter) {
    return value == null ? this : and(condition, parameter, value);
  }

  /** Adds a condition without parameters. */
  Where and(String condition) {
    clause.append(clause.length() == 0 ? " where " : " and ").append(condition);
    return this;
  }

  /**
   * Adds {@code path in (:p0, :p1, …)} with one parameter per value: unlike one collection-valued
   * parameter, a fixed number of parameters lets a provider reuse the query's translation
   * (Hibernate translates a query with a collection parameter again on every execution).
   */
  Where andIn(String path, String parameter, List<?> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("an in-list needs at least one value");
    }
    StringBuilder condition = new StringBuilder(path).append(" in (");
    for (int i = 0; i < values.size(); i++) {
      String name = parameter + i;
      condition.append(i == 0 ? ":" : ", :").append(name);
      parameters.put(name, values.get(i));
    }
    return and(condition.append(')').toString());
  }

  /** Adds a condition without parameters when {@code wanted} is true. */
  Where andWhen(boolean wanted, String condition) {
    return wanted ? and(condition) : this;
  }

  /** Binds one more parameter, which a condition added before uses besides its own. */
  Where bind(String parameter, Object value) {
    parameters.put(parameter, value);
    return this;
  }

  /** Returns the clause, starting with {@code where}. */
  String jpql() {
    return clause.toString();
  }

  /** Binds every parameter to the query. */
  <Q extends Query> Q bind(Q query) {
    parameters.forEach(query::setParameter);
    return query;
  }

  /** Returns a LIKE pattern matching the text as a prefix, escaping with {@code !}. */
  static String prefixPattern(String prefix) {
    StringBuilder pattern = new StringBuilder(prefix.length() + 1);
    for (int i = 0; i < prefix.length(); i++) {
      char c = prefix.charAt(i);
      if (c == '!' || c == '%' || c == '_') {
        pattern.append('!');
      }
      pattern.append(c);
    }
    return pattern.append('%').toString();
  }
}
