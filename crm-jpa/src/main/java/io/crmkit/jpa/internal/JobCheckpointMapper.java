package io.crmkit.jpa.internal;

import io.crmkit.core.batch.CompletedRange;
import io.crmkit.core.batch.JobCheckpoint;
import io.crmkit.core.batch.JobId;
import io.crmkit.core.batch.JobStatus;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.shared.Cursor;
import io.crmkit.core.shared.TenantId;

/**
 * Maps a {@link JobCheckpoint} to a {@link JobCheckpointRow}, a {@link CompletedRange} to a {@link
 * JobRangeRow}, and back.
 */
final class JobCheckpointMapper {
  private JobCheckpointMapper() {}

  /** Writes every field of the checkpoint but its key and version into the row. */
  static void write(JobCheckpoint c, JobCheckpointRow row) {
    row.name = c.name();
    row.doneThrough = c.doneThrough() == null ? null : c.doneThrough().toString();
    row.resumeAfter = c.resumeAfter() == null ? null : c.resumeAfter().token();
    row.status = c.status().name();
    row.processed = c.processed();
    row.changed = c.changed();
    row.failed = c.failed();
  }

  static JobCheckpoint read(JobCheckpointRow row) {
    return new JobCheckpoint(
        TenantId.of(row.tenant),
        JobId.of(row.id),
        row.name,
        row.doneThrough == null ? null : CustomerId.parse(row.doneThrough),
        row.resumeAfter == null ? null : Cursor.of(row.resumeAfter),
        JobStatus.valueOf(row.status),
        row.processed,
        row.changed,
        row.failed,
        row.version);
  }

  static JobRangeRow write(CompletedRange range) {
    JobRangeRow row = JobRangeRow.create();
    row.tenant = range.tenant().value();
    row.owner = range.job().code();
    row.value = range.first().toString();
    row.last = range.last().toString();
    row.processed = range.processed();
    row.changed = range.changed();
    row.failed = range.failed();
    return row;
  }

  static CompletedRange read(JobRangeRow row) {
    return new CompletedRange(
        TenantId.of(row.tenant),
        JobId.of(row.owner),
        CustomerId.parse(row.value),
        CustomerId.parse(row.last),
        row.processed,
        row.changed,
        row.failed);
  }
}
