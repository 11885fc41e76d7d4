package io.crmkit.core.shared;

/**
 * The order a person's names are written in: family name first (张伟, Zhang Wei) or given name first
 * (John Smith). crmkit keeps the order the name was given in and renders it that way.
 *
 * @since 0.1
 */
public enum NameOrder {
  /** Family name, then given name; Chinese, Japanese, Korean, Hungarian names. */
  FAMILY_FIRST,
  /** Given name, then family name; most Western names. */
  GIVEN_FIRST
}
