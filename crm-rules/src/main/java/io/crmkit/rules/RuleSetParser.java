package io.crmkit.rules;

import io.crmkit.core.shared.ValidationException;
import io.crmkit.core.tier.LadderKey;
import io.crmkit.core.tier.TierLadder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads the text form of a {@link RuleSet} line by line. Conditions and threshold lists are handed
 * to {@link RuleParser} and {@link TieringRules} with every other line blanked out, so that the
 * positions they report are positions in the whole document.
 */
final class RuleSetParser {
  private static final String HEADER = "'ruleset NAME version N'";

  private final String[] lines;
  private final Fields fields;
  private String name = "ruleset";
  private RuleSet.@Nullable Builder builder;
  private final Map<String, Integer> ladderLines = new HashMap<>();
  private final Map<String, Integer> segmentLines = new HashMap<>();
  private int lifecycleLine;

  RuleSetParser(String text, Fields fields) {
    this.lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      lines[i] = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
    }
    this.fields = fields;
  }

  RuleSet parse() {
    int i = 0;
    while (i < lines.length) {
      String line = lines[i];
      if (skipped(line)) {
        i++;
        continue;
      }
      List<Word> words = words(line);
      Word first = words.get(0);
      if (Character.isWhitespace(line.charAt(0))) {
        throw error(
            i,
            first.column(),
            "expected 'ladder', 'segment' or 'lifecycle' at the start of the line; indented"
                + " 'TIER: condition' lines belong under a 'ladder' line");
      }
      if (builder == null) {
        header(i, words);
        i++;
      } else if (first.text().equals("ruleset")) {
        throw error(i, 1, "expected one " + HEADER + " line, at the top, but found a second one");
      } else if (first.text().equals("ladder")) {
        i = ladder(i, words);
      } else if (first.text().equals("segment") || first.text().startsWith("segment:")) {
        segment(i, line);
        i++;
      } else if (first.text().equals("lifecycle")) {
        lifecycle(i, words);
        i++;
      } else {
        throw error(
            i, 1, "expected 'ladder', 'segment' or 'lifecycle' but found '" + first.text() + "'");
      }
    }
    if (builder == null) {
      throw error(0, 1, "expected " + HEADER + " but the text is empty");
    }
    return builder.build();
  }

  private void header(int i, List<Word> words) {
    if (!words.get(0).text().equals("ruleset")) {
      throw error(i, 1, "expected " + HEADER + " first but found '" + words.get(0).text() + "'");
    }
    if (words.size() != 4 || !words.get(2).text().equals("version")) {
      Word at = words.size() < 2 ? words.get(0) : words.get(Math.min(words.size() - 1, 2));
      throw error(i, at.column(), "expected " + HEADER + " but found '" + lines[i].strip() + "'");
    }
    Word id = words.get(1);
    if (!RuleSet.isWord(id.text())) {
      throw error(i, id.column(), "expected a rule set name without '@' but found '" + id + "'");
    }
    Word version = words.get(3);
    int number = number(i, version, 1, Integer.MAX_VALUE, "a version, a whole number from 1");
    name = id.text() + "@" + number;
    builder = RuleSet.builder(id.text(), number);
  }

  /** Reads a ladder line and its indented thresholds; returns the index of the next line. */
  private int ladder(int i, List<Word> words) {
    if (words.size() != 2 && !(words.size() == 4 && words.get(2).text().equals("grace"))) {
      Word at = words.get(Math.min(words.size() - 1, 2));
      throw error(
          i,
          at.column(),
          "expected 'ladder KEY' or 'ladder KEY grace DAYS' but found '" + lines[i].strip() + "'");
    }
    Word key = words.get(1);
    if (!RuleSet.isWord(key.text())) {
      throw error(
          i, key.column(), "expected a ladder key without ':', '@' or '#' but found '" + key + "'");
    }
    Integer earlier = ladderLines.putIfAbsent(key.text(), i + 1);
    if (earlier != null) {
      throw error(
          i,
          key.column(),
          "expected each ladder once but ladder '" + key + "' is already on line " + earlier);
    }
    Integer grace =
        words.size() == 4
            ? number(
                i,
                words.get(3),
                0,
                TierLadder.MAX_DOWNGRADE_GRACE_DAYS,
                "the grace in days, a whole number from 0 to "
                    + TierLadder.MAX_DOWNGRADE_GRACE_DAYS)
            : null;
    String[] block = new String[lines.length];
    Arrays.fill(block, "");
    int next = i + 1;
    boolean any = false;
    while (next < lines.length
        && (skipped(lines[next]) || Character.isWhitespace(lines[next].charAt(0)))) {
      block[next] = lines[next];
      any |= !skipped(lines[next]);
      next++;
    }
    if (!any) {
      throw error(
          i,
          key.column(),
          "expected indented 'TIER: condition' lines under ladder '" + key + "', highest first");
    }
    String id = name + "/" + key.text();
    LadderKey ladder = ladderKey(i, key);
    try {
      TieringRules.checkRuleId(id);
    } catch (ValidationException e) {
      throw error(
          i,
          key.column(),
          "expected a shorter rule set name or ladder key; the rule id '"
              + id
              + "' cannot name tier assignments: "
              + e.getMessage());
    }
    List<TieringRules.Threshold> thresholds =
        TieringRules.parseThresholds(id, String.join("\n", block), fields);
    if (grace == null) {
      builder().ladder(ladder, thresholds);
    } else {
      builder().ladder(ladder, grace, thresholds);
    }
    return next;
  }

  private void segment(int i, String line) {
    int colon = line.indexOf(':');
    int start = "segment".length();
    String segment = colon < 0 ? "" : line.substring(start, colon).strip();
    if (colon < 0 || segment.isEmpty() || !RuleSet.isWord(segment)) {
      throw error(
          i,
          colon < 0 ? line.length() + 1 : start + 1,
          "expected 'segment NAME: condition' with a one-word name but found '"
              + line.strip()
              + "'");
    }
    int column = line.indexOf(segment, start) + 1;
    Integer earlier = segmentLines.putIfAbsent(segment, i + 1);
    if (earlier != null) {
      throw error(
          i,
          column,
          "expected each segment once but segment '" + segment + "' is already on line " + earlier);
    }
    String positioned = "\n".repeat(i) + " ".repeat(colon + 1) + line.substring(colon + 1);
    Condition condition = RuleParser.over(fields).parse(segment, positioned);
    builder().segment(segment, condition);
  }

  private void lifecycle(int i, List<Word> words) {
    String[] shape = {"lifecycle", "recency", "at_risk", null, "factor", null, "churn_after", null};
    for (int w = 0; w < shape.length; w++) {
      if (w >= words.size() || (shape[w] != null && !words.get(w).text().equals(shape[w]))) {
        Word at = words.get(Math.min(w, words.size() - 1));
        throw error(
            i,
            w >= words.size() ? lines[i].length() + 1 : at.column(),
            "expected 'lifecycle recency at_risk DAYS factor K churn_after DAYS' but found '"
                + lines[i].strip()
                + "'");
      }
    }
    if (words.size() > shape.length) {
      throw error(i, words.get(shape.length).column(), "expected the end of the lifecycle line");
    }
    if (lifecycleLine > 0) {
      throw error(i, 1, "expected one lifecycle line but one is already on line " + lifecycleLine);
    }
    lifecycleLine = i + 1;
    try {
      TieringRules.checkRuleId(name + "/lifecycle");
    } catch (ValidationException e) {
      throw error(
          i, 1, "expected a rule set name short enough for the lifecycle rule: " + e.getMessage());
    }
    int atRisk =
        number(i, words.get(3), 1, Integer.MAX_VALUE, "days at risk, a whole number from 1");
    Word factorWord = words.get(5);
    double factor;
    try {
      factor = Double.parseDouble(factorWord.text());
    } catch (NumberFormatException e) {
      factor = -1;
    }
    if (!(factor >= 0) || Double.isInfinite(factor) || !factorWord.text().matches("[0-9.]+")) {
      throw error(
          i, factorWord.column(), "expected a factor of at least 0 but found '" + factorWord + "'");
    }
    int churn =
        number(i, words.get(7), 1, Integer.MAX_VALUE, "days to churn, a whole number from 1");
    builder().lifecycle(new RuleSet.Recency(atRisk, factor, churn));
  }

  private RuleSet.Builder builder() {
    RuleSet.Builder b = builder;
    if (b == null) {
      throw new IllegalStateException("the header is read first");
    }
    return b;
  }

  private LadderKey ladderKey(int i, Word key) {
    try {
      return LadderKey.of(key.text());
    } catch (ValidationException e) {
      throw error(i, key.column(), "expected a ladder key (" + e.getMessage() + ")");
    }
  }

  private int number(int i, Word word, int min, int max, String expected) {
    try {
      int n = Integer.parseInt(word.text());
      if (n >= min && n <= max && word.text().matches("[0-9]+")) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below with the position
    }
    throw error(i, word.column(), "expected " + expected + " but found '" + word + "'");
  }

  private RuleSyntaxException error(int lineIndex, int column, String problem) {
    return new RuleSyntaxException(name, lineIndex + 1, column, problem);
  }

  private static boolean skipped(String line) {
    return line.isBlank() || line.strip().startsWith("#");
  }

  private static List<Word> words(String line) {
    List<Word> words = new ArrayList<>();
    int i = 0;
    while (i < line.length()) {
      if (Character.isWhitespace(line.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < line.length() && !Character.isWhitespace(line.charAt(i))) {
        i++;
      }
      words.add(new Word(line.substring(start, i), start + 1));
    }
    return words;
  }

  /** One whitespace-separated word of a line and its column. */
  private record Word(String text, int column) {
    @Override
    public String toString() {
      return text;
    }
  }
}
