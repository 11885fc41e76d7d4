package io.crmkit.jpa.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.shared.ConcurrentUpdateException;
import io.crmkit.core.shared.StorageException;
import io.crmkit.core.shared.ValidationException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.RollbackException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class FailuresTest {
  private static final Failures.StoredVersions NONE = (type, key) -> -1;

  @Test
  void translate_staleRowOnCommit_isConcurrentUpdateNamingTheRowAndBothVersions() {
    CustomerRow row = CustomerRow.create();
    row.tenant = "t1";
    row.id = "0f8fad5b-d9cb-469f-a165-70867728950e";
    row.version = 4;
    RollbackException failure =
        new RollbackException("commit failed", new OptimisticLockException("stale", null, row));

    RuntimeException translated = Failures.translate(failure, null, (type, key) -> 5);

    assertThat(translated)
        .isInstanceOf(ConcurrentUpdateException.class)
        .hasMessage(
            "customer 0f8fad5b-d9cb-469f-a165-70867728950e was saved from version 3 but the stored"
                + " version is 5");
    assertThat(translated.getSuppressed()).containsExactly(failure);
  }

  @Test
  void translate_duplicateKeyOnEveryDatabase_isConcurrentUpdate() {
    for (SQLException duplicate :
        new SQLException[] {
          new SQLException("duplicate key value violates unique constraint", "23505"),
          new SQLException("Duplicate entry 'x' for key 'PRIMARY'", "23000", 1062)
        }) {
      assertThat(Failures.translate(new PersistenceException(duplicate), "customer 1", NONE))
          .isInstanceOf(ConcurrentUpdateException.class);
    }
  }

  @Test
  void translate_valueTooLong_isValidationExceptionNamingTheFieldOfTheColumn() {
    SQLException tooLong =
        new SQLException("Data too long for column 'purchase_frequency' at row 1", "22001", 1406);

    RuntimeException translated =
        Failures.translate(new PersistenceException(tooLong), "customer 1", NONE);

    assertThat(translated).isInstanceOf(ValidationException.class);
    assertThat(((ValidationException) translated).fields()).containsExactly("purchaseFrequency");
  }

  @Test
  void translate_otherDatabaseFailure_isStorageExceptionWrappingIt() {
    PersistenceException failure =
        new PersistenceException(new SQLException("connection reset", "08006"));

    RuntimeException translated = Failures.translate(failure, "customer 1", NONE);

    assertThat(translated).isInstanceOf(StorageException.class).hasCause(failure);
  }

  @Test
  void translate_crmkitOrProgrammingException_isReturnedUnchanged() {
    ValidationException invalid = ValidationException.of("cursor", "x", "must be a cursor");
    IllegalArgumentException bug = new IllegalArgumentException("bug");

    assertThat(Failures.translate(invalid, null, NONE)).isSameAs(invalid);
    assertThat(Failures.translate(bug, null, NONE)).isSameAs(bug);
  }
}
