package io.crmkit.examples.adapter;

import io.crmkit.spi.CrmStore;
import io.crmkit.tck.ActivityRepositoryContract;
import io.crmkit.tck.BatchJobContract;
import io.crmkit.tck.ContactRepositoryContract;
import io.crmkit.tck.CustomerFactsRepositoryContract;
import io.crmkit.tck.CustomerRepositoryContract;
import io.crmkit.tck.FittedModelRepositoryContract;
import io.crmkit.tck.JobCheckpointRepositoryContract;
import io.crmkit.tck.KeyAccountTenantIsolationContract;
import io.crmkit.tck.KitContract;
import io.crmkit.tck.LifecycleRepositoryContract;
import io.crmkit.tck.OwnershipRepositoriesContract;
import io.crmkit.tck.PagingContract;
import io.crmkit.tck.QueryContract;
import io.crmkit.tck.ReminderRepositoryContract;
import io.crmkit.tck.SegmentRepositoriesContract;
import io.crmkit.tck.TenantIsolationContract;
import io.crmkit.tck.TierRepositoriesContract;
import io.crmkit.tck.UnitOfWorkContract;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole crm-tck on the key-value store: every contract class, each as a nested class returning
 * one store kept in a file of a temporary directory. The contracts start every test in a new
 * tenant, so that one file serves them all.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KeyValueCrmStoreTckTest {
  private KeyValueCrmStore store;

  @BeforeAll
  void openStore(@TempDir Path directory) {
    store = KeyValueCrmStore.open(directory.resolve("tck.kv"));
  }

  @AfterAll
  void closeStore() {
    store.close();
  }

  @Nested
  class UnitsOfWork extends UnitOfWorkContract {
    @Override
    protected CrmStore createStore() {
      return store;
    }
  }

  @Nested
  class Customers extends CustomerRepositoryContract {
    @Override
    protected CrmStore createStore() {
      return store;
    }
  }

  @Nested
  class Contacts extends ContactRepositoryContract {
    @Override
    protected CrmStore createStore() {
      return store;
    }
  }

  @Nested
  class Activities extends ActivityRepositoryContract {
    @Override
    protected CrmStore createStore() {
      return store;
    }
  }

  @Nested
  class Facts extends CustomerFactsRepositoryContract {
    @Override
    protected CrmStore createStore() {
      return store;
    }
  }

  @Nested
  class Lifecycle extends LifecycleRepositoryContract {
    @Override
    protected CrmStore createStore() {
      return store;
    }
  }

  @Nested
  class Tiers extends TierRepositoriesContract {
    @Override
    protected CrmStore createStore() {
      return store;
    }
  }

  @Nested
  class Ownership extends OwnershipRepositoriesContract {
    @Override
    protected CrmStore createStore() {
      return store;
    }
  }

  @Nested
  class Segments extends SegmentRepositoriesContract {
    @Override
    protected CrmStore createStore() {
      return store;
    }
  }

  @Nested
  class Reminders extends ReminderRepositoryContract {
    @Override
    protected CrmStore createStore() {
      return store;
    }
  }

  @Nested
  class JobCheckpoints extends JobCheckpointRepositoryContract {
    @Override
    protected CrmStore createStore() {
      return store;
    }
  }

  @Nested
  class FittedModels extends FittedModelRepositoryContract {
    @Override
    protected CrmStore createStore() {
      return store;
    }
  }

  @Nested
  class Paging extends PagingContract {
    @Override
    protected CrmStore createStore() {
      return store;
    }
  }

  @Nested
  class Queries extends QueryContract {
    @Override
    protected CrmStore createStore() {
      return store;
    }
  }

  @Nested
  class TenantIsolation extends TenantIsolationContract {
    @Override
    protected CrmStore createStore() {
      return store;
    }
  }

  @Nested
  class KeyAccountTenantIsolation extends KeyAccountTenantIsolationContract {
    @Override
    protected CrmStore createStore() {
      return store;
    }
  }

  @Nested
  class Kit extends KitContract {
    @Override
    protected CrmStore createStore() {
      return store;
    }
  }

  @Nested
  class BatchJobs extends BatchJobContract {
    @Override
    protected CrmStore createStore() {
      return store;
    }
  }
}
