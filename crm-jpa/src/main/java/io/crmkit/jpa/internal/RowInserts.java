package io.crmkit.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * New rows of crm-jpa's entity classes, gathered and then inserted with plain JDBC batches on a
 * connection the caller holds (the bulk import's: its entity manager's, in its transaction) instead
 * of {@code em.persist}.
 *
 * <p>Nothing about the tables is written twice: each insert is derived from the row class's mapping
 * — the {@code @Table} name and the {@code @Column} name of every field of the class and of its
 * {@code @MappedSuperclass}es, such as {@link VersionColumns} — and binds the values the mappers
 * put into the row's fields, so the rows are the ones the provider would insert. The row classes
 * map only basic values ({@code String}, {@code long}/{@code Long}, {@code int}/{@code Integer},
 * {@code boolean}/{@code Boolean}, {@link LocalDate}, {@link BigDecimal}) without converters; a
 * class with anything else is refused when its first row is added. The {@code @Version} column gets
 * the lock version the caller says the provider starts new rows at (Hibernate 0, EclipseLink 1).
 *
 * <p>Rows of one class are inserted in the order they were added; classes in the order their first
 * row was added (parents before children when they are added so).
 */
public final class RowInserts {
  private static final ClassValue<Insert> INSERTS =
      new ClassValue<>() {
        @Override
        protected Insert computeValue(Class<?> type) {
          return Insert.of(type);
        }
      };

  private final int batchSize;
  private final Map<Class<?>, List<Object>> pending = new LinkedHashMap<>();

