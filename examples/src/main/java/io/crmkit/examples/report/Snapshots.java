package io.crmkit.examples.report;

import static io.crmkit.examples.report.Analysis.TENANT;

import io.crmkit.core.CrmKit;
import io.crmkit.core.activity.CustomerFacts;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.lifecycle.LifecycleQuery;
import io.crmkit.core.shared.Page;
import io.crmkit.core.shared.PageRequest;
import io.crmkit.core.tier.LadderKey;
import io.crmkit.core.tier.TierQuery;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads what crmkit holds about the report's customers page by page (a thousand customers per unit
 * of work) instead of one unit of work per customer, which matters on a database store.
 */
final class Snapshots {
  private Snapshots() {}

  /** Returns every customer's facts by key, in the order of {@code ids}; empty for no activity. */
  static Map<String, CustomerFacts> facts(CrmKit crm, Map<String, CustomerId> ids) {
    Map<CustomerId, CustomerFacts> stored = new HashMap<>();
    Page.walk(
        PageRequest.MAX_SIZE,
        request -> crm.facts().list(TENANT, request),
        facts -> stored.put(facts.customer(), facts));
    Map<String, CustomerFacts> byKey = new LinkedHashMap<>();
    ids.forEach(
        (key, id) -> {
          CustomerFacts facts = stored.get(id);
          byKey.put(key, facts != null ? facts : CustomerFacts.empty(TENANT, id));
        });
    return byKey;
  }

  /** Returns every graded customer's current tier code on the ladder, by key. */
  static Map<String, String> tiers(CrmKit crm, Map<String, CustomerId> ids, LadderKey ladder) {
    Map<CustomerId, String> keys = keys(ids);
    Map<String, String> tiers = new HashMap<>();
    Page.walk(
        PageRequest.MAX_SIZE,
        request -> crm.tiers().find(TierQuery.on(TENANT, ladder), request),
        history ->
            history
                .current(ladder)
                .ifPresent(
                    assignment -> {
                      String key = keys.get(history.customer());
                      if (key != null) {
                        tiers.put(key, assignment.tier().code());
                      }
                    }));
    return tiers;
  }

  /** Returns every customer's current lifecycle stage name, by key. */
  static Map<String, String> stages(CrmKit crm, Map<String, CustomerId> ids) {
    Map<CustomerId, String> keys = keys(ids);
    Map<String, String> stages = new HashMap<>();
    Page.walk(
        PageRequest.MAX_SIZE,
        request -> crm.lifecycle().find(LifecycleQuery.in(TENANT), request),
        history -> {
          String key = keys.get(history.customer());
          if (key != null) {
            stages.put(key, history.current().name());
          }
        });
    return stages;
  }

  private static Map<CustomerId, String> keys(Map<String, CustomerId> ids) {
    Map<CustomerId, String> keys = new HashMap<>();
    ids.forEach((key, id) -> keys.put(id, key));
    return keys;
  }
}
