@NullMarked
package ai.trae.identity.security;

import org.jspecify.annotations.NullMarked;
