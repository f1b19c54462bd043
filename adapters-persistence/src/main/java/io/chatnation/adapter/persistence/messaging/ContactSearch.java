package io.chatnation.adapter.persistence.messaging;

/**
 * How a search text finds contacts, in the contacts list and in the inbox alike: a name fragment anywhere in any
 * case, a phone fragment on its digits wherever they stand.
 */
final class ContactSearch {

    private ContactSearch() {}

    /** The text as a LIKE pattern matching it anywhere, literally: its wildcards and the escape itself are escaped. */
    static String anywhere(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /**
     * The digits of a phone fragment, empty when it has none. Leading zeros are a local trunk prefix (0712… is
     * +254712…), so they are left out of the fragment.
     */
    static String phoneDigits(String text) {
        return text.replaceAll("[^0-9]", "").replaceFirst("^0+", "");
    }
}
