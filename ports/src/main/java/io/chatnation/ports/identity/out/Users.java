package io.chatnation.ports.identity.out;

import io.chatnation.domain.identity.Member;
import io.chatnation.domain.shared.Page;
import io.chatnation.domain.shared.PageRequest;
import io.chatnation.domain.shared.UserId;
import java.util.Optional;

/** The current organisation's users, with their roles and grants. */
public interface Users {

    /** @throws io.chatnation.domain.shared.Conflict when the e-mail is already registered anywhere */
    void add(NewAccount account);

    Optional<Member> find(UserId id);

    /** Oldest first. */
    Page<Member> page(PageRequest page);

    void activate(UserId id, String passwordHash);

    void delete(UserId id);
}
