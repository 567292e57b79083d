package org.diplograph.model;

import java.util.Objects;

/**
 * A title of office as the text gives it.
 *
 * @param title   canonical title ("Foreign Minister")
 * @param country code of the state (ISO alpha-3) or organisation served, or {@code null} when unknown
 */
public record Role(String title, String country) {

    public Role {
        Objects.requireNonNull(title, "title");
    }
}
