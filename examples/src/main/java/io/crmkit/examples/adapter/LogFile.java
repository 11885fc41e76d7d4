package io.crmkit.examples.adapter;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.zip.CRC32;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The file under the store: an append-only log of committed transactions, in UTF-8 text.
 *
 * <pre>
 * crmkit-kv 1                                  the header, once
 * put tenant%00customer%00&lt;uuid&gt; 3 {…}      a value stored at a version
 * del tenant%00contact%00&lt;uuid&gt;             a removal
 * commit 2 5f1c9e07                            the commit marker: 2 lines, their CRC-32
 * </pre>
 *
 * <p>A transaction is appended as its lines and its commit marker in one write, then forced to the
 * disk ({@code fdatasync}) before anyone sees it. Opening the file replays every batch that ends in
 * a valid marker. A crash in the middle of the last append leaves a torn tail (a batch without its
 * marker, or whose CRC does not match); it is ignored and cut off. Damage anywhere before the last
 * batch is refused instead, since dropping it would drop committed transactions.
 */
final class LogFile implements Closeable {
  private static final Logger LOG = LoggerFactory.getLogger(LogFile.class);
  private static final String HEADER = "crmkit-kv 1";

  private final Path path;
  private final FileChannel channel;
  private final FileLock lock;
  private long end;

  private LogFile(Path path, FileChannel channel, FileLock lock, long end) {
    this.path = path;
    this.channel = channel;
    this.lock = lock;
    this.end = end;
  }

