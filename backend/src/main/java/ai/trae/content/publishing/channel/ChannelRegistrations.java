package ai.trae.content.publishing.channel;

import ai.trae.content.publishing.PublishingProperties;
import ai.trae.platform.jobs.Jobs;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The channels' recurring job: every channel's health, on one node at a time. */
@Configuration(proxyBeanMethods = false)
class ChannelRegistrations {

  static final String HEALTH_TASK = "content.channel-health";

  @Bean
  RecurringTask<Void> channelHealthTask(ChannelHealth health, PublishingProperties properties) {
    return Jobs.every(HEALTH_TASK, properties.healthInterval(), health::checkAll);
  }
}
