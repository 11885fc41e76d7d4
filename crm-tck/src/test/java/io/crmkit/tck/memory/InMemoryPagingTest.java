package io.crmkit.tck.memory;

import io.crmkit.core.memory.InMemoryCrmStore;
import io.crmkit.spi.CrmStore;
import io.crmkit.tck.PagingContract;

class InMemoryPagingTest extends PagingContract {

  @Override
  protected CrmStore createStore() {
    return InMemoryCrmStore.create();
  }
}
