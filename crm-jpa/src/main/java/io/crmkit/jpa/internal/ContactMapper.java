package io.crmkit.jpa.internal;

import io.crmkit.core.contact.Birthday;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.contact.ContactPoint;
import io.crmkit.core.contact.ContactPurpose;
import io.crmkit.core.contact.ContactRole;
import io.crmkit.core.contact.ContactSnapshot;
import io.crmkit.core.contact.Validity;
import io.crmkit.core.contact.WeChatId;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.shared.Address;
import io.crmkit.core.shared.EmailAddress;
import io.crmkit.core.shared.FullName;
import io.crmkit.core.shared.NameOrder;
import io.crmkit.core.shared.PersonName;
import io.crmkit.core.shared.PhoneNumber;
import io.crmkit.core.shared.TenantId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Maps a {@link ContactSnapshot} to a {@link ContactRow} and back.
 *
 * <p>A contact point is one {@link TextRecords} record: {@code P|e164|purpose|from|until}, {@code
 * E|address|purpose|from|until}, {@code W|wechatId|purpose|from|until}, or {@code
 * A|purpose|from|until|country|province|city|district|street|postalCode}; dates are ISO, an open
 * validity bound is absent.
 */
final class ContactMapper {
  private ContactMapper() {}

  static void write(ContactSnapshot s, ContactRow row) {
    row.customer = s.customer().toString();
    row.createdAt = Micros.of("createdAt", s.createdAt());
    row.updatedAt = Micros.of("updatedAt", s.updatedAt());
    FullName chinese = s.name().chinese();
    row.nameChinese = chinese == null ? null : chinese.given();
    row.nameChineseFamily = chinese == null ? null : chinese.family();
    row.nameChineseOrder = chinese == null ? null : chinese.order().name();
    FullName latin = s.name().latin();
    row.nameLatin = latin == null ? null : latin.given();
    row.nameLatinFamily = latin == null ? null : latin.family();
    row.nameLatinOrder = latin == null ? null : latin.order().name();
    row.title = s.title();
    row.department = s.department();
    row.roles = s.roles().stream().map(Enum::name).collect(Collectors.joining(","));
    row.contactPoints = points(s.contactPoints());
    row.birthdayCalendar = null;
    row.birthdayYear = null;
    row.birthdayMonth = null;
    row.birthdayDay = null;
    row.birthdayLeapMonth = null;
    if (s.birthday() instanceof Birthday.Solar solar) {
      row.birthdayCalendar = "SOLAR";
      row.birthdayYear = solar.year();
      row.birthdayMonth = solar.month();
      row.birthdayDay = solar.day();
      row.birthdayLeapMonth = false;
    } else if (s.birthday() instanceof Birthday.Lunar lunar) {
      row.birthdayCalendar = "LUNAR";
      row.birthdayYear = lunar.year();
      row.birthdayMonth = lunar.month();
      row.birthdayDay = lunar.day();
      row.birthdayLeapMonth = lunar.leapMonth();
    }
    row.preferredLanguage =
        s.preferredLanguage() == null ? null : s.preferredLanguage().toLanguageTag();
    row.attributes = ValueTexts.attributes(s.attributes());
  }

  static ContactSnapshot read(ContactRow row) {
    Set<ContactRole> roles = EnumSet.noneOf(ContactRole.class);
    if (!row.roles.isEmpty()) {
      for (String role : row.roles.split(",")) {
        roles.add(ContactRole.valueOf(role));
      }
    }
    return new ContactSnapshot(
        ContactId.parse(row.id),
        TenantId.of(row.tenant),
        CustomerId.parse(row.customer),
        row.version,
        Micros.instant(row.createdAt),
        Micros.instant(row.updatedAt),
        new PersonName(
            fullName(row.nameChinese, row.nameChineseFamily, row.nameChineseOrder),
            fullName(row.nameLatin, row.nameLatinFamily, row.nameLatinOrder)),
        row.title,
        row.department,
        roles,
        points(row.contactPoints),
        birthday(row),
        row.preferredLanguage == null ? null : Locale.forLanguageTag(row.preferredLanguage),
        ValueTexts.attributes(row.attributes));
  }

