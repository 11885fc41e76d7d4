package io.crmkit.examples.erp;

import io.crmkit.core.shared.AttributeKey;
import io.crmkit.core.shared.Money;
import java.time.LocalDate;

/**
 * The typed attributes the ERP keeps on crmkit's customers, namespaced {@code erp.}: crmkit stores
 * them with the customer in every store and hands them to rules in the customer's snapshot.
 *
 * @since 0.1
 */
public final class ErpAttributes {
  /** The ERP's own number for the account, e.g. {@code V-10023}. */
  public static final AttributeKey<String> VENDOR_NO =
      AttributeKey.of("erp.vendorNo", String.class);

  /** The credit limit finance approved, in the currency the account is invoiced in. */
  public static final AttributeKey<Money> CREDIT_LIMIT =
      AttributeKey.of("erp.creditLimit", Money.class);

  /** The last day the approved credit limit is valid; finance reviews it before then. */
  public static final AttributeKey<LocalDate> CREDIT_LIMIT_UNTIL =
      AttributeKey.of("erp.creditLimitUntil", LocalDate.class);

  private ErpAttributes() {}
}
