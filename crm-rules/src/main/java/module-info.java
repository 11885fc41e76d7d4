/**
 * crmkit rules: a small typed rule engine whose rules compile to composed Java lambdas, with a text
 * form administrators can edit.
 */
module io.crmkit.rules {
  requires transitive io.crmkit.core;
  requires com.ibm.icu;
  // Hipparchus 4.0.2 jars have no module-info and no Automatic-Module-Name: these are the names
  // derived from the jar file names.
  requires hipparchus.core;
  requires hipparchus.optim;

  exports io.crmkit.rules;
  exports io.crmkit.rules.calendar;
  exports io.crmkit.rules.forecast;
  exports io.crmkit.rules.keyaccount;
  exports io.crmkit.rules.reminders;
  exports io.crmkit.rules.rfm;
}
