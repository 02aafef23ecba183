@NullMarked
package ai.trae.identity.role;

import org.jspecify.annotations.NullMarked;
