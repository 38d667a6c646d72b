package io.newsgraph.common;

import io.smallrye.graphql.api.ErrorExtensionProvider;
import jakarta.json.Json;
import jakarta.json.JsonValue;

/** Adds {@code extensions.field}: the input field an {@link ApiException} is about. */
public class FieldErrorExtension implements ErrorExtensionProvider {

    @Override
    public String getKey() {
        return "field";
    }

    @Override
    public JsonValue mapValueFrom(Throwable exception) {
        if (exception instanceof ApiException api && api.field() != null) {
            return Json.createValue(api.field());
        }
        return null;
    }
}
