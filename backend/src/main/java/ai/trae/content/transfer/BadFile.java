package ai.trae.content.transfer;

import org.jspecify.annotations.Nullable;

/**
 * Why one file of an import was not imported, with the line to look at (1-based, in the file).
 *
 * @param line null when no one line is at fault (the file is too large, its name unsafe)
 */
record BadFile(String file, @Nullable Integer line, String message) {}
