/**
 * The transactional outbox: Spring Modulith's JDBC event publication registry ({@code
 * event_publication}) keeps every event an {@code @ApplicationModuleListener} must handle until the
 * listener succeeds. Jobs here resubmit what failed and purge what completed.
 */
@NullMarked
package ai.trae.platform.events;

import org.jspecify.annotations.NullMarked;
