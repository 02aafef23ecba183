/** Event ingestion, rollups, dashboards, API performance and error tracking. */
@ApplicationModule(displayName = "Analytics")
@NullMarked
package ai.trae.analytics;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
