package io.crmkit.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * The two version columns of a row that holds one aggregate: crm-core's {@code version} and the
 * provider's {@code lock_version}. A mapped superclass, so that every such row declares them once
 * ({@link IdColumns} adds the key of rows keyed {@code (tenant_id, id)}); {@link RowVersions}
 * applies the save rule to them.
 *
 * @param <K> the row's id class ({@link RowKey}, or {@link MembershipRowKey} for a membership)
 */
@MappedSuperclass
public abstract class VersionColumns<K> implements VersionedRow {
  /** crm-core's version: 1 at insert, one more on every save; set by the repository. */
  @Column(name = "version")
  long version;

  /**
   * The provider's optimistic lock, apart from {@link #version} because providers number it
   * differently (Hibernate starts at 0, EclipseLink at 1) and only increment it when a column
   * changed; {@link #version} changes on every save, so every save is checked against it.
   */
  @Version
  @Column(name = "lock_version")
  long lockVersion;

  /** For the provider and subclasses. */
  protected VersionColumns() {}

  @Override
  public long version() {
    return version;
  }

  /** Returns the primary key, an instance of the row's id class {@code K}. */
  @Override
  public abstract K key();
}
