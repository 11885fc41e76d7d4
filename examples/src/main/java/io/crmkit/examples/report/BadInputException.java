package io.crmkit.examples.report;

import static java.util.Objects.requireNonNull;

/**
 * Thrown when the input cannot be used at all: a column the options name is missing, a file cannot
 * be read, or, with {@code --strict}, the first bad row. The program exits with {@link
 * KeyAccountReport#EXIT_DATA}.
 *
 * @since 0.1
 */
final class BadInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Reject reject;

  /** Creates the exception for one located problem. */
  public BadInputException(Reject reject) {
    super(requireNonNull(reject, "reject").message());
    this.reject = reject;
  }

  /** Returns where the problem is and what was expected. */
  public Reject reject() {
    return reject;
  }
}
