package ai.trae.content.item;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Raised (synchronously, inside the writing transaction) after every write of an item that mints a
 * history version: the version feature records {@code item} as version {@code
 * item.currentVersion()}. The item feature never writes history itself, so every write path gets a
 * version by going through the one service, and a failed version write rolls the save back.
 *
 * @param author who saved; null for the system
 * @param note the change note, or a transition's description
 */
public record ItemSaved(
    ContentItem item, VersionSource source, @Nullable UUID author, @Nullable String note) {}
