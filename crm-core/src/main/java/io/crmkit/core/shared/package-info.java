/**
 * Values used by every aggregate: tenants, money, e-mail addresses, phone numbers, postal
 * addresses, keyset paging, typed custom attributes, and the {@link
 * io.crmkit.core.shared.CrmException} hierarchy.
 */
@NullMarked
package io.crmkit.core.shared;

import org.jspecify.annotations.NullMarked;
