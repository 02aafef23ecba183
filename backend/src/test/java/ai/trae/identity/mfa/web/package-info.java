@NullMarked
package ai.trae.identity.mfa.web;

import org.jspecify.annotations.NullMarked;
