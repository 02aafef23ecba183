@NullMarked
package ai.trae.identity.audit.web;

import org.jspecify.annotations.NullMarked;
