package io.crmkit.tck.memory;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.CustomerSnapshot;
import io.crmkit.core.memory.InMemoryCrmStore;
import io.crmkit.core.reminder.Reminder;
import io.crmkit.core.reminder.ReminderQuery;
import io.crmkit.core.reminder.ReminderSnapshot;
import io.crmkit.core.shared.Cursor;
import io.crmkit.core.shared.CustomAttributes;
import io.crmkit.core.shared.Page;
import io.crmkit.core.shared.TenantId;
import io.crmkit.spi.CrmStore;
import io.crmkit.spi.CustomerRepository;
import io.crmkit.spi.ReminderRepository;
import io.crmkit.spi.StoreCapability;
import io.crmkit.spi.TransactionWork;
import io.crmkit.spi.UnitOfWork;
import io.crmkit.tck.CustomerRepositoryContract;
import io.crmkit.tck.PagingContract;
import io.crmkit.tck.ReminderRepositoryContract;
import io.crmkit.tck.TenantIsolationContract;
import io.crmkit.tck.UnitOfWorkContract;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * The TCK is only worth running if it fails a store that breaks the SPI's promises: each test here
 * runs one contract test against an in-memory store with one promise broken, and expects it to
 * fail.
 */
class BrokenStoresTest {

  @Test
  void customerContract_storeKeepingMilliseconds_failsTheInstantRoundTrip() {
    assertFails(MillisecondCustomers.class, "findById_instantsWithMicroseconds_roundTripExactly");
  }

  @Test
  void customerContract_storeDroppingAttributes_failsTheEveryFieldRoundTrip() {
    assertFails(
        AttributeDroppingCustomers.class, "findById_customerWithEveryField_returnsEqualSnapshot");
  }

  @Test
  void customerContract_storeIgnoringVersions_failsTheStaleSave() {
    assertFails(
        VersionBlindCustomers.class, "save_staleVersion_throwsConcurrentUpdateAndKeepsStoredState");
  }

  @Test
  void pagingContract_storeWithOffByOneCursors_failsEveryPageSize() {
    assertFails(OffByOnePaging.class, "find_pageSizesAroundTheListLength_listEachCustomerOnce");
  }

  @Test
  void tenantIsolationContract_storeFallingBackToOtherTenants_failsTheForeignIdLookup() {
    assertFails(LeakyTenants.class, "findById_idThatExistsOnlyInAnotherTenant_isEmpty");
  }

  @Test
  void unitOfWorkContract_storeCommittingEverySave_failsTheRollback() {
    assertFails(
        AutoCommitUnitsOfWork.class,
        "inTransaction_workThrowsRuntimeException_storesNothingAndRethrowsTheSameException");
  }

  @Test
  void reminderContract_storeDroppingTheAnnouncedMark_failsTheEveryFieldRoundTrip() {
    assertFails(
        AnnouncementDroppingReminders.class, "find_remindersWithEveryField_returnEqualSnapshots");
  }

  @Test
  void reminderContract_storeIgnoringUnannounced_failsTheQueries() {
    // the kit's announcement then stops on the first reminder announced already, with an
    // InvalidTransitionException rather than an assertion, so only the queries are checked here
    assertFails(
        UnannouncedBlindReminders.class,
        "findAndCount_byStatusOwnerCustomerKindAndDue_agreeWithMatches");
  }

  private static void assertFails(Class<?> contract, String method) {
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    LauncherFactory.create()
        .execute(
            LauncherDiscoveryRequestBuilder.request()
                .selectors(DiscoverySelectors.selectMethod(contract, method))
                .build(),
            listener);
    TestExecutionSummary summary = listener.getSummary();

    assertThat(summary.getTestsFoundCount()).as("tests found").isEqualTo(1);
    assertThat(summary.getTestsFailedCount()).as("tests failed").isEqualTo(1);
    // an assertion must catch the broken store, not a crash of the test's own plumbing
    assertThat(summary.getFailures().get(0).getException()).isInstanceOf(AssertionError.class);
  }

