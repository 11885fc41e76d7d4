package io.crmkit.tck.memory;

import io.crmkit.core.memory.InMemoryCrmStore;
import io.crmkit.spi.CrmStore;
import io.crmkit.tck.FittedModelRepositoryContract;

class InMemoryFittedModelRepositoryTest extends FittedModelRepositoryContract {

  @Override
  protected CrmStore createStore() {
    return InMemoryCrmStore.create();
  }
}
