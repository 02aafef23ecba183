package ai.trae.content.publishing.social;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trae.content.publishing.connector.ConnectorSpec;
import ai.trae.content.publishing.connector.Connectors;
import ai.trae.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The running application offers the three social connectors, with what each can do. */
@IntegrationTest
class SocialConnectorsTests {

  @Autowired Connectors connectors;

  @Test
  void wordPressMastodonAndBlueskyAreChannelTypesWithTheirAbilities() {
    ConnectorSpec wordpress = connectors.get("wordpress").spec();
    ConnectorSpec mastodon = connectors.get("mastodon").spec();
    ConnectorSpec bluesky = connectors.get("bluesky").spec();

    assertThat(wordpress.canUpdate()).isTrue();
    assertThat(wordpress.canLookUp()).isTrue();
    assertThat(wordpress.repeatIsSafe()).isFalse();
    assertThat(mastodon.repeatIsSafe()).isTrue();
    assertThat(mastodon.canUpdate()).isTrue();
    assertThat(bluesky.canUpdate()).isFalse();
    assertThat(bluesky.canLookUp()).isTrue();
    assertThat(bluesky.canUnpublish()).isTrue();
    assertThat(bluesky.secrets())
        .extracting(ConnectorSpec.Field::name)
        .containsExactly("appPassword");
  }
}
