@NullMarked
package ai.trae.content.transfer.web;

import org.jspecify.annotations.NullMarked;
