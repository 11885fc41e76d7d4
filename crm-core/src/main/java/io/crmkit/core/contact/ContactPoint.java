package io.crmkit.core.contact;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.shared.Address;
import io.crmkit.core.shared.EmailAddress;
import io.crmkit.core.shared.PhoneNumber;
import java.time.LocalDate;

/**
 * One way to reach a contact, with what it is for and when it is valid.
 *
 * @since 0.1
 */
public sealed interface ContactPoint
    permits ContactPoint.Phone, ContactPoint.Email, ContactPoint.WeChat, ContactPoint.Postal {

  /** Returns what the contact point is for. */
  ContactPurpose purpose();

  /** Returns when it is valid. */
  Validity validity();

  /** Returns whether it is valid on the day. */
  default boolean isValidOn(LocalDate day) {
    return validity().isValidOn(day);
  }

  /** Returns a phone contact point valid on every day. */
  static Phone phone(PhoneNumber number, ContactPurpose purpose) {
    return new Phone(number, purpose, Validity.ALWAYS);
  }

  /** Returns an e-mail contact point valid on every day. */
  static Email email(EmailAddress address, ContactPurpose purpose) {
    return new Email(address, purpose, Validity.ALWAYS);
  }

  /** Returns a WeChat contact point valid on every day. */
  static WeChat wechat(WeChatId id, ContactPurpose purpose) {
    return new WeChat(id, purpose, Validity.ALWAYS);
  }

  /** Returns a postal contact point valid on every day. */
  static Postal postal(Address address, ContactPurpose purpose) {
    return new Postal(address, purpose, Validity.ALWAYS);
  }

  /**
   * A telephone number, kept in E.164.
   *
   * @param number the number
   * @param purpose what it is for
   * @param validity when it is valid
   */
  record Phone(PhoneNumber number, ContactPurpose purpose, Validity validity)
      implements ContactPoint {
    /** Requires every part. */
    public Phone {
      requireNonNull(number, "number");
      requireNonNull(purpose, "purpose");
      requireNonNull(validity, "validity");
    }
  }

  /**
   * An e-mail address, normalised.
   *
   * @param address the address
   * @param purpose what it is for
   * @param validity when it is valid
   */
  record Email(EmailAddress address, ContactPurpose purpose, Validity validity)
      implements ContactPoint {
    /** Requires every part. */
    public Email {
      requireNonNull(address, "address");
      requireNonNull(purpose, "purpose");
      requireNonNull(validity, "validity");
    }
  }

  /**
   * A WeChat id.
   *
   * @param id the id
   * @param purpose what it is for
   * @param validity when it is valid
   */
  record WeChat(WeChatId id, ContactPurpose purpose, Validity validity) implements ContactPoint {
    /** Requires every part. */
    public WeChat {
      requireNonNull(id, "id");
      requireNonNull(purpose, "purpose");
      requireNonNull(validity, "validity");
    }
  }

  /**
   * A postal address.
   *
   * @param address the address
   * @param purpose what it is for
   * @param validity when it is valid
   */
  record Postal(Address address, ContactPurpose purpose, Validity validity)
      implements ContactPoint {
    /** Requires every part. */
    public Postal {
      requireNonNull(address, "address");
      requireNonNull(purpose, "purpose");
      requireNonNull(validity, "validity");
    }
  }
}
