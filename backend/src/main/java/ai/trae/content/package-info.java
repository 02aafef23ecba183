/** Content items, workflow, versions, media, search, channels, publishing and the delivery API. */
@ApplicationModule(displayName = "Content")
@NullMarked
package ai.trae.content;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
