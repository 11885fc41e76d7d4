package io.crmkit.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.Industry;
import io.crmkit.core.customer.NewCustomer;
import io.crmkit.core.reminder.NewReminder;
import io.crmkit.core.reminder.Reminder;
import io.crmkit.core.reminder.ReminderId;
import io.crmkit.core.reminder.ReminderKind;
import io.crmkit.core.reminder.ReminderQuery;
import io.crmkit.core.reminder.ReminderSnapshot;
import io.crmkit.core.reminder.ReminderStatus;
import io.crmkit.core.shared.AttributeKey;
import io.crmkit.core.shared.ConcurrentUpdateException;
import io.crmkit.core.shared.PageRequest;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.UserRef;
import io.crmkit.core.shared.ValidationException;
import io.crmkit.jpa.internal.Database;
import io.crmkit.jpa.internal.Failures;
import io.crmkit.jpa.internal.JpaUnitOfWork;
import io.crmkit.spi.CrmStore;
import io.crmkit.spi.StoreCapability;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What crm-jpa promises beyond the TCK, on every database and provider: concurrent saves, racing
 * inserts, rollback, Unicode in the database's own columns, database errors as crmkit exceptions
 * and joining the host's transaction.
 */
abstract class JpaStoreBehaviour {
  /** Chinese, emoji (with joiners and a flag) and characters outside the BMP (4 bytes in UTF-8). */
  static final String UNICODE = "华东机电集团 😀👨‍👩‍👧‍👦🇨🇳 𠀀𠮷𝄞";

  private static final Instant AT = Instant.parse("2024-03-10T02:30:00.123456Z");

  private TenantId tenant;
  private ExecutorService threads;

  abstract CrmStore store();

  abstract EntityManagerFactory factory();

  abstract TestDatabase.Schema schema();

  @BeforeEach
  void newTenant() {
    tenant = TenantId.of("jpa-" + UUID.randomUUID());
    threads = Executors.newFixedThreadPool(2);
  }

  @AfterEach
  void stopThreads() {
    threads.shutdownNow();
  }

  @Test
  void database_isDetected_evenFromAFreshEntityManagerOutsideATransaction() {
    // EclipseLink hands over no connection there (seen on PostgreSQL): the store then detects the
    // database in a transaction of its own
    JpaCrmStore fresh = JpaCrmStore.create(factory());
    EntityManager em = factory().createEntityManager();
    try {
      assertThat(fresh.database(em))
          .as("how crm-jpa spells a keyset list's order by depends on it")
          .isEqualTo(expectedDatabase());
    } finally {
      em.close();
    }
  }

  @Test
  void database_isDetected_inAnActiveTransaction() {
    EntityManager em = factory().createEntityManager();
    try {
      em.getTransaction().begin();
      try {
        assertThat(Database.detect(em)).isEqualTo(expectedDatabase());
      } finally {
        em.getTransaction().rollback();
      }
    } finally {
      em.close();
    }
  }

  private Database expectedDatabase() {
    return switch (schema().database()) {
      case H2 -> Database.H2;
      case POSTGRESQL -> Database.POSTGRESQL;
      case MARIADB -> Database.MARIADB;
    };
  }

  @Test
  void save_sameCustomerFromTwoThreads_oneThrowsConcurrentUpdateAndTheOtherIsKept()
      throws Exception {
    Customer saved = save(customer(UUID.randomUUID()));
    CyclicBarrier bothLoaded = new CyclicBarrier(2);
    List<Future<Customer>> results = new ArrayList<>();
    for (String industry : List.of("machinery", "chemicals")) {
      results.add(
          threads.submit(
              () ->
                  store()
                      .inTransaction(
                          u -> {
                            Customer mine =
                                u.customers().findById(tenant, saved.id()).orElseThrow();
                            await(bothLoaded);
                            mine.classifyIndustry(Industry.of(industry), AT.plusSeconds(1));
                            return u.customers().save(mine);
                          })));
    }
    List<Customer> winners = new ArrayList<>();
    List<Throwable> losers = new ArrayList<>();
    for (Future<Customer> result : results) {
      try {
        winners.add(result.get(60, TimeUnit.SECONDS));
      } catch (java.util.concurrent.ExecutionException e) {
        losers.add(e.getCause());
      }
    }

    assertThat(winners).hasSize(1);
    assertThat(losers).singleElement().isInstanceOf(ConcurrentUpdateException.class);
    Customer stored = find(saved.id());
    assertThat(stored.version()).isEqualTo(2);
    assertThat(stored.snapshot()).isEqualTo(winners.get(0).snapshot());
  }

