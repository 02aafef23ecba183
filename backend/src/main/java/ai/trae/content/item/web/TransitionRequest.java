package ai.trae.content.item.web;

import jakarta.validation.constraints.NotBlank;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * @param action {@code start}, {@code submit}, {@code approve}, {@code reject}, {@code schedule},
 *     {@code unschedule}, {@code publish}, {@code unpublish}, {@code archive} or {@code unarchive}
 * @param comment the reason (required to reject); kept as the version's note
 * @param at when to publish (required to schedule, in the future)
 */
record TransitionRequest(@NotBlank String action, @Nullable String comment, @Nullable Instant at) {}
