package ai.trae.integrations.ai.provider;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Spring AI brings okhttp 4 and OpenTelemetry's exporters okhttp 5; two versions of one library on
 * a class path means whichever comes first wins at run time, and the other's callers fail with a
 * missing method when they need it. The build keeps exactly one.
 */
class OneOkHttpTests {

  /** okhttp itself (okhttp 5's JVM jar is okhttp-jvm), not its siblings such as okhttp-sse. */
  private static final Pattern OKHTTP =
      Pattern.compile("[/\\\\]okhttp(?:-jvm)?-(\\d[^/\\\\]*)\\.jar$");

  @Test
  void theClassPathHoldsExactlyOneOkHttp() {
    List<String> versions =
        Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
            .map(OKHTTP::matcher)
            .filter(Matcher::find)
            .map(m -> m.group(1))
            .toList();

    assertThat(versions).as("okhttp jars on the class path").hasSize(1);
  }
}
