/**
 * The content calendar: the items scheduled or published in a range of days, for the month and week
 * views.
 */
@NullMarked
package ai.trae.content.calendar;

import org.jspecify.annotations.NullMarked;
