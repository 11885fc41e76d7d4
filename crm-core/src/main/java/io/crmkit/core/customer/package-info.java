/**
 * The customer aggregate: organisations and people a tenant sells to, with names in Chinese and
 * Latin script, classification codes, addresses, group structure (a parent and its subsidiaries
 * form one key account), tags, owner and soft delete.
 */
@NullMarked
package io.crmkit.core.customer;

import org.jspecify.annotations.NullMarked;
