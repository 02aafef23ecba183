package ai.trae.content.publishing.channel;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What still refers to a channel: the items that target it and its publications. */
@Component
class ChannelUsage {

  static final int LISTED = 50;

  private final JdbcClient jdbc;

  ChannelUsage(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  record UsingItem(UUID id, String title) {}

  record Usage(List<UsingItem> items, long itemCount, long publications) {
    boolean none() {
      return itemCount == 0 && publications == 0;
    }
  }

  /** Items by content_items_channels_idx (GIN on channels), publications by their channel index. */
  Usage of(Channel channel) {
    String[] slug = {channel.slug()};
    List<UsingItem> items =
        jdbc.sql(
                "select id, title from content_items where channels && ?::text[] order by updated_at desc,"
                    + " id limit ?")
            .params(slug, LISTED)
            .query((rs, n) -> new UsingItem(rs.getObject("id", UUID.class), rs.getString("title")))
            .list();
    long itemCount =
        items.size() < LISTED
            ? items.size()
            : jdbc.sql("select count(*) from content_items where channels && ?::text[]")
                .param(slug)
                .query(Long.class)
                .single();
    long publications =
        jdbc.sql("select count(*) from content_publications where channel_id = ?")
            .param(channel.id())
            .query(Long.class)
            .single();
    return new Usage(items, itemCount, publications);
  }
}
