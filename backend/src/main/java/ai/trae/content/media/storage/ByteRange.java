package ai.trae.content.media.storage;

/**
 * The bytes {@code first} to {@code last}, both included, as HTTP ranges count them.
 *
 * @param first the offset of the first byte
 * @param last the offset of the last byte, at least {@code first}
 */
public record ByteRange(long first, long last) {

  public ByteRange {
    if (first < 0 || last < first) {
      throw new IllegalArgumentException("Not a byte range: " + first + "-" + last);
    }
  }

  public long length() {
    return last - first + 1;
  }
}
