package io.crmkit.examples.report;

import static java.util.Objects.requireNonNull;

import io.crmkit.rules.keyaccount.AbcClass;
import io.crmkit.rules.rfm.RfmScore;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One line of the report: a customer, or a top-level group with its subsidiaries rolled up, with
 * every measure and decision the report shows for it.
 *
 * @param customer the customer's key as the input spells it (for a group, its top parent's key)
 * @param parent the key of the parent account, or {@code null} for a top-level account or a group
 * @param members how many customers the line covers: 1 for a customer, the group's size for a group
 * @param orders the number of orders
 * @param revenue the revenue over all orders, in the report's currency
 * @param share the share of total revenue, 0 to 1
 * @param cumulativeShare the share of this and every higher-ranked line, 0 to 1
 * @param abcClass the ABC class by cumulative share
 * @param recencyDays days from the last order to the analysis day; {@code null} without orders
 * @param rfm the RFM scores within the report's population; {@code null} without orders
 * @param rfmSegment the RFM segment, empty without orders
 * @param tier the tier the tiering rule gave, empty if none
 * @param lifecycleStage the lifecycle stage the lifecycle rule gave, empty if none
 * @param keyAccount whether the key-account criteria name it a key account
 * @param keyAccountReasons a reason for each criterion it met
 * @param forecast the forecast over the report's forecast weeks, {@code null} when the models are
 *     unavailable or the account had no order up to the calibration end
 * @since 0.1
 */
record AccountLine(
    String customer,
    @Nullable String parent,
    int members,
    long orders,
    BigDecimal revenue,
    BigDecimal share,
    BigDecimal cumulativeShare,
    AbcClass abcClass,
    @Nullable Long recencyDays,
    @Nullable RfmScore rfm,
    String rfmSegment,
    String tier,
    String lifecycleStage,
    boolean keyAccount,
    List<String> keyAccountReasons,
    @Nullable AccountForecast forecast) {

  /** Requires the parts that are always there and copies the reasons. */
  public AccountLine {
    requireNonNull(customer, "customer");
    requireNonNull(revenue, "revenue");
    requireNonNull(share, "share");
    requireNonNull(cumulativeShare, "cumulativeShare");
    requireNonNull(abcClass, "abcClass");
    requireNonNull(rfmSegment, "rfmSegment");
    requireNonNull(tier, "tier");
    requireNonNull(lifecycleStage, "lifecycleStage");
    keyAccountReasons = List.copyOf(keyAccountReasons);
  }
}
