package io.crmkit.core.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of input that breaks naive validation (blank and over-long text, control characters,
 * lone surrogates, emoji, CJK, absurd numbers and dates) and the one verdict every factory must
 * give it: a valid value, or a {@link ValidationException} that names its fields, never another
 * exception.
 */
// test fixtures patched into the module hand out types of the class-path test libraries
@SuppressWarnings("exports")
public final class HostileInput {
  /** Texts that commonly trip validators. */
  public static final List<String> NASTY =
      List.of(
          "",
          " ",
          "\t",
          "\n",
          "\r\n",
          "\u3000",
          "\u00A0",
          "\u200B",
          "\u2028",
          "\u2029",
          "\uFEFF",
          "\u0000",
          "\u007F",
          "\u0085",
          "\uD800",
          "\uDFFF",
          "a\uD800b",
          "\uDC00\uD800",
          "\uFFFE",
          "\uFFFF",
          "\uD83D\uDE00",
          "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67",
          "\uD83C\uDDE8\uD83C\uDDF3",
          "e\u0301",
          "\u202Eevil",
          "张伟",
          "华东机电集团有限公司",
          "Zhang Wei",
          "null",
          "NaN",
          "-0",
          "%s%n",
          "'; drop table customer; --",
          "<script>alert(1)</script>",
          "x".repeat(10_000),
          "张".repeat(10_000),
          "\uD83D\uDE00".repeat(5_000),
          " ".repeat(10_000),
          "A".repeat(64),
          "A".repeat(65),
          "\uD83D\uDE00".repeat(64),
          "\uD83D\uDE00".repeat(65));

  private HostileInput() {}

  /**
   * Returns nasty texts: fixed traps, random ASCII, control runs, CJK, emoji and any code point.
   */
  public static Gen<String> texts() {
    Gen<String> piece =
        Generate.frequency(
            Pair.of(4, Generate.pick(NASTY)),
            Pair.of(2, strings().ascii().ofLengthBetween(0, 24)),
            Pair.of(1, strings().basicLatinAlphabet().ofLengthBetween(1, 12)),
            Pair.of(1, strings().betweenCodePoints(0, 0x20).ofLengthBetween(1, 4)),
            Pair.of(1, strings().betweenCodePoints(0x4E00, 0x9FFF).ofLengthBetween(1, 12)),
            Pair.of(1, strings().betweenCodePoints(0x1F300, 0x1FAFF).ofLengthBetween(1, 6)),
            Pair.of(1, strings().betweenCodePoints(0xD7F0, 0xE010).ofLengthBetween(1, 6)),
            Pair.of(2, strings().allPossible().ofLengthBetween(0, 24)));
    return Generate.frequency(Pair.of(3, piece), Pair.of(1, piece.zip(piece, String::concat)));
  }

  /** Returns texts that look like amounts, some of them absurd, mixed with nasty texts. */
  public static Gen<String> amounts() {
    Gen<String> plain =
        integers()
            .all()
            .zip(integers().between(0, 999_999), (whole, fraction) -> whole + "." + fraction);
    Gen<String> exponent =
        integers()
            .between(-2_000_000_000, 2_000_000_000)
            .zip(
                Generate.pick(List.of("1", "-1", "9.99", "0", "123456789")), (e, m) -> m + "e" + e);
    Gen<String> fixed =
        Generate.pick(
            List.of(
                "0",
                "-0.00",
                "+1",
                "1.",
                ".5",
                "1_000",
                "1,000.00",
                "１２",
                "١٢",
                "999999999999999",
                "1000000000000000",
                "0.001",
                "1E+2147483647",
                "1E-2147483648",
                "1e999999999",
                "1e-999999999",
                "1".repeat(10_000),
                "0." + "1".repeat(10_000)));
    return Generate.oneOf(plain, exponent, fixed, texts());
  }

