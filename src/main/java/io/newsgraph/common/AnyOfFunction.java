package io.newsgraph.common;

import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.FunctionContributor;
import org.hibernate.type.StandardBasicTypes;

/**
 * HQL {@code any_of(x, :ids)}: {@code x = any(?)} with the ids bound as one SQL array. An {@code in :ids} list
 * makes a different statement for every list length, which Hibernate translates afresh each time (its plan cache
 * skips multi-valued parameters) and the database parses afresh; one array parameter keeps a single statement for
 * both to reuse. PostgreSQL and H2 both compare against an array with {@code = any}; PostgreSQL serves it from the
 * column's index as it does an IN list.
 */
public class AnyOfFunction implements FunctionContributor {

    @Override
    public void contributeFunctions(FunctionContributions contributions) {
        contributions.getFunctionRegistry().registerPattern("any_of", "(?1 = any(?2))",
                contributions.getTypeConfiguration().getBasicTypeRegistry().resolve(StandardBasicTypes.BOOLEAN));
    }
}
