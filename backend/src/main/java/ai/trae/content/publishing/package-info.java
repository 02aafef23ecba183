/**
 * Publishing: channels (where content goes), one publication per item and channel, and the
 * deliveries that carry it there through a {@link ai.trae.content.publishing.connector.Connector}.
 */
@NullMarked
package ai.trae.content.publishing;

import org.jspecify.annotations.NullMarked;
