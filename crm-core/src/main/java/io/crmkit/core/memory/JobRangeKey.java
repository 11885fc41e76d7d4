package io.crmkit.core.memory;

import io.crmkit.core.batch.JobId;
import io.crmkit.core.customer.CustomerId;

/** The key of a stored completed range: the job, then the range's first customer. */
record JobRangeKey(JobId job, CustomerId first) implements Comparable<JobRangeKey> {

  @Override
  public int compareTo(JobRangeKey other) {
    int byJob = job.compareTo(other.job);
    return byJob != 0 ? byJob : first.compareTo(other.first);
  }

  /** Ranges are never paged with a cursor; a token is never a valid range key. */
  static JobRangeKey parse(String token) {
    throw new IllegalArgumentException("completed ranges are not paged: " + token);
  }

  @Override
  public String toString() {
    return job + "/" + first;
  }
}
