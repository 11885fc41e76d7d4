package io.crmkit.core.shared;

import com.google.common.testing.NullPointerTester;
import io.crmkit.core.activity.Activity;
import io.crmkit.core.activity.ActivityId;
import io.crmkit.core.activity.Order;
import io.crmkit.core.activity.RecordedActivity;
import io.crmkit.core.contact.Birthday;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.contact.ContactPoint;
import io.crmkit.core.contact.ContactPurpose;
import io.crmkit.core.contact.NewContact;
import io.crmkit.core.contact.Validity;
import io.crmkit.core.contact.WeChatId;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.CustomerName;
import io.crmkit.core.customer.Industry;
import io.crmkit.core.customer.NewCustomer;
import io.crmkit.core.customer.Region;
import io.crmkit.core.customer.SizeBand;
import io.crmkit.core.customer.Source;
import io.crmkit.core.customer.Tag;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Locale;
import java.util.UUID;

/** {@link NullPointerTester}s that know a valid instance of every crm-core value type. */
// test fixtures patched into the module hand out types of the class-path test libraries
@SuppressWarnings("exports")
public final class NullPointerTesters {
  private NullPointerTesters() {}

  /** Returns a tester whose default arguments are valid crm-core values. */
  public static NullPointerTester withDomainDefaults() {
    TenantId tenant = TenantId.of("acme");
    CustomerId customer = CustomerId.of(UUID.fromString("00000000-0000-0000-0000-000000000001"));
    Money money = Money.of("1.00", "CNY");
    PhoneNumber phone = PhoneNumber.of("+8613812345678");
    Address address = Address.of("CN", "上海", "上海", "浦东新区", "世纪大道 100 号");
    Order order = Order.of(tenant, customer, money, LocalDate.of(2024, 5, 1));
    return new NullPointerTester()
        .setDefault(String.class, "x")
        .setDefault(Activity.class, order)
        .setDefault(
            NewCustomer.class, NewCustomer.organization(tenant, "华东机电集团").industry("manufacturing"))
        .setDefault(NewContact.class, NewContact.of(tenant, customer, PersonName.chinese("李", "娜")))
        .setDefault(TenantId.class, tenant)
        .setDefault(UserRef.class, UserRef.of("li.na"))
        .setDefault(CustomerId.class, customer)
        .setDefault(
            ContactId.class, ContactId.of(UUID.fromString("00000000-0000-0000-0000-000000000002")))
        .setDefault(
            ActivityId.class,
            ActivityId.of(UUID.fromString("00000000-0000-0000-0000-000000000003")))
        .setDefault(Currency.class, Currency.getInstance("CNY"))
        .setDefault(BigDecimal.class, BigDecimal.ONE)
        .setDefault(Money.class, money)
        .setDefault(Instant.class, Instant.parse("2024-05-01T08:00:00Z"))
        .setDefault(LocalDate.class, LocalDate.of(2024, 5, 1))
        .setDefault(Locale.class, Locale.CHINA)
        .setDefault(EmailAddress.class, EmailAddress.of("li.na@example.cn"))
        .setDefault(PhoneNumber.class, phone)
        .setDefault(Address.class, address)
        .setDefault(FullName.class, FullName.familyFirst("李", "娜"))
        .setDefault(PersonName.class, PersonName.chinese("李", "娜"))
        .setDefault(CustomerName.class, CustomerName.organization("华东机电集团"))
        .setDefault(Cursor.class, Cursor.of("c1"))
        .setDefault(PageRequest.class, PageRequest.first(10))
        .setDefault(
            DateRange.class, DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)))
        .setDefault(AttributeKey.class, AttributeKey.of("erp.vendorNo", String.class))
        .setDefault(CustomAttributes.class, CustomAttributes.empty())
        .setDefault(Industry.class, Industry.of("manufacturing"))
        .setDefault(SizeBand.class, SizeBand.of("50-199"))
        .setDefault(Region.class, Region.of("east-china"))
        .setDefault(Source.class, Source.of("trade-show"))
        .setDefault(Tag.class, Tag.of("strategic"))
        .setDefault(WeChatId.class, WeChatId.of("li_na_2024"))
        .setDefault(Validity.class, Validity.ALWAYS)
        .setDefault(Birthday.class, new Birthday.Solar(null, 5, 1))
        .setDefault(ContactPoint.class, ContactPoint.phone(phone, ContactPurpose.WORK))
        .setDefault(
            RecordedActivity.class,
            new RecordedActivity(
                ActivityId.of(UUID.fromString("00000000-0000-0000-0000-000000000004")),
                Instant.parse("2024-05-01T08:00:00Z"),
                order));
  }
}
