package ai.trae.content.publishing.social;

import ai.trae.content.publishing.connector.Exchange;
import ai.trae.content.publishing.connector.HttpCalls;
import ai.trae.content.publishing.connector.Outcome;
import ai.trae.content.publishing.connector.OutgoingItem.MediaFile;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.util.function.Function;

/**
 * Sends a stored file as (part of) a request body, streamed with its known length: never read whole
 * into memory, and sent with a {@code Content-Length} (some servers refuse chunked uploads).
 */
public final class Uploads {

  private Uploads() {}

  /** The file's bytes with its length. */
  public static BodyPublisher stream(InputStream in, long size) {
    return BodyPublishers.fromPublisher(BodyPublishers.ofInputStream(() -> in), size);
  }

  /**
   * Opens {@code file} and sends the request {@code build} makes with it. A file that cannot be
   * read is a retry: nothing was sent, and storage is usually back soon.
   */
  public static HttpCalls.Call send(
      HttpCalls calls, MediaFile file, Function<InputStream, HttpRequest.Builder> build) {
    InputStream in;
    try {
      in = file.open();
    } catch (IOException ex) {
      Outcome retry =
          new Outcome.Retry(
              "Could not read " + file.fileName() + " from TRAE's media storage; nothing was sent.",
              null,
              Exchange.NONE);
      return new HttpCalls.Call(0, "", null, Exchange.NONE, retry);
    }
    try {
      return calls.send(build.apply(in));
    } finally {
      closeQuietly(in);
    }
  }

  // the answer is what counts; a stream that fails to close afterwards changes nothing
  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException ignored) {
      // nothing to do
    }
  }
}
