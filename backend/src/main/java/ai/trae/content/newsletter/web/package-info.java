/** The newsletter API and the public pages its mails link to. */
@NullMarked
package ai.trae.content.newsletter.web;

import org.jspecify.annotations.NullMarked;
