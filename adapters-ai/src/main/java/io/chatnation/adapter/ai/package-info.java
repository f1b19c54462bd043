/**
 * Language models through LangChain4j: chat with failover, embeddings, transcription and vision.
 *
 * <p>Empty until the AI brain lands: the embedded default will be a deterministic offline engine,
 * production any OpenAI-compatible endpoint.
 */
package io.chatnation.adapter.ai;
