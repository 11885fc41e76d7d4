package io.crmkit.core.contact;

import io.crmkit.core.shared.ValidationException;
import java.util.regex.Pattern;

/**
 * A WeChat id (微信号): 6 to 20 characters, starting with a letter, then letters, digits, underscores
 * or hyphens, as WeChat allows them.
 *
 * @param value the id
 * @since 0.1
 */
public record WeChatId(String value) {
  private static final Pattern FORMAT = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{5,19}");

  /**
   * Validates the id.
   *
   * @throws ValidationException if it does not follow WeChat's rules
   */
  public WeChatId {
    if (!FORMAT.matcher(value).matches()) {
      throw ValidationException.of(
          "wechat", value, "must be 6 to 20 letters, digits, _ or -, starting with a letter");
    }
  }

  /** Parses an id, stripping surrounding space. */
  public static WeChatId of(String value) {
    return new WeChatId(value.strip());
  }

  @Override
  public String toString() {
    return value;
  }
}
