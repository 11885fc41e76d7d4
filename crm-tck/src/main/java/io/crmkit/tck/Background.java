package io.crmkit.tck;

import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/** Threads a concurrency test runs work on; closing it stops them. Every wait is bounded. */
final class Background implements AutoCloseable {
  /** The longest a test waits for work on another thread before it fails. */
  static final Duration PATIENCE = Duration.ofSeconds(60);

  private static final AtomicInteger THREADS = new AtomicInteger();

  private final ExecutorService executor =
      Executors.newCachedThreadPool(
          task -> {
            Thread thread = new Thread(task, "crm-tck-" + THREADS.incrementAndGet());
            thread.setDaemon(true);
            return thread;
          });

  /** Starts work on a new thread. */
  <T> Future<T> start(Callable<T> work) {
    return executor.submit(work);
  }

  /** Waits for work and returns its result; rethrows what it threw. */
  static <T> T join(Future<T> future) {
    try {
      return future.get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for background work", e);
    } catch (TimeoutException e) {
      return fail("background work did not finish within %s", PATIENCE);
    }
  }

  /** Waits for work and returns what it threw, or {@code null} if it returned normally. */
  static Throwable failureOf(Future<?> future) {
    try {
      future.get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
      return null;
    } catch (ExecutionException e) {
      return e.getCause();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for background work", e);
    } catch (TimeoutException e) {
      return fail("background work did not finish within %s", PATIENCE);
    }
  }

  /** Waits for the latch for at most {@code timeout}; returns whether it opened. */
  static boolean await(CountDownLatch latch, Duration timeout) {
    try {
      return latch.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting", e);
    }
  }

  /** Waits until the condition holds or {@code timeout} passed; returns whether it holds. */
  static boolean awaitCondition(BooleanSupplier condition, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() - deadline > 0) {
        return false;
      }
      LockSupport.parkNanos(50_000);
    }
    return true;
  }

  @Override
  public void close() {
    executor.shutdownNow();
    try {
      executor.awaitTermination(PATIENCE.toSeconds(), TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
