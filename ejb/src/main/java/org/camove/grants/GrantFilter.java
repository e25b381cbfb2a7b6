package org.camove.grants;

/**
 * What the grants list is narrowed to, each part optional (null or blank: any): a reference or partner containing
 * the text typed (a partner by its code or its name in either language), a partner's country (ISO 3166-1 alpha-2),
 * a state, a grant currency. {@code sortBy} is one of {@link GrantListing#SORTS}; anything else sorts by reference.
 */
public record GrantFilter(String reference, String partner, String country, GrantState state, String currency,
                          String sortBy, boolean descending) {

    public static GrantFilter none() {
        return new GrantFilter(null, null, null, null, null, null, false);
    }
}
