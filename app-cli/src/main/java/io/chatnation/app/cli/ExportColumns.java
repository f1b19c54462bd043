package io.chatnation.app.cli;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What an export writes for each record: the field names, in order, and each record's values under those names.
 * Values are strings, numbers, nulls, or maps (written as JSON, in CSV as JSON text).
 */
record ExportColumns<T>(List<String> names, Function<T, Map<String, Object>> values) {

    ExportColumns {
        names = List.copyOf(names);
    }
}
