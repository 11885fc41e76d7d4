/**
 * The crmkit TCK: contract tests that prove a storage adapter keeps the promises of {@code
 * io.crmkit.spi}. Each {@code *Contract} class is abstract and checks one part of the SPI's
 * javadoc; an adapter passes the TCK when a subclass of every contract passes.
 *
 * <h2>Running the TCK against an adapter</h2>
 *
 * Add {@code io.crmkit:crm-tck} as a test dependency (it brings JUnit Jupiter's API, AssertJ and
 * Datafaker with it; add the JUnit Jupiter engine as usual), then write one small subclass per
 * contract in your test sources:
 *
 * <pre>{@code
 * class JpaCustomerRepositoryTest extends CustomerRepositoryContract {
 *   @Override
 *   protected CrmStore createStore() {
 *     return JpaCrmStore.create(sharedEntityManagerFactory);
 *   }
 * }
 * }</pre>
 *
 * <p>On the class path nothing more is needed. Where the TCK runs as a named module on the module
 * path (as in this project's own build), JUnit's {@code org.junit.platform.commons} becomes a named
 * module while Surefire's launcher stays on the class path: export {@code
 * org.junit.platform.commons.util} and {@code org.junit.platform.commons.logging} to {@code
 * ALL-UNNAMED} and open your test package to {@code org.junit.platform.commons} in Surefire's
 * {@code argLine}, as crm-tck's own pom does.
 *
 * <p>{@code createStore()} is called once per test method. It may return a new store each time or
 * hand back one shared store over one database: every test writes only to new tenants of its own
 * ({@link io.crmkit.tck.Fixtures#newTenant()}), so tests never see each other's data, may run in
 * any order, and need no cleanup between them.
 *
 * <h2>The contracts</h2>
 *
 * <ul>
 *   <li>{@link io.crmkit.tck.CustomerRepositoryContract}, {@link
 *       io.crmkit.tck.ContactRepositoryContract}, {@link io.crmkit.tck.ActivityRepositoryContract}
 *       and {@link io.crmkit.tck.CustomerFactsRepositoryContract}: every repository method, round
 *       trips of every field, optimistic versions, idempotent deletes, ascending id order;
 *   <li>{@link io.crmkit.tck.UnitOfWorkContract}: commit, rollback, joining, stale saves and atomic
 *       visibility of {@link io.crmkit.spi.CrmStore#inTransaction};
 *   <li>{@link io.crmkit.tck.TenantIsolationContract}: no method reads, pages, changes or deletes
 *       another tenant's data;
 *   <li>{@link io.crmkit.tck.QueryContract}: {@code find} and {@code count} return exactly what the
 *       queries' own {@code matches} methods accept, for every criterion alone and combined;
 *   <li>{@link io.crmkit.tck.PagingContract}: keyset paging of every list, at every page size, with
 *       concurrent inserts, and refusal of forged cursors;
 *   <li>{@link io.crmkit.tck.LifecycleRepositoryContract}, {@link
 *       io.crmkit.tck.TierRepositoriesContract}, {@link
 *       io.crmkit.tck.OwnershipRepositoriesContract}, {@link
 *       io.crmkit.tck.SegmentRepositoriesContract} and {@link
 *       io.crmkit.tck.ReminderRepositoryContract}: the key-account repositories, with history
 *       queries on their boundaries, due-reminder ordering and paging, and two managers claiming
 *       one customer at once;
 *   <li>{@link io.crmkit.tck.KeyAccountTenantIsolationContract}: the key-account repositories never
 *       read, list, count or delete another tenant's data;
 *   <li>{@link io.crmkit.tck.KitContract}: {@code CrmKit} on the store publishes events only after
 *       commit and keeps customer facts equal to a rebuild from history.
 * </ul>
 *
 * <p>Tests of optional features skip themselves (with a JUnit assumption) unless the store declares
 * the {@link io.crmkit.spi.StoreCapability} they need: concurrency tests need {@code THREAD_SAFE},
 * tests of atomic visibility need {@code ATOMIC_UNITS_OF_WORK}. No other test is ever skipped.
 *
 * <h2>Tools for an adapter's own tests</h2>
 *
 * {@link io.crmkit.tck.Fixtures} makes realistic Chinese and Western data and the values that break
 * naive storage, {@link io.crmkit.tck.MutableClock} is a clock a test moves by hand, and {@link
 * io.crmkit.tck.SequentialIdGenerator} makes ids whose order is obvious.
 *
 * @since 0.1
 */
@NullMarked
package io.crmkit.tck;

import org.jspecify.annotations.NullMarked;
