/** The signed-in user's own two-factor endpoints ({@code /api/v1/me/mfa/**}). */
@NullMarked
package ai.trae.identity.mfa.web;

import org.jspecify.annotations.NullMarked;
