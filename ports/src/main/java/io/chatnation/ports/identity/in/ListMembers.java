package io.chatnation.ports.identity.in;

import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.identity.Member;
import io.chatnation.domain.shared.Page;
import io.chatnation.domain.shared.PageRequest;

public interface ListMembers {
    Page<Member> list(Caller caller, PageRequest page);
}