  @Test
  void save_insertRacingAnotherInsertOfTheSameId_throwsConcurrentUpdateAndKeepsTheFirst()
      throws Exception {
    UUID id = UUID.randomUUID();
    Customer first = customer(id);
    Customer second = customer(id);
    second.classifyIndustry(Industry.of("second"), AT.plusSeconds(1));
    CountDownLatch firstCommitted = new CountDownLatch(1);

    assertThatThrownBy(
            () ->
                store()
                    .inTransaction(
                        u -> {
                          u.customers().save(second);
                          Future<Customer> other = threads.submit(() -> save(first));
                          try {
                            other.get(60, TimeUnit.SECONDS);
                          } catch (Exception e) {
                            throw new IllegalStateException(e);
                          }
                          firstCommitted.countDown();
                          return null;
                        }))
        .isInstanceOf(ConcurrentUpdateException.class);

    assertThat(firstCommitted.getCount()).isZero();
    assertThat(find(first.id()).snapshot()).isEqualTo(first.snapshot().withVersion(1));
  }

  @Test
  void save_sameCustomerThreeTimesInOneUnitOfWork_eachSaveIncrementsTheStoredVersionOnce() {
    Customer registered = customer(UUID.randomUUID());

    Customer third =
        store()
            .inTransaction(
                u -> {
                  Customer first = u.customers().save(registered);
                  first.classifyIndustry(Industry.of("machinery"), AT.plusSeconds(1));
                  Customer second = u.customers().save(first);
                  assertThat(u.customers().findById(tenant, second.id()).orElseThrow().version())
                      .isEqualTo(2);
                  second.classifyIndustry(Industry.of("chemicals"), AT.plusSeconds(2));
                  return u.customers().save(second);
                });

    assertThat(third.version()).isEqualTo(3);
    assertThat(find(third.id()).snapshot()).isEqualTo(third.snapshot());
  }

  @Test
  void inTransaction_workThrowsAfterSaves_storesNothing() {
    Customer a = customer(UUID.randomUUID());
    Customer b = customer(UUID.randomUUID());
    IllegalStateException failure = new IllegalStateException("the host's work failed");

    assertThatThrownBy(
            () ->
                store()
                    .inTransaction(
                        u -> {
                          u.customers().save(a);
                          u.customers().save(b);
                          throw failure;
                        }))
        .isSameAs(failure);

    assertThat(stored(a.id())).isEmpty();
    assertThat(stored(b.id())).isEmpty();
  }

  @Test
  void inTransaction_onlyListingReminders_beginsNoTransaction_aSaveAfterTheListBeginsOne() {
    UserRef owner = UserRef.of("lister");
    Reminder scheduled = storedReminder(owner, ReminderKind.FOLLOW_UP, "回访", 11);
    ReminderQuery live = ReminderQuery.liveFor(tenant, owner);

    boolean listingBegan =
        store()
            .inTransaction(
                u -> {
                  assertThat(u.reminders().find(live, PageRequest.first(10)).items()).hasSize(1);
                  assertThat(u.reminders().count(live)).isEqualTo(1);
                  return ((JpaUnitOfWork) u).inTransaction();
                });
    ReminderSnapshot saved =
        store()
            .inTransaction(
                u -> {
                  Reminder listed = u.reminders().find(live, PageRequest.first(10)).items().get(0);
                  listed.snooze(Duration.ofHours(2), AT.plusSeconds(60));
                  Reminder again = u.reminders().save(listed);
                  assertThat(((JpaUnitOfWork) u).inTransaction()).isTrue();
                  assertThat(u.reminders().find(live, PageRequest.first(10)).items())
                      .extracting(r -> r.snapshot().status())
                      .containsExactly(ReminderStatus.SNOOZED);
                  return again.snapshot();
                });

    assertThat(listingBegan).isFalse();
    assertThat(saved.version()).isEqualTo(2);
    assertThat(
            store()
                .inTransaction(u -> u.reminders().find(tenant, scheduled.id()))
                .orElseThrow()
                .snapshot())
        .isEqualTo(saved);
  }

  @Test
  void inTransaction_staleSaveOfAReminderListedBeforeAConcurrentSave_throwsConcurrentUpdate() {
    UserRef owner = UserRef.of("racer");
    Reminder scheduled = storedReminder(owner, ReminderKind.VISIT, "拜访", 12);
    ReminderQuery live = ReminderQuery.liveFor(tenant, owner);

    assertThatThrownBy(
            () ->
                store()
                    .inTransaction(
                        u -> {
                          Reminder listed =
                              u.reminders().find(live, PageRequest.first(10)).items().get(0);
                          // another unit of work, on another thread, saves it in between
                          Reminder other = Reminder.restore(listed.snapshot());
                          other.snooze(Duration.ofHours(1), AT.plusSeconds(30));
                          try {
                            threads
                                .submit(() -> store().inTransaction(o -> o.reminders().save(other)))
                                .get(30, TimeUnit.SECONDS);
                          } catch (Exception e) {
                            throw new IllegalStateException(e);
                          }
                          listed.snooze(Duration.ofHours(3), AT.plusSeconds(90));
                          return u.reminders().save(listed);
                        }))
        .isInstanceOf(ConcurrentUpdateException.class);
  }

