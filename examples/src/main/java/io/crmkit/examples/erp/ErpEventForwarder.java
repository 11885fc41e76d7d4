package io.crmkit.examples.erp;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.CrmKit;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.reminder.ReminderDue;
import io.crmkit.core.shared.CrmEvent;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.tier.TierChanged;
import io.crmkit.spi.CrmEventListener;
import org.jspecify.annotations.Nullable;

/**
 * Forwards crmkit's events to the ERP: {@link TierChanged} (a customer's tier moved) and {@link
 * ReminderDue} (a reminder's due day came, announced once by {@link
 * io.crmkit.core.ReminderService#announceDue}), translated to the ERP's vendor numbers. crmkit
 * calls it after each unit of work committed, outside any unit of work, so it may read the kit to
 * look the vendor numbers up; it is therefore {@linkplain #connect connected} to the kit once the
 * kit is built.
 *
 * @since 0.1
 */
public final class ErpEventForwarder implements CrmEventListener {
  private final ErpHost host;
  private volatile @Nullable CrmKit crm;

  /** Returns a forwarder to the host; connect it to the kit before the first event. */
  public ErpEventForwarder(ErpHost host) {
    this.host = requireNonNull(host, "host");
  }

  /** Connects the forwarder to the kit it listens to, so that it can look up vendor numbers. */
  public void connect(CrmKit kit) {
    this.crm = requireNonNull(kit, "kit");
  }

  /**
   * Forwards tier changes and due reminders; ignores every other event.
   *
   * @throws IllegalStateException if the forwarder is not connected to a kit
   */
  @Override
  public void on(CrmEvent event) {
    if (event instanceof TierChanged changed) {
      host.tierChanged(
          vendorNo(changed.tenant(), changed.customer()),
          changed.assignment().ladder(),
          changed.previous(),
          changed.assignment().tier(),
          changed.assignment().reason());
    } else if (event instanceof ReminderDue due) {
      CustomerId customer = due.customer();
      host.reminderDue(
          customer == null ? "-" : vendorNo(due.tenant(), customer),
          due.owner(),
          due.kind(),
          due.title(),
          due.due());
    }
  }

  private String vendorNo(TenantId tenant, CustomerId customer) {
    return kit()
        .customers()
        .find(tenant, customer)
        .flatMap(c -> c.attributes().get(ErpAttributes.VENDOR_NO))
        .orElse("-");
  }

  private CrmKit kit() {
    CrmKit kit = crm;
    if (kit == null) {
      throw new IllegalStateException("connect the forwarder to its kit before using the kit");
    }
    return kit;
  }
}
