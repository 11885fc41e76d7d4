package io.crmkit.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.CustomerQuery;
import io.crmkit.core.customer.NewCustomer;
import io.crmkit.core.shared.ConcurrentUpdateException;
import io.crmkit.core.shared.Cursor;
import io.crmkit.core.shared.Page;
import io.crmkit.core.shared.PageRequest;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.ValidationException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Checks that the repository shown in docs/writing-a-storage-adapter.md keeps its promises. */
class StorageAdapterSnippetsTest {
  private static final TenantId A = TenantId.of("a");
  private static final TenantId B = TenantId.of("b");
  private static final Instant AT = Instant.parse("2026-11-25T02:00:00Z");

  private final MapCustomerRepository repository = new MapCustomerRepository();

  private static Customer newCustomer(TenantId tenant, UUID id) {
    return Customer.register(CustomerId.of(id), NewCustomer.organization(tenant, "Acme " + id), AT);
  }

  @Test
  void save_followsTheVersionRules() {
    Customer fresh = newCustomer(A, UUID.randomUUID());

    Customer saved = repository.save(fresh);

    assertThat(saved.version()).isEqualTo(1);
    assertThat(saved.pullEvents()).isEmpty();
    assertThatThrownBy(() -> repository.save(fresh)).isInstanceOf(ConcurrentUpdateException.class);
    assertThat(repository.save(saved).version()).isEqualTo(2);
    assertThatThrownBy(() -> repository.save(saved)).isInstanceOf(ConcurrentUpdateException.class);
  }

  @Test
  void findById_andDelete_neverCrossTenants() {
    UUID shared = UUID.randomUUID();
    repository.save(newCustomer(A, shared));

    assertThat(repository.findById(B, CustomerId.of(shared))).isEmpty();
    assertThat(repository.delete(B, CustomerId.of(shared))).isFalse();
    assertThat(repository.delete(A, CustomerId.of(shared))).isTrue();
    assertThat(repository.delete(A, CustomerId.of(shared))).isFalse();
  }

  @Test
  void find_pagesEveryCustomerOnceInAscendingIdOrder() {
    for (int i = 0; i < 7; i++) {
      repository.save(newCustomer(A, UUID.randomUUID()));
    }
    repository.save(newCustomer(B, UUID.randomUUID()));

    List<CustomerId> listed = new ArrayList<>();
    Page.walk(3, p -> repository.find(CustomerQuery.in(A), p), c -> listed.add(c.id()));

    assertThat(listed).hasSize(7).isSorted().doesNotHaveDuplicates();
    assertThat(repository.count(CustomerQuery.in(A))).isEqualTo(7);
    assertThat(repository.find(CustomerQuery.in(A), PageRequest.first(7)).next()).isNull();
    assertThatThrownBy(
            () -> repository.find(CustomerQuery.in(A), PageRequest.after(Cursor.of("forged"), 3)))
        .isInstanceOf(ValidationException.class);
  }
}
