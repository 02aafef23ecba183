@NullMarked
package ai.trae.identity.auth.web;

import org.jspecify.annotations.NullMarked;
