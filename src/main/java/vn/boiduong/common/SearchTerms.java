package vn.boiduong.common;

/**
 * A search term as the database's LIKE sees it. LIKE's own characters ({@code %}, {@code _} and the
 * escape {@code \}) are dropped from what the person typed, not escaped: a search for "50%" looks for
 * "50", and no typed character ever widens a search beyond its letters.
 */
public final class SearchTerms {

    private SearchTerms() {
    }

    /** The term without LIKE's wildcard and escape characters. */
    public static String withoutWildcards(String term) {
        return term.replace("\\", "").replace("%", "").replace("_", "");
    }

    /** A LIKE pattern for a value containing the term: {@code %term%}, its wildcards dropped first. */
    public static String likeContains(String term) {
        return "%" + withoutWildcards(term) + "%";
    }
}
