/**
 * Batch jobs: a named per-customer {@link io.crmkit.core.batch.CustomerStep} run over every active
 * customer of a tenant in keyset pages ({@code CrmKit.batch()}), with its {@link
 * io.crmkit.core.batch.JobOptions options}, {@link io.crmkit.core.batch.JobProgress progress},
 * {@link io.crmkit.core.batch.JobReport report}, and the {@link io.crmkit.core.batch.JobCheckpoint
 * checkpoint} and {@link io.crmkit.core.batch.CompletedRange completed ranges} that let a killed
 * job resume without redoing or skipping anyone.
 */
@NullMarked
package io.crmkit.core.batch;

import org.jspecify.annotations.NullMarked;
