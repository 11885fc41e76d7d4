/**
 * RFM (recency, frequency, monetary) scoring: scores 1 to N per measure by quantile breaks
 * compatible with the R package {@code rfm} or by SQL {@code NTILE}, and a segment table that names
 * customers by their scores.
 */
@NullMarked
package io.crmkit.rules.rfm;

import org.jspecify.annotations.NullMarked;
