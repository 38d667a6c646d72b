package io.newsgraph.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "newsgraph.pagination")
public interface PaginationConfig {

    /** Largest {@code first} any list field accepts. */
    @WithDefault("100")
    int maxPageSize();

    /** Page size when a client gives no {@code first}. */
    @WithDefault("20")
    int defaultPageSize();
}
