@NullMarked
package ai.trae.identity.admin;

import org.jspecify.annotations.NullMarked;
