@NullMarked
package ai.trae.content.listing.web;

import org.jspecify.annotations.NullMarked;
