/**
 * Probabilistic customer-base forecasts: the BG/NBD model of repeat purchasing (Fader, Hardie and
 * Lee 2005, "Counting Your Customers the Easy Way"), the Gamma-Gamma model of spend per transaction
 * (Fader, Hardie and Lee 2005, "RFM and CLV"), and what a CRM builds on them: expected purchases,
 * the probability that a customer is still alive, customer lifetime value, sales forecasts per
 * account and group, a lifecycle rule and a rule field.
 *
 * <p>Models are fitted once per tenant or segment on {@link PurchaseSummary per-customer
 * summaries}; the fitted models are small immutable records a host stores with their fit date and
 * then uses to score customers as their facts change, without fitting again: {@link
 * BgNbdModel#toFitted} and {@link GammaGammaModel#toFitted} give the {@code FittedModel} that
 * {@code crm.models().save} stores, {@link CustomerValueModel#fromFitted} restores the pair, and
 * {@link CustomerScorer} scores one customer from its current facts.
 */
@NullMarked
package io.crmkit.rules.forecast;

import org.jspecify.annotations.NullMarked;
