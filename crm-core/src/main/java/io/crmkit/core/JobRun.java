package io.crmkit.core;

import io.crmkit.core.batch.CompletedRange;
import io.crmkit.core.batch.CustomerStep;
import io.crmkit.core.batch.JobCheckpoint;
import io.crmkit.core.batch.JobFailure;
import io.crmkit.core.batch.JobId;
import io.crmkit.core.batch.JobOptions;
import io.crmkit.core.batch.JobProgress;
import io.crmkit.core.batch.JobReport;
import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.CustomerQuery;
import io.crmkit.core.shared.ConcurrentUpdateException;
import io.crmkit.core.shared.CrmEvent;
import io.crmkit.core.shared.CrmException;
import io.crmkit.core.shared.Cursor;
import io.crmkit.core.shared.Page;
import io.crmkit.core.shared.PageRequest;
import io.crmkit.core.shared.TenantId;
import io.crmkit.spi.JobCheckpointRepository;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import org.jspecify.annotations.Nullable;

/**
 * One run of a batch job: the coordinator, on the caller's thread, walks the customers in keyset
 * pages, hands each page to the executor (at most {@code parallelism} in flight), hears the pages
 * complete, reports progress, and folds the contiguous prefix of committed pages into the
 * checkpoint. Pages run on the executor's threads, each in its own unit of work.
 */
final class JobRun {
  private final Kernel kernel;
  private final TenantId tenant;
  private final JobId job;
  private final CustomerStep step;
  private final JobOptions options;
  private final long startedNanos;

  private final BlockingQueue<Completion> completions = new LinkedBlockingQueue<>();
  private final Deque<Slot> slots = new ArrayDeque<>();
  private final List<JobFailure> failures = new ArrayList<>();
  private final Map<CustomerId, List<CrmEvent>> wouldChange = new LinkedHashMap<>();
  private int inFlight;
  private long processed;
  private long changed;
  private long failed;
  private @Nullable Throwable abort;
  private boolean interrupted;

  JobRun(
      Kernel kernel,
      TenantId tenant,
      JobId job,
      CustomerStep step,
      JobOptions options,
      long startedNanos) {
    this.kernel = kernel;
    this.tenant = tenant;
    this.job = job;
    this.step = step;
    this.options = options;
    this.startedNanos = startedNanos;
  }

  JobReport alreadyFinished() {
    return finish(JobReport.Outcome.ALREADY_FINISHED);
  }

  JobReport dryRun() {
    walk(null, null, List.of());
    return finish(JobReport.Outcome.DRY_RUN);
  }

  JobReport resume(JobCheckpoint checkpoint, List<CompletedRange> ranges) {
    walk(checkpoint.resumeAfter(), checkpoint.doneThrough(), ranges);
    kernel.execute(
        work -> {
          JobCheckpointRepository checkpoints = work.store().jobCheckpoints();
          JobCheckpoint finished = current(checkpoints);
          // ranges of an earlier run whose customers were deleted since lie past the last page:
          // fold their counts in too, so the finished checkpoint counts everyone and keeps no range
          List<CompletedRange> left = checkpoints.ranges(tenant, job);
          if (!left.isEmpty()) {
            CustomerId through = left.get(0).last();
            long moreProcessed = 0;
            long moreChanged = 0;
            long moreFailed = 0;
            for (CompletedRange range : left) {
              through = range.last().compareTo(through) > 0 ? range.last() : through;
              moreProcessed += range.processed();
              moreChanged += range.changed();
              moreFailed += range.failed();
            }
            checkpoints.deleteRangesThrough(tenant, job, through);
            finished = finished.advancedTo(through, null, moreProcessed, moreChanged, moreFailed);
          }
          return checkpoints.save(finished.finished());
        });
    return finish(JobReport.Outcome.COMPLETED);
  }

