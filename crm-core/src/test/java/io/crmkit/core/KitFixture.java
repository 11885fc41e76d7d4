package io.crmkit.core;

import io.crmkit.core.memory.InMemoryCrmStore;
import io.crmkit.core.shared.CrmEvent;
import io.crmkit.core.shared.TenantId;
import io.crmkit.spi.TenantDirectory;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/** A kit on a fresh in-memory store, a fixed clock, counting ids and an event recorder. */
final class KitFixture {
  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final Instant NOW = Instant.parse("2026-03-15T02:00:00Z");
  static final LocalDate TODAY = LocalDate.ofInstant(NOW, SHANGHAI);

  final TenantId tenant = TenantId.of("acme");
  final TenantId otherTenant = TenantId.of("globex");
  final InMemoryCrmStore store = InMemoryCrmStore.create();
  final List<CrmEvent> events = new CopyOnWriteArrayList<>();
  final CrmKit crm;

  KitFixture() {
    AtomicLong ids = new AtomicLong();
    crm =
        CrmKit.builder()
            .store(store)
            .clock(Clock.fixed(NOW, SHANGHAI))
            .idGenerator(() -> new UUID(0, ids.incrementAndGet()))
            .tenants(TenantDirectory.of(tenant, otherTenant))
            .listener(events::add)
            .build();
  }

  <E extends CrmEvent> List<E> events(Class<E> type) {
    return events.stream().filter(type::isInstance).map(type::cast).toList();
  }
}
