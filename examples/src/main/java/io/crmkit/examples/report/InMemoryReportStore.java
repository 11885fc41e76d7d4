package io.crmkit.examples.report;

import io.crmkit.core.CrmKit;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.memory.InMemoryCrmStore;
import io.crmkit.spi.CrmStore;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The report's data in crmkit's in-memory store, gone when the run ends: nothing is stored yet. */
final class InMemoryReportStore implements ReportStore {
  private final CrmStore store = InMemoryCrmStore.create();

  @Override
  public CrmStore crmStore() {
    return store;
  }

  @Override
  public List<OrderLine> storedOrders() {
    return List.of();
  }

  @Override
  public Map<String, @Nullable String> storedParents() {
    return Map.of();
  }

  @Override
  public List<OrderLine> unstored(List<OrderLine> input) {
    return input;
  }

  @Override
  public Map<String, CustomerId> load(
      CrmKit crm, ReplayClock clock, Batch batch, Progress progress) {
    return OrderLoader.load(
        crm, clock, batch.orders(), batch.parents(), batch.accountsFile(), progress);
  }

  @Override
  public Optional<String> summary() {
    return Optional.empty();
  }

  @Override
  public void close() {
    // nothing to release
  }
}