  /** Walks the customers after the cursor, skipping the processed ones; throws on an abort. */
  private void walk(
      @Nullable Cursor resumeAfter, @Nullable CustomerId doneThrough, List<CompletedRange> done) {
    PageRequest first =
        resumeAfter == null
            ? PageRequest.first(options.pageSize())
            : PageRequest.after(resumeAfter, options.pageSize());
    try {
      walkFrom(first, doneThrough, done);
    } catch (RuntimeException | Error e) {
      abortWith(e); // a failed read or fold: still wait for the pages in flight below
    }
    while (inFlight > 0) {
      handle(take());
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    if (abort instanceof RuntimeException e) {
      throw e;
    }
    if (abort instanceof Error e) {
      throw e;
    }
  }

  private void walkFrom(
      PageRequest first, @Nullable CustomerId doneThrough, List<CompletedRange> done) {
    PageRequest request = first;
    while (request != null && abort == null) {
      PageRequest asked = request;
      Page<Customer> page =
          kernel.execute(work -> work.store().customers().find(CustomerQuery.in(tenant), asked));
      if (page.items().isEmpty()) {
        break;
      }
      List<CustomerId> pending = new ArrayList<>(page.items().size());
      for (Customer customer : page.items()) {
        CustomerId id = customer.id();
        boolean skipped =
            doneThrough != null && id.compareTo(doneThrough) <= 0
                || done.stream().anyMatch(range -> range.contains(id));
        if (!skipped) {
          pending.add(id);
        }
      }
      Slot slot = new Slot(page.items().get(page.items().size() - 1).id(), page.next());
      slots.add(slot);
      if (pending.isEmpty()) {
        slot.done = true;
        foldOrAbort();
      } else {
        dispatch(slot, pending);
      }
      request = page.nextRequest(options.pageSize()).orElse(null);
    }
  }

  private void dispatch(Slot slot, List<CustomerId> customers) {
    // an executor that refuses the page throws here, before the page counts as in flight
    CompletableFuture<PageResult> page =
        CompletableFuture.supplyAsync(() -> process(customers), options.executor());
    inFlight++;
    page.whenComplete((result, error) -> completions.add(new Completion(slot, result, error)));
    while (inFlight >= options.parallelism() && abort == null) {
      handle(take());
    }
  }

  /**
   * Waits for the next page to end. An interrupt does not cut the wait short, since pages in flight
   * are still committing: it aborts the walk, and the caller's interrupt flag is set again once
   * every page has ended.
   */
  private Completion take() {
    while (true) {
      try {
        return completions.take();
      } catch (InterruptedException e) {
        interrupted = true;
        abortWith(
            new IllegalStateException(
                "interrupted while job " + job + " waited for its pages; run it again to resume",
                e));
      }
    }
  }

  /**
   * Processes one page in one unit of work; on an executor thread. A step that fails rolls the
   * whole page back (so nothing it wrote half-way is kept and none of the page's events is
   * published), and the page runs again without that customer, who counts as failed; a page that
   * loses an optimistic race, in a step or at commit, is decided again from the stored state.
   */
  private PageResult process(List<CustomerId> customers) {
    Map<CustomerId, JobFailure> failedSteps = new LinkedHashMap<>();
    for (int lostRaces = 0; ; ) {
      try {
        if (options.dryRun()) {
          return kernel.executeAndRollBack(work -> steps(work, customers, failedSteps));
        }
        return kernel.execute(
            work -> {
              PageResult result = steps(work, customers, failedSteps);
              work.store()
                  .jobCheckpoints()
                  .addRange(
                      new CompletedRange(
                          tenant,
                          job,
                          customers.get(0),
                          customers.get(customers.size() - 1),
                          customers.size(),
                          result.changed,
                          result.failures.size()));
              return result;
            });
      } catch (StepFailed failure) {
        CrmException cause = failure.cause;
        failedSteps.put(
            failure.customer,
            new JobFailure(job, failure.customer, cause.code(), cause.getMessage()));
      } catch (ConcurrentUpdateException race) {
        lostRaces++;
        if (lostRaces == Kernel.ATTEMPTS) {
          throw race;
        }
        Kernel.backOff(lostRaces);
      }
    }
  }

  private PageResult steps(
      Kernel.Work work, List<CustomerId> customers, Map<CustomerId, JobFailure> failedSteps) {
    PageResult result = new PageResult(customers.size());
    for (CustomerId customer : customers) {
      JobFailure failedBefore = failedSteps.get(customer);
      if (failedBefore != null) {
        result.failures.add(failedBefore);
        continue;
      }
      int mark = work.mark();
      boolean changedIt;
      try {
        changedIt = step.apply(tenant, customer);
      } catch (ConcurrentUpdateException race) {
        throw race; // the stored state moved under the page: decide it again
      } catch (CrmException e) {
        throw new StepFailed(customer, e);
      }
      if (changedIt) {
        result.changed++;
        if (options.dryRun()) {
          result.events.put(customer, work.eventsSince(mark));
        }
      }
    }
    return result;
  }

  /** Rolls a page back because one customer's step failed. */
  private static final class StepFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient CustomerId customer;
    final transient CrmException cause;

    StepFailed(CustomerId customer, CrmException cause) {
      super(null, null, false, false);
      this.customer = customer;
      this.cause = cause;
    }
  }

