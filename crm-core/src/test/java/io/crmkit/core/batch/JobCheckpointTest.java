package io.crmkit.core.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.shared.Cursor;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.ValidationException;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class JobCheckpointTest {
  private static final TenantId TENANT = TenantId.of("acme");
  private static final JobId JOB = JobId.of("retier");

  private static CustomerId id(long n) {
    return CustomerId.of(new UUID(0, n));
  }

  @Test
  void started_coversNobody() {
    JobCheckpoint started = JobCheckpoint.started(TENANT, JOB, "tiers");

    assertThat(started.covers(id(1))).isFalse();
    assertThat(started.status()).isEqualTo(JobStatus.RUNNING);
    assertThat(started.version()).isZero();
  }

  @Test
  void advancedTo_extendsThePrefixAndAddsCounts() {
    JobCheckpoint checkpoint =
        JobCheckpoint.started(TENANT, JOB, "tiers")
            .advancedTo(id(5), Cursor.of("c5"), 5, 2, 1)
            .advancedTo(id(9), Cursor.of("c9"), 3, 1, 0);

    assertThat(checkpoint.doneThrough()).isEqualTo(id(9));
    assertThat(checkpoint.resumeAfter()).isEqualTo(Cursor.of("c9"));
    assertThat(checkpoint.covers(id(9))).isTrue();
    assertThat(checkpoint.covers(id(10))).isFalse();
    assertThat(checkpoint.processed()).isEqualTo(8);
    assertThat(checkpoint.changed()).isEqualTo(3);
    assertThat(checkpoint.failed()).isEqualTo(1);
  }

  @Test
  void advancedTo_anEarlierCustomer_keepsThePrefixButAddsCounts() {
    JobCheckpoint checkpoint =
        JobCheckpoint.started(TENANT, JOB, "tiers")
            .advancedTo(id(9), Cursor.of("c9"), 5, 0, 0)
            .advancedTo(id(4), Cursor.of("c4"), 1, 0, 0);

    assertThat(checkpoint.doneThrough()).isEqualTo(id(9));
    assertThat(checkpoint.resumeAfter()).isEqualTo(Cursor.of("c9"));
    assertThat(checkpoint.processed()).isEqualTo(6);
  }

  @Test
  void finished_keepsEverythingElse() {
    JobCheckpoint running =
        JobCheckpoint.started(TENANT, JOB, "tiers").advancedTo(id(3), null, 3, 3, 0).withVersion(4);

    JobCheckpoint finished = running.finished();

    assertThat(finished.status()).isEqualTo(JobStatus.FINISHED);
    assertThat(finished.withVersion(4)).isEqualTo(finished);
    assertThat(finished.processed()).isEqualTo(3);
  }

  @Test
  void constructor_badCounts_listsEveryField() {
    assertThatThrownBy(
            () ->
                new JobCheckpoint(
                    TENANT, JOB, "tiers", null, null, JobStatus.RUNNING, -1, 2, 3, -1))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.fields())
                    .containsExactly("processed", "changed", "failed", "version"));
  }

  @Test
  void completedRange_containsItsBounds() {
    CompletedRange range = new CompletedRange(TENANT, JOB, id(3), id(6), 4, 1, 0);

    assertThat(range.contains(id(3))).isTrue();
    assertThat(range.contains(id(6))).isTrue();
    assertThat(range.contains(id(2))).isFalse();
    assertThat(range.contains(id(7))).isFalse();
  }

  @Test
  void completedRange_lastBeforeFirstOrMoreFailedThanProcessed_throwsValidation() {
    assertThatThrownBy(() -> new CompletedRange(TENANT, JOB, id(6), id(3), 1, 0, 2))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.fields()).containsExactly("last", "failed"));
  }

  @Test
  void progress_negativeElapsed_throwsValidation() {
    assertThatThrownBy(() -> new JobProgress(JOB, 1, 0, 0, java.time.Duration.ofNanos(-1), false))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.fields()).containsExactly("elapsed"));
  }
}
