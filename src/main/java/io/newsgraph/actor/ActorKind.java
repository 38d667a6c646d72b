package io.newsgraph.actor;

import org.eclipse.microprofile.graphql.Description;

@Description("What sort of actor this is.")
public enum ActorKind {
    @Description("An individual person.")
    PERSON,
    @Description("A government, ministry or other state body.")
    GOVERNMENT,
    @Description("A country acting as a whole.")
    COUNTRY,
    @Description("An organisation: an alliance, party, company, military, NGO...")
    ORGANISATION,
    @Description("A newspaper, broadcaster, agency or other news outlet.")
    MEDIA_OUTLET
}
