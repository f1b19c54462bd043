package io.chatnation.adapter.persistence.setup;

/** Where and as whom to connect. {@code toString} leaves the password out of logs. */
public record DatabaseAddress(String jdbcUrl, String user, String password) {

    public DatabaseAddress as(String otherUser, String otherPassword) {
        return new DatabaseAddress(jdbcUrl, otherUser, otherPassword);
    }

    @Override
    public String toString() {
        return user + "@" + jdbcUrl;
    }
}