  /** Returns the keys {@code ContactQuery} finds the contact by. */
  static Set<String> keys(ContactSnapshot s) {
    Set<String> keys = new LinkedHashSet<>();
    for (ContactPoint p : s.contactPoints()) {
      if (p instanceof ContactPoint.Email e) {
        keys.add(emailKey(e.address()));
      } else if (p instanceof ContactPoint.Phone ph) {
        keys.add(phoneKey(ph.number()));
      }
    }
    s.roles().forEach(r -> keys.add(roleKey(r)));
    return keys;
  }

  static Set<String> keys(ContactRow row) {
    return keys(read(row));
  }

  static String emailKey(EmailAddress address) {
    return "email:" + address.canonical();
  }

  static String phoneKey(PhoneNumber number) {
    return "phone:" + number.e164();
  }

  static String roleKey(ContactRole role) {
    return "role:" + role.name();
  }

  private static String points(List<ContactPoint> points) {
    List<List<@Nullable String>> records = new ArrayList<>(points.size());
    for (ContactPoint p : points) {
      List<@Nullable String> f = new ArrayList<>();
      if (p instanceof ContactPoint.Phone ph) {
        f.add("P");
        f.add(ph.number().e164());
      } else if (p instanceof ContactPoint.Email e) {
        f.add("E");
        f.add(e.address().value());
      } else if (p instanceof ContactPoint.WeChat w) {
        f.add("W");
        f.add(w.id().value());
      } else {
        f.add("A");
      }
      f.add(p.purpose().name());
      f.add(p.validity().from() == null ? null : p.validity().from().toString());
      f.add(p.validity().until() == null ? null : p.validity().until().toString());
      if (p instanceof ContactPoint.Postal postal) {
        Address a = postal.address();
        f.add(a.country());
        f.add(a.province());
        f.add(a.city());
        f.add(a.district());
        f.add(a.street());
        f.add(a.postalCode());
      }
      records.add(f);
    }
    return TextRecords.encode(records);
  }

  private static List<ContactPoint> points(String text) {
    List<ContactPoint> points = new ArrayList<>();
    for (List<@Nullable String> f : TextRecords.decode(text)) {
      String tag = required(f, 0);
      int offset = tag.equals("A") ? 1 : 2;
      ContactPurpose purpose = ContactPurpose.valueOf(required(f, offset));
      Validity validity = new Validity(date(f.get(offset + 1)), date(f.get(offset + 2)));
      points.add(
          switch (tag) {
            case "P" -> new ContactPoint.Phone(new PhoneNumber(required(f, 1)), purpose, validity);
            case "E" -> new ContactPoint.Email(new EmailAddress(required(f, 1)), purpose, validity);
            case "W" -> new ContactPoint.WeChat(new WeChatId(required(f, 1)), purpose, validity);
            case "A" ->
                new ContactPoint.Postal(
                    new Address(
                        required(f, 4),
                        f.get(5),
                        required(f, 6),
                        f.get(7),
                        required(f, 8),
                        f.get(9)),
                    purpose,
                    validity);
            default -> throw new IllegalArgumentException("unknown contact point tag " + tag);
          });
    }
    return points;
  }

  private static @Nullable Birthday birthday(ContactRow row) {
    if (row.birthdayCalendar == null || row.birthdayMonth == null || row.birthdayDay == null) {
      return null;
    }
    return row.birthdayCalendar.equals("LUNAR")
        ? new Birthday.Lunar(
            row.birthdayYear,
            row.birthdayMonth,
            row.birthdayDay,
            Boolean.TRUE.equals(row.birthdayLeapMonth))
        : new Birthday.Solar(row.birthdayYear, row.birthdayMonth, row.birthdayDay);
  }

  private static @Nullable FullName fullName(
      @Nullable String given, @Nullable String family, @Nullable String order) {
    return given == null || order == null
        ? null
        : new FullName(family, given, NameOrder.valueOf(order));
  }

  private static @Nullable LocalDate date(@Nullable String text) {
    return text == null ? null : LocalDate.parse(text);
  }

  private static String required(List<@Nullable String> fields, int index) {
    String value = index < fields.size() ? fields.get(index) : null;
    if (value == null) {
      throw new IllegalArgumentException("field " + index + " of a contact point is absent");
    }
    return value;
  }
}
