package io.newsgraph.graphql;

import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.ExecuteObjectInstrumentationContext;
import graphql.execution.instrumentation.FieldFetchingInstrumentationContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentation;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionStrategyParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldCompleteParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldParameters;
import graphql.schema.DataFetcher;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A chain of instrumentations that act on the request as a whole (parse, validation, depth and complexity
 * limits, the result), with the per-field callbacks cut short: graphql-java's chain otherwise calls every member
 * for every field of every row and allocates a list of their contexts each time, for members that do nothing
 * there. {@link #of} only uses it when no member overrides a per-field callback.
 * <p>
 * Works around ChainedInstrumentation's per-field calls: graphql-java/graphql-java#3436.
 */
public final class RequestLevelInstrumentation extends ChainedInstrumentation {

    private static final Set<String> PER_FIELD = Set.of("beginExecuteObject", "beginFieldExecution",
            "beginFieldFetch", "beginFieldFetching", "beginFieldCompletion", "beginFieldListCompletion",
            "instrumentDataFetcher", "beginDeferredField");
    private static final Set<Class<?>> NO_OP_BASES = Set.of(Instrumentation.class, SimpleInstrumentation.class,
            SimplePerformantInstrumentation.class);

    private RequestLevelInstrumentation(List<Instrumentation> members) {
        super(members);
    }

    /** The members, nested chains flattened, chained with per-field callbacks skipped where none uses them. */
    public static Instrumentation of(List<Instrumentation> members) {
        List<Instrumentation> flat = new ArrayList<>();
        flatten(members, flat);
        boolean perField = flat.stream().anyMatch(RequestLevelInstrumentation::instrumentsFields);
        return perField ? new ChainedInstrumentation(flat) : new RequestLevelInstrumentation(flat);
    }

    private static void flatten(List<Instrumentation> members, List<Instrumentation> into) {
        for (Instrumentation member : members) {
            if (member instanceof ChainedInstrumentation chain) {
                flatten(chain.getInstrumentations(), into);
            } else {
                into.add(member);
            }
        }
    }

    private static boolean instrumentsFields(Instrumentation member) {
        for (Method method : member.getClass().getMethods()) {
            if (PER_FIELD.contains(method.getName()) && !NO_OP_BASES.contains(method.getDeclaringClass())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public ExecuteObjectInstrumentationContext beginExecuteObject(InstrumentationExecutionStrategyParameters parameters,
            InstrumentationState state) {
        return ExecuteObjectInstrumentationContext.NOOP;
    }

    @Override
    public InstrumentationContext<Object> beginFieldExecution(InstrumentationFieldParameters parameters,
            InstrumentationState state) {
        return SimpleInstrumentationContext.noOp();
    }

    @Override
    public InstrumentationContext<Object> beginFieldFetch(InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        return SimpleInstrumentationContext.noOp();
    }

    @Override
    public FieldFetchingInstrumentationContext beginFieldFetching(InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        return FieldFetchingInstrumentationContext.NOOP;
    }

    @Override
    public InstrumentationContext<Object> beginFieldCompletion(InstrumentationFieldCompleteParameters parameters,
            InstrumentationState state) {
        return SimpleInstrumentationContext.noOp();
    }

    @Override
    public InstrumentationContext<Object> beginFieldListCompletion(InstrumentationFieldCompleteParameters parameters,
            InstrumentationState state) {
        return SimpleInstrumentationContext.noOp();
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher,
            InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
        return dataFetcher;
    }
}
