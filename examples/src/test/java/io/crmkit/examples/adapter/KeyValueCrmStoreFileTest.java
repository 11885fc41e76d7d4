package io.crmkit.examples.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.activity.ActivityId;
import io.crmkit.core.activity.RecordedActivity;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.CustomerQuery;
import io.crmkit.core.segment.Segment;
import io.crmkit.core.segment.SegmentKey;
import io.crmkit.core.segment.SegmentKind;
import io.crmkit.core.shared.ConcurrentUpdateException;
import io.crmkit.core.shared.StorageException;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.tier.LadderKey;
import io.crmkit.core.tier.TierLadder;
import io.crmkit.spi.StoreCapability;
import io.crmkit.tck.Fixtures;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the crm-tck cannot see: the file. A reopened store holds exactly the committed units of
 * work; a failed one, a torn last append and a stale one leave nothing behind; damage before the
 * last unit of work and a second store on the same file are refused.
 */
class KeyValueCrmStoreFileTest {
  private static final Instant AT = Instant.parse("2024-03-15T08:30:00.123456Z");

  private final Fixtures fixtures = Fixtures.create();
  private final TenantId tenant = Fixtures.newTenant();

  @TempDir Path directory;

  private Path file() {
    return directory.resolve("crm.kv");
  }

  private Customer newCustomer() {
    return fixtures.fullCustomer(
        tenant, CustomerId.of(UUID.randomUUID()), CustomerId.of(UUID.randomUUID()), AT);
  }

  private static Customer save(KeyValueCrmStore store, Customer customer) {
    return store.inTransaction(unitOfWork -> unitOfWork.customers().save(customer));
  }

  private Optional<Customer> find(KeyValueCrmStore store, CustomerId id) {
    return store.inTransaction(unitOfWork -> unitOfWork.customers().findById(tenant, id));
  }

  private long count(KeyValueCrmStore store) {
    long count = store.inTransaction(u -> u.customers().count(CustomerQuery.in(tenant)));
    return count;
  }

  @Test
  void open_afterClose_seesEveryCommittedUnitOfWorkAndNothingOfAFailedOne() {
    Customer kept;
    Contact contact;
    RecordedActivity activity;
    TierLadder ladder;
    Customer failed = newCustomer();
    try (KeyValueCrmStore store = KeyValueCrmStore.open(file())) {
      kept = save(store, newCustomer());
      contact =
          store.inTransaction(
              u ->
                  u.contacts()
                      .save(
                          fixtures.fullContact(
                              tenant, ContactId.of(UUID.randomUUID()), kept.id(), AT)));
      activity =
          new RecordedActivity(
              ActivityId.of(UUID.randomUUID()), AT, fixtures.activity(tenant, kept.id(), AT));
      store.inTransaction(
          u -> {
            u.activities().append(activity);
            return null;
          });
      ladder =
          store.inTransaction(
              u -> u.tierLadders().save(Fixtures.fullLadder(tenant, LadderKey.of("价值等级"))));
      RuntimeException boom = new IllegalStateException("boom");
      assertThatThrownBy(
              () ->
                  store.inTransaction(
                      u -> {
                        u.customers().save(failed);
                        u.customers().delete(tenant, kept.id());
                        throw boom;
                      }))
          .isSameAs(boom);
    }

    try (KeyValueCrmStore reopened = KeyValueCrmStore.open(file())) {
      assertThat(find(reopened, kept.id()).map(Customer::snapshot)).contains(kept.snapshot());
      assertThat(find(reopened, failed.id())).isEmpty();
      Optional<Contact> contactRead =
          reopened.inTransaction(u -> u.contacts().findById(tenant, contact.id()));
      Optional<RecordedActivity> activityRead =
          reopened.inTransaction(u -> u.activities().findById(tenant, activity.id()));
      List<TierLadder> laddersRead = reopened.inTransaction(u -> u.tierLadders().findAll(tenant));
      assertThat(contactRead.map(Contact::snapshot)).contains(contact.snapshot());
      assertThat(activityRead).contains(activity);
      assertThat(laddersRead).containsExactly(ladder);
      assertThat(reopened.capabilities()).contains(StoreCapability.DURABLE);
    }
  }

  @Test
  void open_afterClose_readsKeysMadeOfAnyCharacterACodeMayHold() {
    TenantId odd = TenantId.of("租户 100% " + Fixtures.EMOJI + "\ud800");
    List<SegmentKey> keys =
        List.of(SegmentKey.of("a b"), SegmentKey.of("a%20b"), SegmentKey.of("重点/客户\udc00"));
    try (KeyValueCrmStore store = KeyValueCrmStore.open(file())) {
      store.inTransaction(
          u -> {
            keys.forEach(
                key ->
                    u.segments()
                        .save(
                            new Segment(odd, key, 0, "x", SegmentKind.STATIC, null, null, false)));
            return null;
          });
    }

    try (KeyValueCrmStore reopened = KeyValueCrmStore.open(file())) {
      List<Segment> segments = reopened.inTransaction(u -> u.segments().findAll(odd));
      assertThat(segments)
          .extracting(Segment::key)
          .containsExactlyElementsOf(keys.stream().sorted().toList());
      assertThat(segments).extracting(Segment::tenant).containsOnly(odd);
    }
  }

