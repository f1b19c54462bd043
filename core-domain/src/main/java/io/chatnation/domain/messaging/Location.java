package io.chatnation.domain.messaging;

import io.chatnation.domain.shared.InvalidInput;
import java.util.Optional;

/** A shared location: coordinates in degrees and, for a named place, its name, address and link. */
public record Location(double latitude, double longitude, Optional<String> name, Optional<String> address,
                       Optional<String> url) {

    public Location {
        if (!(latitude >= -90 && latitude <= 90)) {
            throw InvalidInput.of("latitude", "must be between -90 and 90");
        }
        if (!(longitude >= -180 && longitude <= 180)) {
            throw InvalidInput.of("longitude", "must be between -180 and 180");
        }
    }
}
