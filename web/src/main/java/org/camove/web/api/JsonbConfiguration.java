package org.camove.web.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyOrderStrategy;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * JSON as clients read it best: properties in the order the records declare them (identity first), and
 * missing figures written as null rather than left out, so "no actual yet" is visible.
 */
@Provider
public class JsonbConfiguration implements ContextResolver<Jsonb> {

    static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig()
            .withNullValues(true)
            .withPropertyOrderStrategy(PropertyOrderStrategy.ANY));

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
