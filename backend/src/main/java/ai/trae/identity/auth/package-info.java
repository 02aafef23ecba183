@NullMarked
package ai.trae.identity.auth;

import org.jspecify.annotations.NullMarked;