  /** Takes in one completed page: counts, listener, checkpoint; never throws. */
  private void handle(Completion completion) {
    inFlight--;
    if (completion.error != null) {
      Throwable cause =
          completion.error instanceof CompletionException && completion.error.getCause() != null
              ? completion.error.getCause()
              : completion.error;
      abortWith(cause);
      return;
    }
    PageResult result = completion.result;
    processed += result.processed;
    changed += result.changed;
    failed += result.failures.size();
    failures.addAll(result.failures);
    wouldChange.putAll(result.events);
    completion.slot.done = true;
    try {
      result.failures.forEach(options.listener()::failed);
      options.listener().progress(progress(false));
    } catch (RuntimeException | Error e) {
      abortWith(e);
    }
    foldOrAbort();
  }

  private void foldOrAbort() {
    try {
      fold();
    } catch (RuntimeException | Error e) {
      abortWith(e);
    }
  }

  private void abortWith(Throwable cause) {
    if (abort == null) {
      abort = cause;
    } else if (abort != cause) {
      abort.addSuppressed(cause);
    }
  }

  /** Folds the committed pages at the head of the walk into the checkpoint. */
  private void fold() {
    Slot last = null;
    while (!slots.isEmpty() && slots.peekFirst().done) {
      last = slots.pollFirst();
    }
    if (last == null || options.dryRun()) {
      return;
    }
    Slot through = last;
    kernel.execute(
        work -> {
          JobCheckpointRepository checkpoints = work.store().jobCheckpoints();
          long foldedProcessed = 0;
          long foldedChanged = 0;
          long foldedFailed = 0;
          for (CompletedRange range : checkpoints.ranges(tenant, job)) {
            if (range.last().compareTo(through.lastSeen) <= 0) {
              foldedProcessed += range.processed();
              foldedChanged += range.changed();
              foldedFailed += range.failed();
            }
          }
          checkpoints.deleteRangesThrough(tenant, job, through.lastSeen);
          return checkpoints.save(
              current(checkpoints)
                  .advancedTo(
                      through.lastSeen,
                      through.next,
                      foldedProcessed,
                      foldedChanged,
                      foldedFailed));
        });
  }

  private JobCheckpoint current(JobCheckpointRepository checkpoints) {
    return checkpoints
        .find(tenant, job)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "the checkpoint of job " + job + " was removed while the job ran"));
  }

  private JobProgress progress(boolean finished) {
    return new JobProgress(job, processed, changed, failed, elapsed(), finished);
  }

  private Duration elapsed() {
    return Duration.ofNanos(Math.max(0, System.nanoTime() - startedNanos));
  }

  private JobReport finish(JobReport.Outcome outcome) {
    JobProgress end = progress(true);
    options.listener().progress(end);
    return new JobReport(
        tenant,
        job,
        outcome,
        processed,
        changed,
        failed,
        failures,
        options.dryRun() ? wouldChange : Map.of(),
        end.elapsed());
  }

  /** One page of the walk, in walk order: its last customer and the cursor after it. */
  private static final class Slot {
    final CustomerId lastSeen;
    final @Nullable Cursor next;
    boolean done;

    Slot(CustomerId lastSeen, @Nullable Cursor next) {
      this.lastSeen = lastSeen;
      this.next = next;
    }
  }

  /** What one page did. */
  private static final class PageResult {
    final int processed;
    int changed;
    final List<JobFailure> failures = new ArrayList<>();
    final Map<CustomerId, List<CrmEvent>> events = new LinkedHashMap<>();

    PageResult(int processed) {
      this.processed = processed;
    }
  }

  /** A page that ended, well or not. */
  private record Completion(Slot slot, @Nullable PageResult result, @Nullable Throwable error) {}
}
