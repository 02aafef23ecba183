/** Identity's part in instance settings: auditing what administrators change there. */
@NullMarked
package ai.trae.identity.settings;

import org.jspecify.annotations.NullMarked;
