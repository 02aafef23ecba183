@NullMarked
package ai.trae.identity.token.web;

import org.jspecify.annotations.NullMarked;
