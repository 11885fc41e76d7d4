package io.crmkit.jpa.internal;

import io.crmkit.core.customer.CustomerCategory;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.CustomerKind;
import io.crmkit.core.customer.CustomerName;
import io.crmkit.core.customer.CustomerSnapshot;
import io.crmkit.core.customer.Industry;
import io.crmkit.core.customer.PurchaseFrequencyBand;
import io.crmkit.core.customer.Region;
import io.crmkit.core.customer.SizeBand;
import io.crmkit.core.customer.Source;
import io.crmkit.core.customer.Tag;
import io.crmkit.core.shared.FullName;
import io.crmkit.core.shared.NameOrder;
import io.crmkit.core.shared.PersonName;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.UserRef;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Maps a {@link CustomerSnapshot} to a {@link CustomerRow} (and its child values) and back. */
final class CustomerMapper {
  private CustomerMapper() {}

  /** Writes every column of the snapshot into the row, except the key and the version. */
  static void write(CustomerSnapshot s, CustomerRow row) {
    row.createdAt = Micros.of("createdAt", s.createdAt());
    row.updatedAt = Micros.of("updatedAt", s.updatedAt());
    row.nameKind = s.name().kind().name();
    row.nameChinese = null;
    row.nameChineseFamily = null;
    row.nameChineseOrder = null;
    row.nameLatin = null;
    row.nameLatinFamily = null;
    row.nameLatinOrder = null;
    if (s.name() instanceof CustomerName.Organization org) {
      row.nameChinese = org.chinese();
      row.nameLatin = org.latin();
    } else if (s.name() instanceof CustomerName.Person person) {
      FullName chinese = person.name().chinese();
      if (chinese != null) {
        row.nameChinese = chinese.given();
        row.nameChineseFamily = chinese.family();
        row.nameChineseOrder = chinese.order().name();
      }
      FullName latin = person.name().latin();
      if (latin != null) {
        row.nameLatin = latin.given();
        row.nameLatinFamily = latin.family();
        row.nameLatinOrder = latin.order().name();
      }
    }
    row.industry = code(s.industry(), Industry::code);
    row.sizeBand = code(s.sizeBand(), SizeBand::code);
    row.purchaseFrequency = code(s.purchaseFrequency(), PurchaseFrequencyBand::code);
    row.category = code(s.category(), CustomerCategory::code);
    row.region = code(s.region(), Region::code);
    row.source = code(s.source(), Source::code);
    row.parent = s.parent() == null ? null : s.parent().toString();
    row.owner = code(s.owner(), UserRef::value);
    row.deletedAt = Micros.ofNullable("deletedAt", s.deletedAt());
    row.addresses = ValueTexts.addresses(s.addresses());
    row.attributes = ValueTexts.attributes(s.attributes());
  }

  /** Returns the snapshot a row and its tags hold. */
  static CustomerSnapshot read(CustomerRow row, Collection<String> tags) {
    TreeSet<Tag> tagSet = new TreeSet<>();
    tags.forEach(t -> tagSet.add(Tag.of(t)));
    return new CustomerSnapshot(
        CustomerId.parse(row.id),
        TenantId.of(row.tenant),
        row.version,
        Micros.instant(row.createdAt),
        Micros.instant(row.updatedAt),
        name(row),
        row.industry == null ? null : Industry.of(row.industry),
        row.sizeBand == null ? null : SizeBand.of(row.sizeBand),
        row.purchaseFrequency == null ? null : PurchaseFrequencyBand.of(row.purchaseFrequency),
        row.category == null ? null : CustomerCategory.of(row.category),
        row.region == null ? null : Region.of(row.region),
        ValueTexts.addresses(row.addresses),
        row.source == null ? null : Source.of(row.source),
        row.parent == null ? null : CustomerId.parse(row.parent),
        tagSet,
        row.owner == null ? null : UserRef.of(row.owner),
        ValueTexts.attributes(row.attributes),
        Micros.instantOrNull(row.deletedAt));
  }

  /** Returns the tags of a snapshot as stored in the tag table. */
  static Set<String> tags(CustomerSnapshot s) {
    Set<String> tags = new LinkedHashSet<>();
    s.tags().forEach(t -> tags.add(t.code()));
    return tags;
  }

  /** Returns the distinct lower-cased name keys a name-prefix query matches. */
  static Set<String> nameKeys(CustomerName name) {
    return new LinkedHashSet<>(name.searchKeys());
  }

  /** Returns the name keys of the name a row holds. */
  static Set<String> nameKeys(CustomerRow row) {
    return nameKeys(name(row));
  }

  private static CustomerName name(CustomerRow row) {
    if (CustomerKind.valueOf(row.nameKind) == CustomerKind.ORGANIZATION) {
      return new CustomerName.Organization(row.nameChinese, row.nameLatin);
    }
    return new CustomerName.Person(
        new PersonName(
            fullName(row.nameChinese, row.nameChineseFamily, row.nameChineseOrder),
            fullName(row.nameLatin, row.nameLatinFamily, row.nameLatinOrder)));
  }

  private static @Nullable FullName fullName(
      @Nullable String given, @Nullable String family, @Nullable String order) {
    return given == null || order == null
        ? null
        : new FullName(family, given, NameOrder.valueOf(order));
  }

  private static <T> @Nullable String code(@Nullable T value, Function<T, String> code) {
    return value == null ? null : code.apply(value);
  }
}
