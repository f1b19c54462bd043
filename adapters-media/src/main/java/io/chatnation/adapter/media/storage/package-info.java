/**
 * Object storage: {@link io.chatnation.adapter.media.storage.LocalObjectStorage}, a folder on the local file system,
 * is the embedded default. An S3-compatible store for production implements the same port.
 */
package io.chatnation.adapter.media.storage;
