/** Changing one's e-mail address, confirmed by a one-time link sent to the new address. */
@NullMarked
package ai.trae.identity.email;

import org.jspecify.annotations.NullMarked;
