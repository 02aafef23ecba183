@NullMarked
package ai.trae.identity.role.web;

import org.jspecify.annotations.NullMarked;
