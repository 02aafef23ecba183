/** The publications API: an item's publications, the delivery log, retry, approvals. */
@NullMarked
package ai.trae.content.publishing.publication.web;

import org.jspecify.annotations.NullMarked;
