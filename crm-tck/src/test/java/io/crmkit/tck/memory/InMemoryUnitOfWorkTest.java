package io.crmkit.tck.memory;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.memory.InMemoryCrmStore;
import io.crmkit.core.shared.TenantId;
import io.crmkit.spi.CrmStore;
import io.crmkit.spi.UnitOfWork;
import io.crmkit.tck.UnitOfWorkContract;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class InMemoryUnitOfWorkTest extends UnitOfWorkContract {

  @Override
  protected CrmStore createStore() {
    return InMemoryCrmStore.create();
  }

  // the SPI only asks callers not to do this; the in-memory store goes further and refuses it
  @Test
  void unitOfWork_usedAfterItsWorkReturned_isRefused() {
    UnitOfWork leaked = createStore().inTransaction(unitOfWork -> unitOfWork);
    TenantId tenant = TenantId.of("memory");
    CustomerId id = CustomerId.of(UUID.randomUUID());

    assertThatThrownBy(() -> leaked.customers().findById(tenant, id))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("ended");
    assertThatThrownBy(() -> leaked.customers().delete(tenant, id))
        .isInstanceOf(IllegalStateException.class);
  }
}