  /** Returns amounts as numbers: any unscaled value with any scale, absurd ones included. */
  public static Gen<BigDecimal> decimals() {
    Gen<Integer> scales =
        Generate.frequency(Pair.of(4, integers().between(-4, 8)), Pair.of(1, integers().all()));
    return longs()
        .all()
        .zip(scales, (unscaled, scale) -> new BigDecimal(BigInteger.valueOf(unscaled), scale));
  }

  /** Returns currency codes: real ones in any case and spacing, and nasty texts. */
  public static Gen<String> currencyCodes() {
    return Generate.oneOf(
        Generate.pick(List.of("CNY", "usd", " JPY ", "XAU", "BHD", "XXX", "CNH", "RMB", "ZZZ")),
        texts());
  }

  /** Returns days across the whole {@link LocalDate} range, often near the edges. */
  public static Gen<LocalDate> dates() {
    Gen<LocalDate> any =
        longs()
            .between(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay())
            .map(LocalDate::ofEpochDay);
    Gen<LocalDate> recent =
        integers().between(-40_000, 40_000).map(days -> LocalDate.EPOCH.plusDays(days));
    Gen<LocalDate> edges =
        Generate.pick(
            List.of(
                LocalDate.MIN,
                LocalDate.MAX,
                LocalDate.EPOCH,
                LocalDate.of(1900, 1, 1),
                LocalDate.of(2024, 2, 29),
                LocalDate.of(9999, 12, 31),
                LocalDate.of(0, 1, 1)));
    return Generate.oneOf(any, recent, edges);
  }

  /**
   * Returns instants whose UTC day is a {@link LocalDate} (every instant of years -999,999,999 to
   * 999,999,999), often near the edges and at odd precisions.
   */
  public static Gen<Instant> instants() {
    long min = LocalDate.MIN.atStartOfDay().toEpochSecond(ZoneOffset.UTC);
    long max = LocalDate.MAX.atTime(23, 59, 59).toEpochSecond(ZoneOffset.UTC);
    Gen<Integer> nanos = integers().between(0, 999_999_999);
    Gen<Instant> any = longs().between(min, max).zip(nanos, Instant::ofEpochSecond);
    Gen<Instant> recent =
        longs().between(-5_000_000_000L, 5_000_000_000L).zip(nanos, Instant::ofEpochSecond);
    Gen<Instant> edges =
        Generate.pick(
            List.of(
                Instant.EPOCH,
                Instant.ofEpochSecond(min),
                Instant.ofEpochSecond(max, 999_999_999),
                Instant.parse("2024-02-29T23:59:59.999999999Z")));
    return Generate.oneOf(any, recent, edges);
  }

  /** Returns integers, often at and around the boundaries of common ranges. */
  public static Gen<Integer> ints() {
    return Generate.oneOf(
        integers().all(),
        integers().between(-2, 40),
        Generate.pick(
            List.of(
                Integer.MIN_VALUE,
                Integer.MAX_VALUE,
                0,
                1,
                12,
                13,
                29,
                30,
                31,
                1899,
                1900,
                2100,
                2101,
                9999,
                10_000)));
  }

  /**
   * Runs a factory and returns its value, or empty when it threw a {@link ValidationException}
   * whose every error has a field matching {@code fields} (a regular expression) and a rule; any
   * other exception propagates and fails the property.
   */
  public static <T> Optional<T> validOrRejected(String fields, Supplier<T> factory) {
    T value;
    try {
      value = factory.get();
    } catch (ValidationException e) {
      assertThat(e.errors())
          .isNotEmpty()
          .allSatisfy(
              error -> {
                assertThat(error.field()).matches(fields);
                assertThat(error.rule()).isNotBlank();
              });
      assertThat(e.code()).isEqualTo(CrmErrorCode.VALIDATION_FAILED);
      return Optional.empty();
    }
    assertThat(value).isNotNull();
    return Optional.of(value);
  }
}