  @Test
  void save_chineseEmojiAndFourByteCharacters_areStoredAsSuchAndReadBackEqual() throws Exception {
    Customer customer =
        Customer.register(
            CustomerId.of(UUID.randomUUID()),
            NewCustomer.organization(tenant, UNICODE)
                .tags("战略😀𠮷")
                .attribute(AttributeKey.of("erp.note", String.class), "备注 " + UNICODE),
            AT);

    save(customer);

    assertThat(find(customer.id()).snapshot()).isEqualTo(customer.snapshot().withVersion(1));
    try (Connection c = schema().dataSource().getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT name_chinese FROM crm_customer WHERE tenant_id = ? AND id = ?")) {
      s.setString(1, tenant.value());
      s.setString(2, customer.id().toString());
      try (ResultSet rs = s.executeQuery()) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).isEqualTo(UNICODE);
      }
    }
  }

  @Test
  void translate_valueTooLongForItsColumn_isAValidationException() throws SQLException {
    SQLException tooLong;
    try (Connection c = schema().dataSource().getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO crm_customer_tag (tenant_id, customer_id, tag) VALUES (?, ?, ?)")) {
      s.setString(1, tenant.value());
      s.setString(2, UUID.randomUUID().toString());
      s.setString(3, "x".repeat(500));
      s.executeUpdate();
      throw new AssertionError("the database accepted a 500-character tag");
    } catch (SQLException e) {
      tooLong = e;
    }

    RuntimeException translated =
        Failures.translate(new PersistenceException(tooLong), "customer", (t, k) -> -1);

    assertThat(translated).isInstanceOf(ValidationException.class);
    if (schema().database() != TestDatabase.POSTGRESQL) {
      // PostgreSQL's message names the type, not the column
      assertThat(((ValidationException) translated).fields()).containsExactly("tags");
    }
  }

  @Test
  void joining_hostCommits_storesTheUnitOfWork_hostRollsBack_storesNothing() {
    JpaCrmStore joining;
    Customer kept = customer(UUID.randomUUID());
    Customer dropped = customer(UUID.randomUUID());
    EntityManager em = factory().createEntityManager();
    try {
      joining = JpaCrmStore.joining(() -> em);
      assertThat(joining.capabilities()).contains(StoreCapability.JOINS_HOST_TRANSACTION);
      assertThatThrownBy(() -> joining.inTransaction(u -> u.customers().save(kept)))
          .isInstanceOf(IllegalStateException.class);

      em.getTransaction().begin();
      joining.inTransaction(u -> u.customers().save(kept));
      em.getTransaction().commit();

      em.getTransaction().begin();
      joining.inTransaction(u -> u.customers().save(dropped));
      em.getTransaction().rollback();
    } finally {
      em.close();
    }

    assertThat(find(kept.id()).snapshot()).isEqualTo(kept.snapshot().withVersion(1));
    assertThat(stored(dropped.id())).isEmpty();
  }

  @Test
  void capabilities_includeTheEventOutbox() {
    assertThat(store().capabilities()).contains(StoreCapability.EVENT_OUTBOX);
  }

  private Customer customer(UUID id) {
    return Customer.register(CustomerId.of(id), NewCustomer.organization(tenant, "上海精工"), AT);
  }

  private Customer save(Customer customer) {
    return store().inTransaction(u -> u.customers().save(customer));
  }

  private java.util.Optional<Customer> stored(CustomerId id) {
    return store().inTransaction(u -> u.customers().findById(tenant, id));
  }

  private Customer find(CustomerId id) {
    return store().inTransaction(u -> u.customers().findById(tenant, id)).orElseThrow();
  }

  private static void await(CyclicBarrier barrier) {
    try {
      barrier.await(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Schedules a reminder due on that day of March 2024, 09:00 Shanghai, and stores it. */
  private Reminder storedReminder(UserRef owner, ReminderKind kind, String title, int day) {
    Reminder scheduled =
        Reminder.schedule(
            ReminderId.of(UUID.randomUUID()),
            NewReminder.of(
                tenant,
                owner,
                kind,
                title,
                LocalDateTime.of(2024, 3, day, 9, 0),
                ZoneId.of("Asia/Shanghai")),
            AT);
    store().inTransaction(u -> u.reminders().save(scheduled));
    return scheduled;
  }
}
