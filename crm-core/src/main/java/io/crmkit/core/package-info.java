/**
 * The application API hosts call: {@link io.crmkit.core.CrmKit}, built with {@code
 * CrmKit.builder()}, and its thin services per aggregate. Each service call is one unit of work;
 * its events reach the registered listeners after it committed.
 */
@NullMarked
package io.crmkit.core;

import org.jspecify.annotations.NullMarked;
