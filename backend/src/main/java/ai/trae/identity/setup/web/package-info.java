@NullMarked
package ai.trae.identity.setup.web;

import org.jspecify.annotations.NullMarked;
