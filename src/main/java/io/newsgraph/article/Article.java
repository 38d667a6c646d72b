package io.newsgraph.article;

import io.newsgraph.common.MutableEntity;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.hibernate.annotations.LazyGroup;
import org.hibernate.annotations.TimeZoneColumn;
import org.hibernate.annotations.TimeZoneStorage;
import org.hibernate.annotations.TimeZoneStorageType;

@Entity
@Description("One published piece of news coverage.")
public class Article extends MutableEntity {

    @NonNull
    @Description("Headline as published.")
    public String title;

    @Description("Standfirst (sub-headline) as published.")
    public String standfirst;

    @Description("Canonical URL; unique when present.")
    public String url;

    @Description("The outlet that published it, e.g. \"RT\".")
    public String outlet;

    @Description("Byline.")
    public String author;

    @Column(name = "published_at")
    @TimeZoneStorage(TimeZoneStorageType.COLUMN)
    @TimeZoneColumn(name = "published_at_offset")
    @Description("Publication time with the publisher's UTC offset.")
    public OffsetDateTime publishedAt;

    /**
     * The same column as {@link #publishedAt}, as an instant: date filters compare instants, whereas comparing
     * {@code publishedAt} compares (timestamp, offset) pairs and misses an equal instant written at another offset.
     */
    @Column(name = "published_at", insertable = false, updatable = false)
    Instant publishedInstant;

    @Description("Language as a BCP 47 tag, e.g. \"en\".")
    public String language;

    /**
     * Loaded only when read: a list of articles would otherwise fetch (and PostgreSQL decompress) every body, most
     * of the bytes a page moves. GraphQL's {@code body} field is {@link ArticleApi#body}, one query per page.
     */
    @Ignore
    @Basic(fetch = FetchType.LAZY)
    @Column(length = 1_000_000)
    public String body;

    /** HQL of article {@code a}'s text that phrase search and the text filter match, each lowered already. */
    public static final List<String> SEARCHED_TEXT = List.of("lower(a.title)", "lower(a.standfirst)", "a.bodyLower");

    /**
     * lower(body), written by the database (migration V82) and matched by phrase search instead of lowering every
     * body it reads; never loaded (its own lazy group: reading the body does not read it).
     */
    @Ignore
    @Basic(fetch = FetchType.LAZY)
    @LazyGroup("bodyLower")
    @Column(name = "body_lower", length = 1_000_000, insertable = false, updatable = false)
    String bodyLower;

    @NonNull
    @Description("SHA-256 of the body, hex: the same text cannot be stored twice.")
    public String contentHash;

    public void setBodyAndHash(String text) {
        body = text;
        contentHash = sha256(text);
    }

    /** The content hash of a body: SHA-256 of its UTF-8 bytes, in hex. */
    public static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
