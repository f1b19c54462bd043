package io.chatnation.adapter.archfixturepersistence;

/** An adapter class other fixtures depend on where they should not. */
public class JdbcMessages {

    public int count() {
        return 0;
    }
}
