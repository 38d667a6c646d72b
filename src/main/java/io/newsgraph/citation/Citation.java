package io.newsgraph.citation;

import io.newsgraph.article.Article;
import io.newsgraph.reaction.Reaction;
import io.newsgraph.review.ReviewedEntity;
import io.newsgraph.statement.Statement;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Entity
@Description("Where an article reports a statement or a reaction: the exact excerpt and its position in the body.")
public class Citation extends ReviewedEntity {

    @Ignore
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id")
    public Article article;

    @Ignore
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "statement_id")
    public Statement statement;

    @Ignore
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "reaction_id")
    public Reaction reaction;

    @NonNull
    @Description("The cited text, exactly `article.body[startOffset, endOffset)`.")
    public String excerpt;

    @NonNull
    @Column(name = "start_offset")
    @Description("Offset of the first character of the excerpt in the article body (UTF-16 code units).")
    public Integer startOffset;

    @NonNull
    @Column(name = "end_offset")
    @Description("Offset just past the last character of the excerpt (exclusive).")
    public Integer endOffset;
}
