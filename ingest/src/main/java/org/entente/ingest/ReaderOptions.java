package org.entente.ingest;

/**
 * Limits and checks applied while reading input.
 *
 * @param maxBytes           largest text file, and largest single JSON Lines line, in bytes
 * @param checkEnglish       whether to skip documents that do not look like English text
 * @param maxProblemsPerFile how many line problems one JSON Lines file may report; the rest are
 *                           counted and summed up in one closing problem (the lines are still read)
 */
public record ReaderOptions(long maxBytes, boolean checkEnglish, int maxProblemsPerFile) {
  /** One mebibyte; sizes in messages are given in these units and written "MB". */
  public static final long MB = 1024L * 1024L;

  /** 20 MB, English check on, at most 100 problems listed per file. */
  public static final ReaderOptions DEFAULT = new ReaderOptions(20 * MB, true, 100);

  public ReaderOptions {
    if (maxBytes <= 0 || maxBytes > Integer.MAX_VALUE - 16) {
      throw new IllegalArgumentException("maxBytes out of range: " + maxBytes);
    }
    if (maxProblemsPerFile < 1) throw new IllegalArgumentException("maxProblemsPerFile < 1");
  }

  public ReaderOptions withMaxBytes(long bytes) {
    return new ReaderOptions(bytes, checkEnglish, maxProblemsPerFile);
  }

  public ReaderOptions withCheckEnglish(boolean check) {
    return new ReaderOptions(maxBytes, check, maxProblemsPerFile);
  }

  public ReaderOptions withMaxProblemsPerFile(int max) {
    return new ReaderOptions(maxBytes, checkEnglish, max);
  }
}