  static final class MillisecondCustomers extends CustomerRepositoryContract {
    @Override
    protected CrmStore createStore() {
      return BrokenStore.customers(
          (repository, method, args) -> {
            if (method.getName().equals("save")) {
              CustomerSnapshot s = ((Customer) args[0]).snapshot();
              args[0] =
                  Customer.restore(
                      copy(
                          s,
                          s.tenant(),
                          s.createdAt().truncatedTo(ChronoUnit.MILLIS),
                          s.updatedAt().truncatedTo(ChronoUnit.MILLIS),
                          s.attributes()));
            }
            return method.invoke(repository, args);
          });
    }
  }

  static final class AttributeDroppingCustomers extends CustomerRepositoryContract {
    @Override
    protected CrmStore createStore() {
      return BrokenStore.customers(
          (repository, method, args) -> {
            if (method.getName().equals("save")) {
              CustomerSnapshot s = ((Customer) args[0]).snapshot();
              args[0] =
                  Customer.restore(
                      copy(s, s.tenant(), s.createdAt(), s.updatedAt(), CustomAttributes.empty()));
            }
            return method.invoke(repository, args);
          });
    }
  }

  static final class VersionBlindCustomers extends CustomerRepositoryContract {
    @Override
    protected CrmStore createStore() {
      return BrokenStore.customers(
          (repository, method, args) -> {
            if (method.getName().equals("save")) {
              CustomerSnapshot s = ((Customer) args[0]).snapshot();
              Optional<Customer> stored = repository.findById(s.tenant(), s.id());
              if (stored.isPresent()) {
                args[0] = Customer.restore(s.withVersion(stored.get().version()));
              }
            }
            return method.invoke(repository, args);
          });
    }
  }

  static final class OffByOnePaging extends PagingContract {
    @Override
    protected CrmStore createStore() {
      return BrokenStore.customers(
          (repository, method, args) -> {
            Object result = method.invoke(repository, args);
            if (method.getName().equals("find")) {
              Page<?> page = (Page<?>) result;
              if (page.hasNext() && page.items().size() > 1) {
                Customer last = (Customer) page.items().get(page.items().size() - 2);
                return new Page<>(page.items(), Cursor.of(last.id().toString()));
              }
            }
            return result;
          });
    }
  }

  static final class LeakyTenants extends TenantIsolationContract {
    private final Set<TenantId> tenants = ConcurrentHashMap.newKeySet();

    @Override
    protected CrmStore createStore() {
      return BrokenStore.customers(
          (repository, method, args) -> {
            if (method.getName().equals("save")) {
              tenants.add(((Customer) args[0]).tenant());
            }
            Object result = method.invoke(repository, args);
            if (method.getName().equals("findById") && ((Optional<?>) result).isEmpty()) {
              for (TenantId other : tenants) {
                Optional<Customer> found = repository.findById(other, (CustomerId) args[1]);
                if (found.isPresent()) {
                  return found;
                }
              }
            }
            return result;
          });
    }
  }

  static final class AnnouncementDroppingReminders extends ReminderRepositoryContract {
    @Override
    protected CrmStore createStore() {
      return BrokenStore.reminders(
          (repository, method, args) -> {
            if (method.getName().equals("save")) {
              ReminderSnapshot s = ((Reminder) args[0]).snapshot();
              args[0] = Reminder.restore(withoutAnnouncement(s));
            }
            return method.invoke(repository, args);
          });
    }
  }

  static final class UnannouncedBlindReminders extends ReminderRepositoryContract {
    @Override
    protected CrmStore createStore() {
      return BrokenStore.reminders(
          (repository, method, args) -> {
            if (args != null && args.length > 0 && args[0] instanceof ReminderQuery q) {
              args[0] =
                  new ReminderQuery(
                      q.tenant(),
                      q.owner(),
                      q.customer(),
                      q.statuses(),
                      q.kind(),
                      q.dueFrom(),
                      q.dueBefore(),
                      false);
            }
            return method.invoke(repository, args);
          });
    }
  }

