package io.crmkit.jpa.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextRecordsTest {

  @Test
  void encode_fieldsWithEveryDelimiterAndNull_decodeBackEqual() {
    List<List<String>> records =
        List.of(
            Arrays.asList("A", "a|b", "100%", null, "line\nbreak\r", "", "%N", "%25"),
            Arrays.asList("B", "华东😀𠮷"));

    String text = TextRecords.encode(copy(records));

    assertThat(text).doesNotContain("a|b").contains("a%7Cb").contains("100%25");
    assertThat(TextRecords.decode(text)).isEqualTo(records);
  }

  @Test
  void decode_emptyText_isTheEmptyList() {
    assertThat(TextRecords.decode(TextRecords.encode(List.of()))).isEmpty();
  }

  @Test
  void encode_recordWithoutTag_isRefused() {
    assertThatThrownBy(() -> TextRecords.encode(List.of(Arrays.asList("", "x"))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void decode_textNotWrittenByEncode_isRefused() {
    assertThatThrownBy(() -> TextRecords.decode("A|50%"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void decodeOfEncode_isIdentity_forAnyTextFields() {
    qt().forAll(
            lists()
                .of(strings().betweenCodePoints(0, 0x1F600).ofLengthBetween(0, 12))
                .ofSizeBetween(0, 6))
        .checkAssert(
            fields -> {
              List<String> record = new ArrayList<>();
              record.add("T");
              record.addAll(fields);
              List<List<String>> records = List.of(record, List.of("U"));
              assertThat(TextRecords.decode(TextRecords.encode(copy(records)))).isEqualTo(records);
            });
  }

  private static List<List<@org.jspecify.annotations.Nullable String>> copy(
      List<List<String>> records) {
    List<List<@org.jspecify.annotations.Nullable String>> copy = new ArrayList<>();
    records.forEach(r -> copy.add(new ArrayList<>(r)));
    return copy;
  }
}