  /**
   * Returns an empty set of rows that will be sent {@code batchSize} rows per JDBC batch.
   *
   * @throws IllegalArgumentException if {@code batchSize} is less than 1
   */
  public RowInserts(int batchSize) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be at least 1 but was " + batchSize);
    }
    this.batchSize = batchSize;
  }

  /**
   * Adds a new row to insert.
   *
   * @throws IllegalArgumentException if its class is not an entity class of basic columns
   */
  public void add(Object row) {
    INSERTS.get(row.getClass());
    pending.computeIfAbsent(row.getClass(), type -> new ArrayList<>()).add(row);
  }

  /** Returns whether no row is waiting to be inserted. */
  public boolean isEmpty() {
    return pending.isEmpty();
  }

  /**
   * Inserts every row added since the last {@code insert} or {@link #drainTo}, on {@code
   * connection} and without committing, and forgets them.
   *
   * @param lockVersion the value of every {@code @Version} column
   * @throws SQLException if the database refused a batch; the rows are forgotten all the same, and
   *     the caller rolls back
   */
  public void insert(Connection connection, long lockVersion) throws SQLException {
    try {
      for (Map.Entry<Class<?>, List<Object>> rows : pending.entrySet()) {
        INSERTS.get(rows.getKey()).run(connection, rows.getValue(), lockVersion, batchSize);
      }
    } finally {
      pending.clear();
    }
  }

  /**
   * Returns the {@code @Version} column of {@code row}'s stored copy as {@code connection} sees it,
   * or nothing if it sees no row with {@code row}'s primary key: a row the provider inserted in an
   * uncommitted transaction is seen only on that transaction's connection.
   *
   * @throws IllegalArgumentException if the row's class has no {@code @Version} or {@code @Id}
   */
  public static OptionalLong storedLockVersion(Connection connection, Object row)
      throws SQLException {
    Insert insert = INSERTS.get(row.getClass());
    try (PreparedStatement statement = connection.prepareStatement(insert.versionQuery())) {
      int index = 1;
      for (Binder column : insert.columns()) {
        if (column.id()) {
          column.bind(statement, index++, row, 0);
        }
      }
      try (ResultSet found = statement.executeQuery()) {
        return found.next() ? OptionalLong.of(found.getLong(1)) : OptionalLong.empty();
      }
    }
  }

  /** Hands every row added since the last {@link #insert} or {@code drainTo} to {@code sink}. */
  public void drainTo(Consumer<Object> sink) {
    pending.values().forEach(rows -> rows.forEach(sink));
    pending.clear();
  }

  /**
   * The insert of one row class: its SQL, a binder per column, and the query of the lock version of
   * a stored row (empty when the class has no {@code @Version}).
   */
  private record Insert(String sql, List<Binder> columns, String lockVersionQuery) {
    static Insert of(Class<?> type) {
      Table table = type.getAnnotation(Table.class);
      if (table == null) {
        throw new IllegalArgumentException(type.getName() + " is not a row class with a @Table");
      }
      List<String> names = new ArrayList<>();
      List<String> ids = new ArrayList<>();
      String lockVersion = null;
      List<Binder> columns = new ArrayList<>();
      for (Field field : mappedFields(type)) {
        if (Modifier.isStatic(field.getModifiers()) || field.isSynthetic()) {
          continue;
        }
        Column column = field.getAnnotation(Column.class);
        if (column == null) {
          throw new IllegalArgumentException(
              "field " + field.getName() + " of " + type.getName() + " has no @Column");
        }
        names.add(column.name());
        Binder binder = Binder.of(field);
        columns.add(binder);
        if (binder.id()) {
          ids.add(column.name() + " = ?");
        } else if (binder.kind() == Kind.LOCK_VERSION) {
          lockVersion = column.name();
        }
      }
      String sql =
          "insert into "
              + table.name()
              + " ("
              + String.join(", ", names)
              + ") values ("
              + names.stream().map(n -> "?").collect(Collectors.joining(", "))
              + ")";
      String lockVersionQuery =
          lockVersion == null || ids.isEmpty()
              ? ""
              : "select "
                  + lockVersion
                  + " from "
                  + table.name()
                  + " where "
                  + String.join(" and ", ids);
      return new Insert(sql, List.copyOf(columns), lockVersionQuery);
    }

    /**
     * Returns the fields of {@code type} and of its mapped superclasses, the topmost class's first,
     * so that the columns of a class stand in the order they are declared in its hierarchy.
     */
    private static List<Field> mappedFields(Class<?> type) {
      List<Class<?>> hierarchy = new ArrayList<>();
      for (Class<?> c = type;
          c != null
              && (c.isAnnotationPresent(Entity.class)
                  || c.isAnnotationPresent(MappedSuperclass.class));
          c = c.getSuperclass()) {
        hierarchy.add(0, c);
      }
      List<Field> fields = new ArrayList<>();
      for (Class<?> c : hierarchy) {
        fields.addAll(List.of(c.getDeclaredFields()));
      }
      return fields;
    }

    String versionQuery() {
      if (lockVersionQuery.isEmpty()) {
        throw new IllegalArgumentException("the rows of " + sql + " have no lock version");
      }
      return lockVersionQuery;
    }

    void run(Connection connection, List<Object> rows, long lockVersion, int batchSize)
        throws SQLException {
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        int unsent = 0;
        for (Object row : rows) {
          for (int i = 0; i < columns.size(); i++) {
            columns.get(i).bind(statement, i + 1, row, lockVersion);
          }
          statement.addBatch();
          if (++unsent == batchSize) {
            statement.executeBatch();
            unsent = 0;
          }
        }
        if (unsent > 0) {
          statement.executeBatch();
        }
      }
    }
  }

  /** The kinds of value a row field holds, with the JDBC type of their null. */
  private enum Kind {
    TEXT(Types.VARCHAR),
    BIGINT(Types.BIGINT),
    INTEGER(Types.INTEGER),
    BOOLEAN(Types.BOOLEAN),
    DATE(Types.DATE),
    DECIMAL(Types.DECIMAL),
    LOCK_VERSION(Types.BIGINT);

    final int sqlType;

    Kind(int sqlType) {
      this.sqlType = sqlType;
    }

    static Kind of(Field field) {
      Class<?> type = field.getType();
      if (field.isAnnotationPresent(Version.class) && type == long.class) {
        return LOCK_VERSION;
      }
      if (type == String.class) {
        return TEXT;
      } else if (type == long.class || type == Long.class) {
        return BIGINT;
      } else if (type == int.class || type == Integer.class) {
        return INTEGER;
      } else if (type == boolean.class || type == Boolean.class) {
        return BOOLEAN;
      } else if (type == LocalDate.class) {
        return DATE;
      } else if (type == BigDecimal.class) {
        return DECIMAL;
      }
      throw new IllegalArgumentException(
          "field "
              + field.getName()
              + " of "
              + field.getDeclaringClass().getName()
              + " has type "
              + type.getName()
              + ", which the JDBC inserts do not bind");
    }
  }

  /** Reads one field of a row and binds it as one parameter. */
  private record Binder(VarHandle field, Kind kind, boolean id) {
    static Binder of(Field field) {
      try {
        return new Binder(
            MethodHandles.lookup().unreflectVarHandle(field),
            Kind.of(field),
            field.isAnnotationPresent(Id.class));
      } catch (IllegalAccessException e) {
        throw new IllegalArgumentException("cannot read field " + field, e);
      }
    }

    void bind(PreparedStatement statement, int index, Object row, long lockVersion)
        throws SQLException {
      if (kind == Kind.LOCK_VERSION) {
        statement.setLong(index, lockVersion);
        return;
      }
      Object value = field.get(row);
      if (value == null) {
        statement.setNull(index, kind.sqlType);
        return;
      }
      switch (kind) {
        case TEXT -> statement.setString(index, (String) value);
        case BIGINT -> statement.setLong(index, (Long) value);
        case INTEGER -> statement.setInt(index, (Integer) value);
        case BOOLEAN -> statement.setBoolean(index, (Boolean) value);
        case DATE -> statement.setObject(index, value);
        case DECIMAL -> statement.setBigDecimal(index, (BigDecimal) value);
        default -> throw new IllegalStateException("no binding for " + kind);
      }
    }
  }
}
