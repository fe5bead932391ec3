// One page of articles, filtered, in keyset order ($desc: newest first). The cursor key is
// the publication time (ingestion time when undated) as fixed-width epoch millis, then the id.
// The millis are shifted by 10^14 (about 3,170 years) so that dates before 1970, negative
// millis, still sort as strings.
MATCH (a:Article)
WHERE ($lang IS NULL OR a.lang = $lang)
  AND ($outlet IS NULL OR EXISTS { (a)-[:PUBLISHED_BY]->(:Outlet {domain: $outlet}) })
  AND ($publishedAfter IS NULL OR a.publishedAt >= datetime($publishedAfter))
  AND ($publishedBefore IS NULL OR a.publishedAt < datetime($publishedBefore))
  AND all(m IN $mentions WHERE EXISTS {
    MATCH (a)-[:MENTIONS]->(e)
    WHERE (m.kind = 'Country' AND e:Country AND e.iso3 = m.key) OR (m.kind <> 'Country' AND e.id = m.key)
  })
WITH a, right('0000000000000000' + toString(coalesce(a.publishedAt, a.ingestedAt).epochMillis + 100000000000000), 16) + '|' + a.id AS key
WHERE $after IS NULL OR (CASE WHEN $desc THEN key < $after ELSE key > $after END)
ORDER BY CASE WHEN $desc THEN key END DESC, CASE WHEN NOT $desc THEN key END ASC
LIMIT $limit
RETURN key, head([lbl IN labels(a) WHERE lbl IN ['Article', 'Outlet', 'Country', 'Leader', 'Organization', 'Place', 'Event', 'Sanction']]) AS kind,
  a {
    .*,
    body: null,
    aliasText: null,
    contentHash: null,
    outlet: CASE WHEN a:Article THEN [(a)-[:PUBLISHED_BY]->(o:Outlet) | o.domain][0] END,
    location: CASE WHEN a:Event THEN [(a)-[:IN]->(c:Country) | c.iso3][0] END,
    authorityRef: CASE WHEN a:Sanction THEN [(a)-[:IMPOSED_BY]->(x) | {kind: labels(x)[0], key: coalesce(x.iso3, x.id)}][0] END,
    targetRef: CASE WHEN a:Sanction THEN [(a)-[:TARGETS]->(x) | {kind: labels(x)[0], key: coalesce(x.iso3, x.id)}][0] END
  } AS props
