package io.crmkit.examples.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the report into a directory: {@code accounts.csv}, {@code groups.csv}, {@code
 * reminders.csv}, {@code rejects.csv}, {@code summary.json} and {@code report.html}, all UTF-8 with
 * LF line ends; CSV fields are quoted when they hold a comma, quote or line break.
 */
final class ReportFiles {
  static final List<String> REMINDER_HEADER = List.of("due", "kind", "customer", "owner", "title");
  static final List<String> REJECT_HEADER = List.of("file", "line", "column", "value", "expected");

  private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();

  private ReportFiles() {}

  static void write(Report report, Path dir) throws IOException {
    Files.createDirectories(dir);
    accounts(dir.resolve("accounts.csv"), report.customers());
    accounts(dir.resolve("groups.csv"), report.groups());
    List<List<String>> reminders = new ArrayList<>();
    for (ReminderLine r : report.reminders()) {
      reminders.add(List.of(r.due().toString(), r.kind(), r.customer(), r.owner(), r.title()));
    }
    csv(dir.resolve("reminders.csv"), REMINDER_HEADER, reminders);
    List<List<String>> rejects = new ArrayList<>();
    for (Reject r : report.rejects()) {
      rejects.add(List.of(r.file(), Long.toString(r.line()), r.column(), r.value(), r.expected()));
    }
    csv(dir.resolve("rejects.csv"), REJECT_HEADER, rejects);
    Files.writeString(dir.resolve("summary.json"), SummaryJson.of(report), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("report.html"), HtmlReport.of(report), StandardCharsets.UTF_8);
  }

  private static void accounts(Path file, List<AccountLine> lines) throws IOException {
    List<AccountColumns.Column> columns = AccountColumns.all();
    List<List<String>> rows = new ArrayList<>(lines.size());
    for (AccountLine line : lines) {
      List<String> row = new ArrayList<>(columns.size());
      for (AccountColumns.Column column : columns) {
        row.add(column.value().apply(line));
      }
      rows.add(row);
    }
    csv(file, AccountColumns.names(), rows);
  }

  private static void csv(Path file, List<String> header, List<List<String>> rows)
      throws IOException {
    try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer, CSV)) {
      printer.printRecord(header);
      for (List<String> row : rows) {
        printer.printRecord(row);
      }
    }
  }
}
