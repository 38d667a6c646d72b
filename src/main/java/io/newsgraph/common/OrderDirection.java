package io.newsgraph.common;

import org.eclipse.microprofile.graphql.Description;

@Description("Sort direction.")
public enum OrderDirection {
    @Description("Smallest first.")
    ASC,
    @Description("Largest first.")
    DESC
}
