@NullMarked
package ai.trae.identity.session.web;

import org.jspecify.annotations.NullMarked;