  @Test
  void open_afterATornLastAppend_dropsOnlyThatUnitOfWorkAndAppendsAfterTheLastGoodOne()
      throws IOException {
    Customer first;
    Customer second;
    long sizeAfterFirst;
    try (KeyValueCrmStore store = KeyValueCrmStore.open(file())) {
      first = save(store, newCustomer());
      sizeAfterFirst = Files.size(file());
      second = save(store, newCustomer());
    }
    long sizeAfterSecond = Files.size(file());
    for (long cut : List.of(sizeAfterSecond - 1, sizeAfterSecond - 12, sizeAfterFirst + 10)) {
      Path torn = directory.resolve("torn-" + cut + ".kv");
      Files.copy(file(), torn);
      try (FileChannel channel = FileChannel.open(torn, StandardOpenOption.WRITE)) {
        channel.truncate(cut); // the crash came in the middle of the second append
      }

      Customer third = newCustomer();
      try (KeyValueCrmStore reopened = KeyValueCrmStore.open(torn)) {
        assertThat(find(reopened, first.id()).map(Customer::snapshot)).contains(first.snapshot());
        assertThat(find(reopened, second.id())).as("cut at %d", cut).isEmpty();
        assertThat(Files.size(torn)).isEqualTo(sizeAfterFirst);
        save(reopened, third);
      }
      try (KeyValueCrmStore again = KeyValueCrmStore.open(torn)) {
        assertThat(count(again)).isEqualTo(2);
        assertThat(find(again, third.id())).isPresent();
      }
    }
  }

  @Test
  void open_lastBatchWithAWrongChecksum_isTreatedAsTorn() throws IOException {
    Customer first;
    try (KeyValueCrmStore store = KeyValueCrmStore.open(file())) {
      first = save(store, newCustomer());
    }
    Files.writeString(
        file(),
        "put x%00customer%00y 1 {}\ncommit 1 00000000\n",
        StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);

    try (KeyValueCrmStore reopened = KeyValueCrmStore.open(file())) {
      assertThat(find(reopened, first.id())).isPresent();
    }
  }

  @Test
  void open_damageBeforeTheLastUnitOfWork_isRefused() throws IOException {
    try (KeyValueCrmStore store = KeyValueCrmStore.open(file())) {
      save(store, newCustomer());
      save(store, newCustomer());
    }
    byte[] bytes = Files.readAllBytes(file());
    int inFirstValue = new String(bytes, StandardCharsets.UTF_8).indexOf("put ") + 60;
    bytes[inFirstValue] ^= 0x01;
    Files.write(file(), bytes);

    assertThatThrownBy(() -> KeyValueCrmStore.open(file()))
        .isInstanceOf(StorageException.class)
        .hasStackTraceContaining("is damaged at byte");
  }

  @Test
  void open_fileOpenInAnotherStore_isRefused() {
    try (KeyValueCrmStore store = KeyValueCrmStore.open(file())) {
      assertThatThrownBy(() -> KeyValueCrmStore.open(file()))
          .isInstanceOf(StorageException.class)
          .hasMessageContaining(file().toString());
      assertThat(count(store)).isZero();
    }
  }

  @Test
  void open_fileOfAnotherFormat_isRefusedAndLeftUnchanged() throws IOException {
    Files.writeString(file(), "id,name\n1,Acme\n");

    assertThatThrownBy(() -> KeyValueCrmStore.open(file()))
        .isInstanceOf(StorageException.class)
        .hasStackTraceContaining("is not a crmkit key-value file");
    assertThat(Files.readString(file())).isEqualTo("id,name\n1,Acme\n");
  }

  @Test
  void inTransaction_staleSave_writesNothingToTheFile() throws IOException {
    try (KeyValueCrmStore store = KeyValueCrmStore.open(file())) {
      Customer stored = save(store, newCustomer());
      save(store, stored);
      long size = Files.size(file());
      Customer other = newCustomer();

      assertThatThrownBy(
              () ->
                  store.inTransaction(
                      u -> {
                        u.customers().save(other);
                        return u.customers().save(stored);
                      }))
          .isInstanceOf(ConcurrentUpdateException.class);
      assertThat(Files.size(file())).isEqualTo(size);
      assertThat(find(store, other.id())).isEmpty();
    }
  }
}
