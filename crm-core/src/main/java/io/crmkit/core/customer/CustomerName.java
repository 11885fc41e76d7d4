package io.crmkit.core.customer;

import io.crmkit.core.internal.Problems;
import io.crmkit.core.shared.PersonName;
import io.crmkit.core.shared.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A customer's name: an organisation's registered names, or a person's name. Chinese and Latin
 * forms are both first-class; the kind of customer follows from the kind of name.
 *
 * @since 0.1
 */
public sealed interface CustomerName permits CustomerName.Organization, CustomerName.Person {
  /** The longest organisation name accepted, in code points. */
  int MAX_LENGTH = 300;

  /** Returns the kind of customer this name belongs to. */
  CustomerKind kind();

  /** Returns the name to show: the Chinese form if present, else the Latin one. */
  String displayName();

  /** Returns the lower-cased texts a name-prefix query matches. */
  List<String> searchKeys();

  /**
   * Returns an organisation name, put in the Chinese slot when it contains Han characters and in
   * the Latin slot otherwise.
   *
   * @throws ValidationException if the name is blank, too long or has control characters
   */
  static Organization organization(String name) {
    java.util.Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw ValidationException.of("name", name, "must not be blank");
    }
    return containsHan(name) ? new Organization(name, null) : new Organization(null, name);
  }

  /** Returns whether the text contains a Han character. */
  static boolean containsHan(@Nullable String text) {
    return text != null
        && text.codePoints()
            .anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
  }

  /**
   * An organisation's name in Chinese ({@code 华东机电集团有限公司}) and/or Latin script ({@code East China
   * Electromechanical Group Co., Ltd.}); at least one is required.
   *
   * @param chinese the Chinese name, if any
   * @param latin the Latin-script name, if any
   */
  record Organization(@Nullable String chinese, @Nullable String latin) implements CustomerName {

    /**
     * Validates both forms and lists every problem.
     *
     * @throws ValidationException if both are absent, or a form is blank, too long or has control
     *     characters
     */
    public Organization {
      Problems problems = Problems.create();
      chinese = problems.text("name.chinese", chinese, MAX_LENGTH, false);
      latin = problems.text("name.latin", latin, MAX_LENGTH, false);
      problems.check(
          chinese != null || latin != null || !problems.isEmpty(),
          "name",
          null,
          "needs a chinese or a latin form");
      problems.throwIfAny();
    }

    @Override
    public CustomerKind kind() {
      return CustomerKind.ORGANIZATION;
    }

    @Override
    public String displayName() {
      return chinese != null ? chinese : latin;
    }

    @Override
    public List<String> searchKeys() {
      List<String> keys = new ArrayList<>(2);
      if (chinese != null) {
        keys.add(chinese.toLowerCase(Locale.ROOT));
      }
      if (latin != null) {
        keys.add(latin.toLowerCase(Locale.ROOT));
      }
      return keys;
    }
  }

  /**
   * A person's name as a customer's name.
   *
   * @param name the person's name
   */
  record Person(PersonName name) implements CustomerName {

    /** Requires the name. */
    public Person {
      java.util.Objects.requireNonNull(name, "name");
    }

    @Override
    public CustomerKind kind() {
      return CustomerKind.PERSON;
    }

    @Override
    public String displayName() {
      return name.displayName();
    }

    @Override
    public List<String> searchKeys() {
      return name.searchKeys();
    }
  }
}
