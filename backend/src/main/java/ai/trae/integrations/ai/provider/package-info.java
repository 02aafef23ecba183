/**
 * AI providers: an OpenAI-compatible API or an Ollama, its sealed API key, model allow-list,
 * default model per operation and limits, and "Test connection".
 */
@NullMarked
package ai.trae.integrations.ai.provider;

import org.jspecify.annotations.NullMarked;
