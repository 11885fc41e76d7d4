/**
 * Segments: named groups of customers. A static segment lists its members explicitly, with who
 * added them and, for marketing lists, their opt-in status; a dynamic segment's members are
 * computed by a rule (from crm-rules or the host), and the model keeps the rule reference, the last
 * computed membership with its {@code asOf}, and when each customer entered and left.
 */
@NullMarked
package io.crmkit.core.segment;

import org.jspecify.annotations.NullMarked;
