@NullMarked
package ai.trae.identity.user;

import org.jspecify.annotations.NullMarked;
