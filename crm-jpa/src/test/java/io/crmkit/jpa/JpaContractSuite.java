package io.crmkit.jpa;

import io.crmkit.spi.CrmStore;
import io.crmkit.tck.ActivityRepositoryContract;
import io.crmkit.tck.ContactRepositoryContract;
import io.crmkit.tck.CustomerFactsRepositoryContract;
import io.crmkit.tck.CustomerRepositoryContract;
import io.crmkit.tck.OwnershipRepositoriesContract;
import io.crmkit.tck.PagingContract;
import io.crmkit.tck.QueryContract;
import io.crmkit.tck.SegmentRepositoriesContract;
import io.crmkit.tck.TenantIsolationContract;
import io.crmkit.tck.UnitOfWorkContract;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.TestInstance;

/**
 * The crm-tck contracts of the repositories crm-jpa stores (customers, contacts, activities, facts,
 * ownerships and pools, segments and memberships, with queries, paging, units of work and tenant
 * isolation) and crm-jpa's own store and ownership checks, on one database with one provider: a
 * subclass per combination names both. The contracts that need repositories crm-jpa does not store
 * yet (KitContract, BatchJobContract and the lifecycle, tier, reminder and checkpoint contracts)
 * are not run here yet. The schema is created, migrated with {@link CrmSchema} and dropped per
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
  class OwnershipBehaviour extends JpaOwnershipBehaviour {
    @Override
    CrmStore store() {
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
}
