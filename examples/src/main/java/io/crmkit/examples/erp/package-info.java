/**
 * The ERP extension example: how an ERP vendor extends crmkit without forking it — typed custom
 * attributes for its own data (vendor number, credit limit), a tiering rule and a reminder policy
 * of its own registered next to the built-ins, a tier ladder its administrators edit as text, and
 * an event listener that forwards tier changes and due reminders to the ERP.
 *
 * <p>Run it from a fresh clone with {@code ./mvnw -q -B package -DskipTests} and then {@code java
 * -cp examples/target/quickstart.jar io.crmkit.examples.erp.ErpExtension}.
 */
@NullMarked
package io.crmkit.examples.erp;

import org.jspecify.annotations.NullMarked;
