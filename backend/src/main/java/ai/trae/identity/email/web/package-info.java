@NullMarked
package ai.trae.identity.email.web;

import org.jspecify.annotations.NullMarked;
