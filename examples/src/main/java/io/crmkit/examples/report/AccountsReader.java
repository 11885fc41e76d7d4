package io.crmkit.examples.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads a separate accounts file (a CSV with a header) for the parent of each account: {@code
 * --account-key-column} names the account, {@code --parent-column} its parent; a blank parent marks
 * a top-level account.
 */
final class AccountsReader {
  private AccountsReader() {}

  static Map<String, @Nullable String> read(
      InputFile file,
      String keyColumn,
      @Nullable String parentColumn,
      boolean strict,
      List<Reject> rejects) {
    Map<String, @Nullable String> accounts = new LinkedHashMap<>();
    TableReader.read(
        file,
        InputFormat.CSV,
        header -> {
          int key = header.index("--account-key-column", keyColumn);
          int parent = parentColumn == null ? -1 : header.index("--parent-column", parentColumn);
          return (line, cells) -> {
            String account = key < cells.size() ? cells.get(key).strip() : "";
            if (account.isEmpty()) {
              Reject reject = new Reject(file.name(), line, keyColumn, "", "an account key");
              if (strict) {
                throw new BadInputException(reject);
              }
              rejects.add(reject);
              return;
            }
            String of = parent >= 0 && parent < cells.size() ? cells.get(parent).strip() : "";
            accounts.putIfAbsent(account, of.isEmpty() || of.equals(account) ? null : of);
          };
        });
    return accounts;
  }
}
