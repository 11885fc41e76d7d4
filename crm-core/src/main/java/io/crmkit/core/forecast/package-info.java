/**
 * Stored forecast models: a {@link io.crmkit.core.forecast.FittedModel} keeps what a host needs to
 * score customers without refitting (the parameters of a model fitted once per tenant or segment,
 * its fit date and log-likelihood) under a {@link io.crmkit.core.forecast.ModelKey}. The models
 * themselves (BG/NBD, Gamma-Gamma) live in crm-rules; crm-core only stores their numbers.
 */
@NullMarked
package io.crmkit.core.forecast;

import org.jspecify.annotations.NullMarked;
