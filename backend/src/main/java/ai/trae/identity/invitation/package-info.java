@NullMarked
package ai.trae.identity.invitation;

import org.jspecify.annotations.NullMarked;
