package ai.trae.content.media;

import ai.trae.support.IntegrationTest;
import org.springframework.test.context.TestPropertySource;

/** The media API with files in the local data directory (the default). */
@IntegrationTest
@TestPropertySource(properties = "trae.jobs.polling-interval=200ms")
class MediaApiTests extends MediaApiContract {}
