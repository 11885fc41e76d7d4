package io.crmkit.core.segment;

/**
 * How a segment's members are decided.
 *
 * @since 0.1
 */
public enum SegmentKind {
  /** Members are added and removed explicitly. */
  STATIC,
  /** Members are computed by a rule; explicit adds and removes are refused. */
  DYNAMIC
}
