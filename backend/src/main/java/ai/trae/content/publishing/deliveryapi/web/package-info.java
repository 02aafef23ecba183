@NullMarked
package ai.trae.content.publishing.deliveryapi.web;

import org.jspecify.annotations.NullMarked;
