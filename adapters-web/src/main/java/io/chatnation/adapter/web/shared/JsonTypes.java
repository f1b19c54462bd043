package io.chatnation.adapter.web.shared;

import io.micronaut.json.tree.JsonNode;

/** Names a JSON value's type the way a client reads it in an error message. */
final class JsonTypes {

    private JsonTypes() {}

    static String describe(JsonNode node) {
        if (node.isNull()) {
            return "null";
        }
        if (node.isString()) {
            return "a string";
        }
        if (node.isBoolean()) {
            return "a boolean";
        }
        if (node.isNumber()) {
            return "a number";
        }
        if (node.isArray()) {
            return "an array";
        }
        return "an object";
    }
}
