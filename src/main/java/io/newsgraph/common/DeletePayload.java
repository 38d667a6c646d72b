package io.newsgraph.common;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

@Description("The record a delete removed.")
public record DeletePayload(@Id @NonNull @Description("Id of the deleted record.") Long deletedId) {
}
