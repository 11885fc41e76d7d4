package io.crmkit.jpa;

import io.crmkit.spi.CrmStore;
import io.crmkit.spi.OutboxPoller;
import io.crmkit.tck.ActivityRepositoryContract;
import io.crmkit.tck.BatchJobContract;
import io.crmkit.tck.ContactRepositoryContract;
import io.crmkit.tck.CustomerFactsRepositoryContract;
import io.crmkit.tck.CustomerRepositoryContract;
import io.crmkit.tck.EventOutboxContract;
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
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.TestInstance;

/**
 * The whole crm-tck (every repository contract, queries, paging, units of work, tenant isolation,
 * the kit, batch jobs, the key-account isolation scenario and the event outbox) and crm-jpa's own
 * store, bulk-import and ownership checks, on one database with one provider: a subclass per
 * combination names both. The schema is created, migrated with {@link CrmSchema} and dropped per
 * subclass; the contracts start every test in a new tenant.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JpaContractSuite {
  private TestDatabase.Schema schema;
  private EntityManagerFactory factory;
  private JpaCrmStore store;

  /** Returns the database to run on. */
  abstract TestDatabase database();

  /** Returns the provider to run with. */
  abstract TestProvider provider();

  @BeforeAll
  void openStore() {
    schema = database().open();
    CrmSchema.migrate(schema.dataSource());
    factory = provider().create(schema);
    store = JpaCrmStore.create(factory);
  }

  @AfterAll
  void closeStore() {
    try {
      if (factory != null) {
        factory.close();
      }
    } finally {
      if (schema != null) {
        schema.close();
      }
    }
  }

  @Nested
  class Behaviour extends JpaStoreBehaviour {
    @Override
    CrmStore store() {
      return store;
    }

    @Override
    EntityManagerFactory factory() {
      return factory;
    }

    @Override
    TestDatabase.Schema schema() {
      return schema;
    }
  }

  @Nested
  class BulkImports extends JpaBulkImportBehaviour {
    @Override
    CrmStore store() {
      return store;
    }

    @Override
    EntityManagerFactory factory() {
      return factory;
    }

    @Override
    TestDatabase.Schema schema() {
      return schema;
    }

    @Override
    TestProvider provider() {
      return JpaContractSuite.this.provider();
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
  class Queries extends QueryContract {
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
  class UnitsOfWork extends UnitOfWorkContract {
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
  class Outbox extends EventOutboxContract {
    @Override
    protected CrmStore createStore() {
      return store;
    }

    @Override
    protected OutboxPoller createPoller(CrmStore store) {
      return JpaCrmStore.outboxPoller(
          factory, Clock.fixed(Instant.parse("2024-03-15T09:00:00Z"), ZoneOffset.UTC));
    }
  }

  @Nested
  class OwnershipBehaviour extends JpaOwnershipBehaviour {
    @Override
    CrmStore store() {
      return store;
    }
  }

  @Nested
  class Ownerships extends OwnershipRepositoriesContract {
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

  @Nested
  class KeyAccountTenantIsolation extends KeyAccountTenantIsolationContract {
    @Override
    protected CrmStore createStore() {
      return store;
    }
  }
}
