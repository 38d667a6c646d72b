package io.newsgraph.statement;

import org.eclipse.microprofile.graphql.Description;

@Description("How precisely a date is known.")
public enum DatePrecision {
    @Description("The exact day is known.")
    DAY,
    @Description("Only the month is known; the date is the first of that month.")
    MONTH,
    @Description("Only the year is known; the date is the first of January.")
    YEAR
}
