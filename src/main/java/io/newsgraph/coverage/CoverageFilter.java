package io.newsgraph.coverage;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

/** The articles to compare; an input type because SmallRye cannot map a bare list argument of IDs. */
@Input("CoverageFilter")
@Description("Which articles to compare.")
public class CoverageFilter {

    @Id
    @Description("The articles to compare (at most 50); all articles when omitted.")
    public List<Long> articleIds;
}
