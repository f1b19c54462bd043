package io.chatnation.ports.identity.in;

import io.chatnation.domain.identity.ApiKey;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.Page;
import io.chatnation.domain.shared.PageRequest;

public interface ListApiKeys {
    Page<ApiKey> list(Caller caller, PageRequest page);
}
