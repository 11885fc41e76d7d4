package io.crmkit.core.contact;

/**
 * The part a contact plays in the customer's buying decisions; a contact may play several.
 *
 * @since 0.1
 */
public enum ContactRole {
  /** Signs off purchases (决策者). */
  DECISION_MAKER,
  /** Shapes the decision without making it (影响者). */
  INFLUENCER,
  /** Uses what is bought (使用者). */
  USER,
  /** Handles invoices and payments (财务). */
  FINANCE,
  /** The first person to call (主要联系人). */
  PRIMARY_CONTACT
}
