@NullMarked
package ai.trae.content.calendar.web;

import org.jspecify.annotations.NullMarked;
