import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/**
 * Media upload throughput: FILES distinct JPEGs of about SIZE_MB each (noise, so JPEG cannot shrink
 * them and no two share a SHA-256) uploaded by PARALLEL clients; prints MB/s and per-file times.
 *   java bench/MediaBench.java BASE_URL EMAIL PASSWORD [FILES 50] [SIZE_MB 5] [PARALLEL 4]
 */
public class MediaBench {

  public static void main(String[] args) throws Exception {
    String base = args[0];
    int files = args.length > 3 ? Integer.parseInt(args[3]) : 50;
    double sizeMb = args.length > 4 ? Double.parseDouble(args[4]) : 5;
    int parallel = args.length > 5 ? Integer.parseInt(args[5]) : 4;
    HttpClient http = HttpClient.newHttpClient();
    String login =
        "{\"email\":\"%s\",\"password\":\"%s\"}".formatted(args[1], args[2].replace("\"", "\\\""));
    String answer =
        http.send(
                HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/login"))
                    .header("Content-Type", "application/json")
                    .POST(BodyPublishers.ofString(login))
                    .build(),
                BodyHandlers.ofString())
            .body();
    Matcher token = Pattern.compile("\"accessToken\":\"([^\"]+)\"").matcher(answer);
    if (!token.find()) {
      throw new IllegalStateException("could not sign in: " + answer);
    }
    String bearer = "Bearer " + token.group(1);

    System.err.printf("making %d JPEGs of about %.1f MB%n", files, sizeMb);
    List<byte[]> bodies = new ArrayList<>();
    long bytes = 0;
    // about 0.6 bytes a pixel for noise at ImageIO's default quality
    int side = (int) Math.sqrt(sizeMb * 1_000_000 / 0.6);
    for (int i = 0; i < files; i++) {
      byte[] jpeg = noiseJpeg(side, side, new Random(i * 7919L + System.nanoTime()));
      bytes += jpeg.length;
      bodies.add(multipart("photo-" + i + ".jpg", jpeg));
    }

    AtomicInteger failed = new AtomicInteger();
    List<Long> millis = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(parallel);
    long start = System.nanoTime();
    List<Future<Long>> done = new ArrayList<>();
    for (byte[] body : bodies) {
      done.add(
          pool.submit(
              () -> {
                long t = System.nanoTime();
                var response =
                    http.send(
                        HttpRequest.newBuilder(URI.create(base + "/api/v1/media"))
                            .header("Authorization", bearer)
                            .header("Content-Type", "multipart/form-data; boundary=bench")
                            .POST(BodyPublishers.ofByteArray(body))
                            .build(),
                        BodyHandlers.ofString());
                if (response.statusCode() != 201) {
                  failed.incrementAndGet();
                  System.err.println(response.statusCode() + " " + response.body());
                }
                return (System.nanoTime() - t) / 1_000_000;
              }));
    }
    for (Future<Long> f : done) {
      millis.add(f.get());
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    millis.sort(null);
    System.out.printf(
        "MEDIA files=%d parallel=%d total_mb=%.1f seconds=%.2f mb_per_s=%.1f p50_ms=%d p95_ms=%d"
            + " failed=%d%n",
        files,
        parallel,
        bytes / 1e6,
        seconds,
        bytes / 1e6 / seconds,
        millis.get(millis.size() / 2),
        millis.get((int) Math.ceil(millis.size() * 0.95) - 1),
        failed.get());
  }

  static byte[] noiseJpeg(int width, int height, Random random) throws Exception {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        image.setRGB(x, y, random.nextInt(0x1000000));
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "jpg", out);
    return out.toByteArray();
  }

  static byte[] multipart(String name, byte[] content) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(
        ("--bench\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: image/jpeg\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes("\r\n--bench--\r\n".getBytes(StandardCharsets.UTF_8));
    return body.toByteArray();
  }
}