  /**
   * Opens (or creates) a log and replays its committed transactions into {@code data}.
   *
   * @throws IOException if the file cannot be read, is locked by another store, or is damaged
   */
  static LogFile open(Path path, NavigableMap<String, Stored> data) throws IOException {
    FileChannel channel =
        FileChannel.open(
            path, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    try {
      FileLock lock = channel.tryLock();
      if (lock == null) {
        throw new IOException(path + " is open in another store");
      }
      if (channel.size() == 0) {
        writeFully(channel, (HEADER + "\n").getBytes(StandardCharsets.UTF_8), 0);
        channel.force(true);
      }
      byte[] bytes = readFully(channel);
      long end = replay(path, bytes, data);
      if (end < bytes.length) {
        LOG.warn(
            "{}: ignored a torn last transaction ({} bytes after the last commit marker)",
            path,
            bytes.length - end);
        channel.truncate(end);
        channel.force(true);
      }
      return new LogFile(path, channel, lock, end);
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  /**
   * Appends one transaction's writes (an empty value is a removal) with its commit marker, and
   * forces them to the disk. When the append fails, the file is cut back to where it was.
   *
   * @throws IOException if the file cannot be written
   */
  void append(NavigableMap<String, Optional<Stored>> writes) throws IOException {
    StringBuilder lines = new StringBuilder();
    for (Map.Entry<String, Optional<Stored>> write : writes.entrySet()) {
      String key = escapeKey(write.getKey());
      if (write.getValue().isPresent()) {
        Stored value = write.getValue().get();
        lines.append("put ").append(key).append(' ').append(value.version());
        lines.append(' ').append(value.text()).append('\n');
      } else {
        lines.append("del ").append(key).append('\n');
      }
    }
    byte[] batch = lines.toString().getBytes(StandardCharsets.UTF_8);
    String marker = "commit " + writes.size() + " " + crc(batch, 0, batch.length) + "\n";
    ByteBuffer buffer =
        ByteBuffer.allocate(batch.length + marker.length())
            .put(batch)
            .put(marker.getBytes(StandardCharsets.US_ASCII))
            .flip();
    try {
      writeFully(channel, buffer.array(), end);
      channel.force(false);
    } catch (IOException e) {
      try {
        channel.truncate(end);
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
    end += buffer.limit();
  }

  @Override
  public void close() throws IOException {
    try {
      lock.release();
    } finally {
      channel.close();
    }
  }

  @Override
  public String toString() {
    return "LogFile[" + path + "]";
  }

  /** Replays the committed batches; returns the length of the file up to the last marker. */
  private static long replay(Path path, byte[] bytes, NavigableMap<String, Stored> data)
      throws IOException {
    int headerEnd = lineEnd(bytes, 0);
    if (headerEnd < 0 || !new String(bytes, 0, headerEnd, StandardCharsets.UTF_8).equals(HEADER)) {
      throw new IOException(path + " is not a crmkit key-value file (no '" + HEADER + "' header)");
    }
    int committedEnd = headerEnd + 1;
    List<String> batch = new ArrayList<>();
    int at = committedEnd;
    while (at < bytes.length) {
      int lineEnd = lineEnd(bytes, at);
      if (lineEnd < 0) {
        break; // the last line was cut short
      }
      String line = new String(bytes, at, lineEnd - at, StandardCharsets.UTF_8);
      if (line.startsWith("commit ")) {
        if (!line.equals(
            "commit " + batch.size() + " " + crc(bytes, committedEnd, at - committedEnd))) {
          break; // a marker that does not match its lines: the batch was torn
        }
        batch.forEach(l -> apply(l, data));
        batch.clear();
        committedEnd = lineEnd + 1;
      } else if (line.startsWith("put ") || line.startsWith("del ")) {
        batch.add(line);
      } else {
        break; // not a line this class writes: torn
      }
      at = lineEnd + 1;
    }
    if (markersFrom(bytes, committedEnd) > 1) {
      throw new IOException(
          path + " is damaged at byte " + committedEnd + ": valid transactions follow it");
    }
    return committedEnd;
  }

  private static void apply(String line, NavigableMap<String, Stored> data) {
    if (line.startsWith("del ")) {
      data.remove(unescapeKey(line.substring(4)));
      return;
    }
    String[] fields = line.split(" ", 4);
    data.put(unescapeKey(fields[1]), new Stored(Long.parseLong(fields[2]), fields[3]));
  }

  /** Counts the complete lines from {@code at} on that start like a commit marker. */
  private static int markersFrom(byte[] bytes, int at) {
    int markers = 0;
    while (at < bytes.length) {
      int lineEnd = lineEnd(bytes, at);
      if (lineEnd < 0) {
        break;
      }
      if (new String(bytes, at, lineEnd - at, StandardCharsets.UTF_8).startsWith("commit ")) {
        markers++;
      }
      at = lineEnd + 1;
    }
    return markers;
  }

  /**
   * Writes a key as one field of a line, in text that UTF-8 carries unchanged: {@code %}, space and
   * control characters (the separator U+0000 among them) as {@code %} and two hex digits ({@code
   * %25}, {@code %20}, {@code %00}), and a surrogate without its pair as {@code %u} and four.
   */
  static String escapeKey(String key) {
    StringBuilder out = new StringBuilder(key.length() + 8);
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c == '%' || c == ' ' || Character.isISOControl(c)) {
        out.append(String.format("%%%02X", (int) c));
      } else if (Character.isSurrogate(c) && !isPaired(key, i)) {
        out.append(String.format("%%u%04X", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Reads back what {@link #escapeKey} wrote. */
  static String unescapeKey(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c != '%') {
        out.append(c);
        i++;
      } else if (text.charAt(i + 1) == 'u') {
        out.append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
        i += 6;
      } else {
        out.append((char) Integer.parseInt(text.substring(i + 1, i + 3), 16));
        i += 3;
      }
    }
    return out.toString();
  }

  private static boolean isPaired(String text, int i) {
    char c = text.charAt(i);
    return Character.isHighSurrogate(c)
        ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
        : i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
  }

  private static String crc(byte[] bytes, int from, int length) {
    CRC32 crc = new CRC32();
    crc.update(bytes, from, length);
    return String.format("%08x", crc.getValue());
  }

  private static int lineEnd(byte[] bytes, int from) {
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private static byte[] readFully(FileChannel channel) throws IOException {
    long size = channel.size();
    if (size > Integer.MAX_VALUE - 8) {
      throw new IOException("the file is too large for this example store: " + size + " bytes");
    }
    ByteBuffer buffer = ByteBuffer.allocate((int) size);
    while (buffer.hasRemaining() && channel.read(buffer, buffer.position()) >= 0) {
      // read on until the buffer is full
    }
    return buffer.array();
  }

  private static void writeFully(FileChannel channel, byte[] bytes, long at) throws IOException {
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    while (buffer.hasRemaining()) {
      channel.write(buffer, at + buffer.position());
    }
  }
}
