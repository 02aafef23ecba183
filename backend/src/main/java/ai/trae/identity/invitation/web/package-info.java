@NullMarked
package ai.trae.identity.invitation.web;

import org.jspecify.annotations.NullMarked;
