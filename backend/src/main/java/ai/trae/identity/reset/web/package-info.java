@NullMarked
package ai.trae.identity.reset.web;

import org.jspecify.annotations.NullMarked;
