package io.crmkit.jpa;

/**
 * What {@link JpaBulkImport} stored: counts of committed rows of the main tables, and of the
 * transactions (chunks) that committed them. Passed to the progress listener after every chunk and
 * returned at the end.
 *
 * @param customers customers stored
 * @param contacts contacts stored
 * @param activities activities stored
 * @param facts customer facts stored (one per customer with at least one activity)
 * @param chunks chunks committed
 * @since 0.1
 */
public record ImportReport(long customers, long contacts, long activities, long facts, int chunks) {

  /** Requires counts that are not negative. */
  public ImportReport {
    if (customers < 0 || contacts < 0 || activities < 0 || facts < 0 || chunks < 0) {
      throw new IllegalArgumentException(
          "import counts must not be negative but were "
              + customers
              + ", "
              + contacts
              + ", "
              + activities
              + ", "
              + facts
              + ", "
              + chunks);
    }
  }

  /** Returns the report of an import that has stored nothing yet. */
  public static ImportReport none() {
    return new ImportReport(0, 0, 0, 0, 0);
  }

  /** Returns this report plus one committed chunk. */
  ImportReport plus(ImportReport chunk) {
    return new ImportReport(
        customers + chunk.customers,
        contacts + chunk.contacts,
        activities + chunk.activities,
        facts + chunk.facts,
        chunks + chunk.chunks);
  }
}