  static final class AutoCommitUnitsOfWork extends UnitOfWorkContract {
    @Override
    protected CrmStore createStore() {
      InMemoryCrmStore delegate = InMemoryCrmStore.create();
      return new CrmStore() {
        @Override
        public <T> T inTransaction(TransactionWork<T> work) {
          UnitOfWork autoCommit =
              (UnitOfWork)
                  Proxy.newProxyInstance(
                      UnitOfWork.class.getClassLoader(),
                      new Class<?>[] {UnitOfWork.class},
                      (proxy, repositoryMethod, none) ->
                          Proxy.newProxyInstance(
                              repositoryMethod.getReturnType().getClassLoader(),
                              new Class<?>[] {repositoryMethod.getReturnType()},
                              (repository, method, args) ->
                                  delegate.inTransaction(
                                      u ->
                                          invoke(
                                              method, invoke(repositoryMethod, u, none), args))));
          return work.execute(autoCommit);
        }

        @Override
        public Set<StoreCapability> capabilities() {
          return delegate.capabilities();
        }
      };
    }
  }

  /** Intercepts calls to one repository of an in-memory store. */
  @FunctionalInterface
  interface Interceptor<R> {
    Object intercept(R repository, Method method, Object[] args) throws Exception;
  }

  /** An in-memory store whose repository of one type goes through an interceptor. */
  static final class BrokenStore<R> implements CrmStore {
    private final InMemoryCrmStore delegate = InMemoryCrmStore.create();
    private final Class<R> type;
    private final Function<UnitOfWork, R> repositoryOf;
    private final Interceptor<R> interceptor;

    private BrokenStore(
        Class<R> type, Function<UnitOfWork, R> repositoryOf, Interceptor<R> interceptor) {
      this.type = type;
      this.repositoryOf = repositoryOf;
      this.interceptor = interceptor;
    }

    static BrokenStore<CustomerRepository> customers(Interceptor<CustomerRepository> interceptor) {
      return new BrokenStore<>(CustomerRepository.class, UnitOfWork::customers, interceptor);
    }

    static BrokenStore<ReminderRepository> reminders(Interceptor<ReminderRepository> interceptor) {
      return new BrokenStore<>(ReminderRepository.class, UnitOfWork::reminders, interceptor);
    }

    @Override
    public <T> T inTransaction(TransactionWork<T> work) {
      return delegate.inTransaction(unitOfWork -> work.execute(wrap(unitOfWork)));
    }

    @Override
    public Set<StoreCapability> capabilities() {
      return delegate.capabilities();
    }

    private UnitOfWork wrap(UnitOfWork unitOfWork) {
      R repository = repositoryOf.apply(unitOfWork);
      InvocationHandler handler =
          (proxy, method, args) -> {
            try {
              return interceptor.intercept(repository, method, args);
            } catch (InvocationTargetException e) {
              throw e.getCause();
            }
          };
      Object intercepted =
          Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler);
      return (UnitOfWork)
          Proxy.newProxyInstance(
              UnitOfWork.class.getClassLoader(),
              new Class<?>[] {UnitOfWork.class},
              (proxy, method, args) ->
                  method.getReturnType() == type ? intercepted : invoke(method, unitOfWork, args));
    }
  }

  private static Object invoke(Method method, Object target, Object[] args) {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw (Error) cause;
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  private static CustomerSnapshot copy(
      CustomerSnapshot s,
      TenantId tenant,
      Instant createdAt,
      Instant updatedAt,
      CustomAttributes attributes) {
    return new CustomerSnapshot(
        s.id(),
        tenant,
        s.version(),
        createdAt,
        updatedAt,
        s.name(),
        s.industry(),
        s.sizeBand(),
        s.purchaseFrequency(),
        s.category(),
        s.region(),
        s.addresses(),
        s.source(),
        s.parent(),
        s.tags(),
        s.owner(),
        attributes,
        s.deletedAt());
  }

  private static ReminderSnapshot withoutAnnouncement(ReminderSnapshot s) {
    return new ReminderSnapshot(
        s.id(),
        s.tenant(),
        s.version(),
        s.createdAt(),
        s.updatedAt(),
        s.customer(),
        s.contact(),
        s.owner(),
        s.kind(),
        s.title(),
        s.note(),
        s.due(),
        s.zone(),
        s.leadTimes(),
        s.recurrence(),
        s.seriesStart(),
        s.status(),
        s.snoozedUntil(),
        s.closedAt(),
        s.generatedBy(),
        s.idempotencyKey(),
        s.superseded(),
        null);
  }
}
