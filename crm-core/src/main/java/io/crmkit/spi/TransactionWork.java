package io.crmkit.spi;

/**
 * Work done inside one unit of work, given the repositories bound to it.
 *
 * @param <T> what the work returns
 * @since 0.1
 */
@FunctionalInterface
public interface TransactionWork<T> {

  /** Does the work; an exception thrown here rolls the unit of work back. */
  T execute(UnitOfWork unitOfWork);
}
