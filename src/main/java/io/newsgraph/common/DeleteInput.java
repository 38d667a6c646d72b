package io.newsgraph.common;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("DeleteInput")
@Description("Which record to delete.")
public class DeleteInput extends VersionedRef {
}
